package org.entente.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.error.ProblemCollector;
import org.entente.error.ProblemHandler;
import org.entente.facts.ArticleFacts;
import org.entente.facts.FactExtractor;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;

/**
 * Extraction quality against hand-annotated gold files: precision, recall and F1 per category (actors, Wikidata
 * links, each event type, statements, offices), with every miss and every false fact listed per article.
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

    /** Scores of every case, in path order, and their sum. */
    public record Report(Map<String, Scores> perCase, Scores total) {
    }

    public Report run() {
        FactExtractor extractor = FactExtractor.create().build();
        Map<String, Scores> perCase = new LinkedHashMap<>();
        Scores total = new Scores();
        for (Path gold : goldFiles()) {
            Path dir = gold.getParent();
            List<Article> articles = ArticleSource.create().path(dir.resolve("article.txt")).problems(problems).build()
                    .stream().toList();
            if (articles.size() != 1) {
                continue;
            }
            ArticleFacts facts = extractor.extract(articles.get(0));
            Scores s = Matcher.score(GoldFile.read(gold), ExtractedItems.of(facts));
            perCase.put(goldRoot.relativize(dir).toString(), s);
            total.add(s);
        }
        return new Report(perCase, total);
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
