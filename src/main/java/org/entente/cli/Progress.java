package org.entente.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of a batch on the error stream: a bar redrawn in place on a terminal, or a plain line every few
 * articles when the output is a log file. Shows articles done, articles per second and the estimated time left.
 */
final class Progress {
    private static final int BAR_WIDTH = 30;
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

    private final PrintWriter err;
    private final long total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long done;
    private long lastLine;

    Progress(PrintWriter err, long total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    void advance() {
        done++;
        long now = System.nanoTime();
        if (terminal) {
            err.print("\r" + line(now));
            err.flush();
        } else if (now - lastLine > LOG_EVERY_NANOS || done == total) {
            err.println(line(now));
            err.flush();
            lastLine = now;
        }
    }

    void finish() {
        if (terminal && done > 0) {
            err.println();
        }
        err.flush();
    }

    double rate() {
        double seconds = (System.nanoTime() - start) / 1e9;
        return seconds > 0 ? done / seconds : 0;
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    String line(long now) {
        double seconds = (now - start) / 1e9;
        double perSecond = seconds > 0 ? done / seconds : 0;
        StringBuilder sb = new StringBuilder();
        if (total > 0) {
            int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / total);
            sb.append('[').append("#".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled)).append("] ");
            sb.append(done).append('/').append(total);
        } else {
            sb.append(done);
        }
        sb.append(String.format(Locale.ROOT, " articles  %.2f/s", perSecond));
        if (total > 0 && perSecond > 0 && done < total) {
            long eta = Math.round((total - done) / perSecond);
            sb.append(String.format(Locale.ROOT, "  ETA %dm%02ds", eta / 60, eta % 60));
        }
        return sb.toString();
    }
}
