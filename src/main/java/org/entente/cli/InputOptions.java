package org.entente.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.error.ProblemHandler;
import org.entente.ingest.ArticleMetadata;
import org.entente.ingest.ArticleSource;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    ArticleSource source(ProblemHandler problems) {
        ArticleMetadata defaults = ArticleMetadata.empty().withTitle(title).withDatePublished(date)
                .withPublisher(publisher).withOriginalSource(originalSource).withUrl(url);
        ArticleSource.Builder b = ArticleSource.create().defaults(defaults).problems(problems);
        inputs.forEach(b::path);
        return b.build();
    }
}
