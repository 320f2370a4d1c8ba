package org.entente.robust;

import java.util.List;
import java.util.Locale;

/**
 * The {@code error:} and {@code warning:} lines a command printed, as {@code entente} prints problems:
 * {@code severity: SOURCE[ @offset]: message}, SOURCE being a file, {@code file#row=N} or {@code file#line=N}.
 *
 * <pre>
 * ProblemLines lines = ProblemLines.parse(stderr);
 * lines.about("error", "/tmp/x/empty.txt");   // the error lines that name that source exactly
 * </pre>
 */
record ProblemLines(List<String> lines) {

    static ProblemLines parse(String output) {
        return new ProblemLines(output.lines()
                .filter(l -> l.startsWith("error: ") || l.startsWith("warning: "))
                .toList());
    }

    /** The lines of that severity whose source is exactly {@code source} (not a longer path or row number). */
    List<String> about(String severity, String source) {
        String prefix = severity.toLowerCase(Locale.ROOT) + ": " + source;
        return lines.stream()
                .filter(l -> l.startsWith(prefix + ":") || l.startsWith(prefix + " @"))
                .toList();
    }

    List<String> ofSeverity(String severity) {
        return lines.stream().filter(l -> l.startsWith(severity + ": ")).toList();
    }
}
