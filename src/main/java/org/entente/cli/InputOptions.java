package org.entente.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.error.ProblemHandler;
import org.entente.ingest.ArticleMetadata;
import org.entente.ingest.ArticleSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Input files and the metadata flags that fill what a sidecar lacks. */
final class InputOptions {
    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Article files (.txt with optional .json sidecar, .csv, .jsonl) or directories")
    List<Path> inputs;

    @Option(names = "--title", description = "Title, when the input has none")
    String title;

    @Option(names = "--date", description = "Publication date (YYYY-MM-DD), when the input has none")
    LocalDate date;

    @Option(names = "--publisher", description = "Publisher, when the input has none")
    String publisher;

    @Option(names = "--source", description = "Original source or agency, when the input has none")
    String originalSource;

    @Option(names = "--url", description = "URL of the article, when the input has none")
    String url;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles extracted in parallel (default: the number of processors)")
    void threads(int value) {
        if (value < 1) {
            throw new ParameterException(mixee.commandLine(), "--threads must be at least 1, not " + value);
        }
        this.threads = value;
    }

    @Option(names = "--no-count", description = "Do not read the inputs ahead to count them (no progress bar or ETA); "
            + "inputs over " + COUNT_LIMIT_MB + " MB are never counted")
    boolean noCount;

    /** Inputs larger than this (in MB, all files together) are not read twice just to count their articles. */
    static final int COUNT_LIMIT_MB = 100;

    @Option(names = "--accept-non-english", description = "Keep articles that state another language or do not look "
            + "English, with a warning, instead of refusing them. The extraction rules are for English only: expect "
            + "few or wrong facts from other languages")
    boolean acceptNonEnglish;

    ArticleSource source(ProblemHandler problems) {
        ArticleMetadata defaults = ArticleMetadata.empty().withTitle(title).withDatePublished(date)
                .withPublisher(publisher).withOriginalSource(originalSource).withUrl(url);
        ArticleSource.Builder b = ArticleSource.create().defaults(defaults).problems(problems)
                .acceptNonEnglish(acceptNonEnglish);
        inputs.forEach(b::path);
        return b.build();
    }
}
