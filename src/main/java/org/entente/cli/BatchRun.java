package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.entente.error.ProblemCollector;
import org.entente.load.ArticleLoader;
import org.entente.load.BatchLoader;

/**
 * Runs a loader over the inputs on {@code --threads} threads, with progress on the error stream and the summary at
 * the end.
 */
final class BatchRun {
    private BatchRun() {
    }

    static void run(InputOptions input, ArticleLoader loader, ProblemCollector problems, PrintWriter err) {
        long total = articleCount(input);
        Progress progress = new Progress(err, total, System.console() != null);
        BatchLoader.create().loader(loader).threads(input.threads).onArticle(progress::advance).build()
                .run(input.source(problems).stream());
        progress.finish();
        err.println(loader.summary() + String.format(Locale.ROOT, ", in %.1f s (%.2f articles/s)",
                progress.seconds(), progress.rate()));
        err.flush();
    }

    /** The number of articles, by reading the inputs once; 0 (unknown) with --no-count or for very large inputs. */
    private static long articleCount(InputOptions input) {
        if (input.noCount || bytes(input) > InputOptions.COUNT_LIMIT_MB * 1024L * 1024L) {
            return 0;
        }
        return input.source(new ProblemCollector()).stream().count();
    }

    private static long bytes(InputOptions input) {
        long sum = 0;
        for (Path path : input.inputs) {
            try (Stream<Path> files = Files.walk(path)) {
                sum += files.filter(Files::isRegularFile).mapToLong(BatchRun::size).sum();
            } catch (IOException | UncheckedIOException e) {
                return 0;
            }
        }
        return sum;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
