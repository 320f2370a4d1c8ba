package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.error.ProblemHandler;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;
import org.entente.ingest.Slugs;

/**
 * Reads the bench corpus: a file, or every article file under a directory (sorted by path), each read by its own
 * {@link ArticleSource}, so that collections laid out as one folder per article with the same file name in each (the
 * gold set's {@code NAME/article.txt}) can be read too. An article whose id was already taken in this reading gets the
 * slug of its folder as id, or its id with a number, since every article needs its own graph.
 */
final class CorpusReader {
    private static final Set<String> EXTENSIONS = Set.of("txt", "csv", "jsonl", "ndjson");

    private final ProblemHandler problems;

    CorpusReader(ProblemHandler problems) {
        this.problems = problems;
    }

    /** The first {@code limit} articles (all when limit is 0). */
    List<Article> read(Path corpus, int limit) {
        List<Article> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files(corpus)) {
            ArticleSource source = ArticleSource.create().path(file).problems(problems).build();
            try (Stream<Article> articles = source.stream()) {
                for (Article article : (Iterable<Article>) articles::iterator) {
                    if (limit > 0 && result.size() >= limit) {
                        return result;
                    }
                    result.add(withUniqueId(article, file, ids));
                }
            }
        }
        return result;
    }

    static Article withUniqueId(Article article, Path file, Set<String> taken) {
        String id = article.id();
        if (!taken.add(id)) {
            Path folder = file.toAbsolutePath().getParent();
            String byFolder = folder == null || folder.getFileName() == null ? "" : Slugs.slug(
                    folder.getFileName().toString());
            id = Slugs.isSlug(byFolder) && taken.add(byFolder) ? byFolder : numbered(article.id(), taken);
        }
        if (id.equals(article.id())) {
            return article;
        }
        return new Article(id, article.source(), article.title(), article.datePublished(), article.publisher(),
                article.originalSource(), article.url(), article.language(), article.license(), article.dateline(),
                article.text(), article.bodyStart(), article.bodyEnd());
    }

    private static String numbered(String id, Set<String> taken) {
        for (int n = 2; ; n++) {
            String candidate = id + "-" + n;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }

    private static List<Path> files(Path corpus) {
        if (!Files.isDirectory(corpus)) {
            return List.of(corpus);
        }
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile).filter(CorpusReader::isArticleFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpus, e);
        }
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
