package org.entente.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A prepositional slot of a pattern: the preposition and, optionally, the noun its phrase must hold
 * ({@code to:border|borders} for "rushed police to the border"; {@code to:} for any "to" phrase).
 *
 * @param beforeVerb whether the phrase stands before the verb (written with a leading {@code <})
 */
public record PrepTerm(String prep, Term noun, boolean beforeVerb) {

    /** Parses {@code prep:alternatives} entries separated by {@code " ; "}. */
    public static List<PrepTerm> parseAll(String cell) {
        List<PrepTerm> out = new ArrayList<>();
        for (String part : cell.split(";")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            boolean before = p.startsWith("<");
            if (before) {
                p = p.substring(1);
            }
            int colon = p.indexOf(':');
            String prep = (colon < 0 ? p : p.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
            Term noun = colon < 0 ? new Term(List.of()) : Term.parse(p.substring(colon + 1));
            out.add(new PrepTerm(prep, noun, before));
        }
        return out;
    }
}
