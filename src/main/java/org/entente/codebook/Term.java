package org.entente.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One word slot of a pattern: alternatives, each a phrase of one or more lowercase words ("financial aid"), any of
 * which satisfies it. Written in the codebook as {@code aid|aids|financial aid}.
 */
public record Term(List<List<String>> alternatives) {
    public Term {
        alternatives = List.copyOf(alternatives);
    }

    /** Parses {@code a|b c|d}: alternatives split on {@code |}, words on spaces; empty text gives no alternatives. */
    public static Term parse(String cell) {
        List<List<String>> alts = new ArrayList<>();
        for (String alt : cell.split("\\|")) {
            String t = alt.trim().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                alts.add(List.of(t.split("\\s+")));
            }
        }
        return new Term(alts);
    }

    /** Parses several terms separated by {@code " ; "}. */
    public static List<Term> parseAll(String cell) {
        List<Term> out = new ArrayList<>();
        for (String part : cell.split(";")) {
            Term t = parse(part);
            if (!t.alternatives().isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return alternatives.isEmpty();
    }
}
