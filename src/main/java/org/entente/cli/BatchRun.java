package org.entente.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.entente.error.ProblemCollector;
import org.entente.load.ArticleLoader;

/** Runs a loader over the inputs with progress on the error stream and the summary at the end. */
final class BatchRun {
    private BatchRun() {
    }

    static void run(InputOptions input, ArticleLoader loader, ProblemCollector problems, PrintWriter err) {
        long total = input.source(new ProblemCollector()).stream().count();
        Progress progress = new Progress(err, total, System.console() != null);
        input.source(problems).forEach(article -> {
            loader.load(article);
            progress.advance();
        });
        progress.finish();
        err.println(loader.summary() + String.format(Locale.ROOT, ", in %.1f s (%.2f articles/s)",
                progress.seconds(), progress.rate()));
        err.flush();
    }
}
