package org.entente.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.error.ProblemCollector;
import org.entente.error.ProblemHandler;
import org.entente.facts.ArticleFacts;
import org.entente.facts.FactExtractor;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;

/**
 * Extraction quality against hand-annotated gold files: precision, recall and F1 per category (actors, Wikidata
 * links, each event type, statements, offices, and interactions per PLOVER type), with every miss and every false
 * fact listed per article. A gold file is scored only in the categories it annotates (its {@code scope}).
 *
 * <pre>
 * Evaluator.Report report = Evaluator.create().goldRoot(Path.of("tests/gold")).problems(problems).build().run();
 * System.out.print(report.total().table());
 * </pre>
 */
public final class Evaluator {
    private final Path goldRoot;
    private final ProblemHandler problems;

    private Evaluator(Path goldRoot, ProblemHandler problems) {
        this.goldRoot = goldRoot;
        this.problems = problems;
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * Scores of every case, in path order, and their sum; and the PLOVER interactions scored per dyad (category
     * {@code dyad:A|B}, the two actors' identities in order, the type part of what must match).
     */
    public record Report(Map<String, Scores> perCase, Scores total, Scores dyads) {
    }

    public Report run() {
        FactExtractor extractor = FactExtractor.create().build();
        Map<String, Scores> perCase = new LinkedHashMap<>();
        Scores total = new Scores();
        Scores dyads = new Scores();
        for (Path gold : goldFiles()) {
            Path dir = gold.getParent();
            List<Article> articles = ArticleSource.create().path(dir.resolve("article.txt")).problems(problems).build()
                    .stream().toList();
            if (articles.size() != 1) {
                continue;
            }
            ArticleFacts facts = extractor.extract(articles.get(0));
            GoldFile.Gold annotated = GoldFile.load(gold);
            List<Item> found = ExtractedItems.of(facts).stream().filter(annotated::covers).toList();
            Scores s = Matcher.score(annotated.items(), found);
            dyads.add(Matcher.score(byDyad(annotated.items()), byDyad(found)));
            perCase.put(goldRoot.relativize(dir).toString(), s);
            total.add(s);
        }
        return new Report(perCase, total, dyads);
    }

    /** The PLOVER items recategorised by their dyad, with the type among the keys that must match. */
    private static List<Item> byDyad(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            if (!i.category().startsWith(ExtractedItems.PLOVER_PREFIX)) {
                continue;
            }
            List<String> ends = i.keys().stream().filter(k -> !k.startsWith("modality=")).sorted().toList();
            Set<String> keys = new LinkedHashSet<>(i.keys());
            keys.add("type=" + i.category().substring(ExtractedItems.PLOVER_PREFIX.length()));
            out.add(new Item("dyad:" + String.join("|", ends), keys, i.text(), i.describe()));
        }
        return out;
    }

    /** Gold files in the Wikinews format: {@code gold.json} beside an {@code article.txt}. */
    private List<Path> goldFiles() {
        try (Stream<Path> files = Files.walk(goldRoot)) {
            return files.filter(p -> p.getFileName().toString().equals("gold.json"))
                    .filter(p -> Files.isRegularFile(p.resolveSibling("article.txt"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold files under " + goldRoot, e);
        }
    }

    /** Builds an {@link Evaluator}; the gold root must be a directory. */
    public static final class Builder {
        private Path goldRoot;
        private ProblemHandler problems;

        public Builder goldRoot(Path value) {
            this.goldRoot = value;
            return this;
        }

        public Builder problems(ProblemHandler value) {
            this.problems = value;
            return this;
        }

        public Evaluator build() {
            if (goldRoot == null || !Files.isDirectory(goldRoot)) {
                throw new IllegalArgumentException("gold root is not a directory: " + goldRoot);
            }
            return new Evaluator(goldRoot, problems != null ? problems : new ProblemCollector());
        }
    }
}
