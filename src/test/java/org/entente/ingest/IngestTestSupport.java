package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.error.Problem;
import org.entente.error.ProblemCollector;
import org.entente.error.Severity;

/** Helpers shared by the ingest tests: writing input files and reading them through {@link ArticleSource}. */
final class IngestTestSupport {
    private IngestTestSupport() {
    }

    static List<Article> read(ProblemCollector problems, Path... paths) {
        ArticleSource.Builder builder = ArticleSource.create().problems(problems);
        for (Path path : paths) {
            builder.path(path);
        }
        try (Stream<Article> articles = builder.build().stream()) {
            return articles.toList();
        }
    }

    static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static Path writeBytes(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    static List<Problem> problems(ProblemCollector collector, Severity severity) {
        return collector.problems().stream().filter(p -> p.severity() == severity).toList();
    }

    /** Asserts exactly one problem of that severity whose location contains {@code where} and message {@code what}. */
    static Problem assertOneProblem(ProblemCollector collector, Severity severity, String where, String what) {
        List<Problem> matching = collector.problems().stream()
                .filter(p -> p.severity() == severity)
                .filter(p -> p.location().source() != null && p.location().source().contains(where))
                .filter(p -> p.message().contains(what))
                .toList();
        assertTrue(matching.size() == 1, () -> "expected one " + severity + " at " + where + " saying '" + what
                + "', got: " + describe(collector));
        return matching.get(0);
    }

    static String describe(ProblemCollector collector) {
        return collector.problems().stream().map(Problem::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }
}
