package org.entente.robust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of {@code tests/bad-inputs/expected.tsv}: a case (a file, or {@code file#row=N} / {@code file#line=N}),
 * what must become of it, the article id it loads as, and a part of the message it must be reported with.
 *
 * <pre>
 * List&lt;BadInputCase&gt; cases = BadInputCase.readAll(Path.of("tests/bad-inputs/expected.tsv"));
 * </pre>
 */
record BadInputCase(String name, Outcome outcome, String articleId, String message) {

    enum Outcome { REJECTED, LOADED, WARNED }

    /** The file of the case, relative to the folder: the name without any {@code #row=} or {@code #line=}. */
    String file() {
        int hash = name.indexOf('#');
        return hash < 0 ? name : name.substring(0, hash);
    }

    boolean stored() {
        return outcome != Outcome.REJECTED;
    }

    static List<BadInputCase> readAll(Path tsv) throws IOException {
        List<BadInputCase> cases = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IllegalStateException(tsv + ":" + lineNumber + ": expected 4 tab-separated fields, found "
                        + f.length);
            }
            cases.add(new BadInputCase(f[0], Outcome.valueOf(f[1].toUpperCase(Locale.ROOT)),
                    f[2].equals("-") ? null : f[2], f[3].equals("-") ? null : f[3]));
        }
        return cases;
    }
}
