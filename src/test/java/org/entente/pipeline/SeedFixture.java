package org.entente.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.error.ProblemCollector;
import org.entente.facts.ArticleFacts;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;
import org.entente.load.ArticleLoader;
import org.entente.store.EntenteStore;

/**
 * The seed article extracted once per test JVM and loaded into a real TDB2 store in a temporary directory, shared by
 * the tests that read it (CoreNLP loads once).
 */
public final class SeedFixture {
    private static ArticleFacts facts;
    private static EntenteStore store;
    private static Path storeDir;

    private SeedFixture() {
    }

    public static Path repo() {
        return Path.of(System.getProperty("entente.repo", ".")).toAbsolutePath().normalize();
    }

    public static Path seedFile() {
        return repo().resolve("samples/korea-bizwire-2024-11-06-north-korean-troops.txt");
    }

    public static Article seedArticle() {
        ProblemCollector problems = new ProblemCollector();
        List<Article> articles = ArticleSource.create().path(seedFile()).problems(problems).build().stream().toList();
        if (articles.size() != 1 || problems.hasErrors()) {
            throw new IllegalStateException("seed sample unreadable: " + problems.problems());
        }
        return articles.get(0);
    }

    public static synchronized ArticleFacts facts() {
        load();
        return facts;
    }

    public static synchronized EntenteStore store() {
        load();
        return store;
    }

    private static void load() {
        if (store != null) {
            return;
        }
        try {
            storeDir = Files.createTempDirectory("entente-seed-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = EntenteStore.open(storeDir);
        ProblemCollector problems = new ProblemCollector();
        ArticleLoader loader = ArticleLoader.create().store(store).problems(problems).build();
        facts = loader.load(seedArticle());
        if (facts == null) {
            throw new IllegalStateException("seed article rejected: " + problems.problems());
        }
    }
}
