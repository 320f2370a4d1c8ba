package org.entente.codebook;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Parses {@code a|b c|d}: alternatives split on {@code |}, words on spaces; empty text gives no alternatives. A
     * hyphenated word also stands as the tokens CoreNLP splits it into ("cease-fire" as "cease", "-", "fire").
     */
    public static Term parse(String cell) {
        List<List<String>> alts = new ArrayList<>();
        for (String alt : cell.split("\\|")) {
            String t = alt.trim().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                List<String> words = List.of(t.split("\\s+"));
                alts.add(words);
                List<String> split = splitHyphens(words);
                if (!split.equals(words)) {
                    alts.add(split);
                }
            }
        }
        return new Term(alts);
    }

    private static List<String> splitHyphens(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String[] parts = w.split("-", -1);
            if (parts.length < 2 || Arrays.stream(parts).anyMatch(String::isEmpty)) {
                out.add(w);
                continue;
            }
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    out.add("-");
                }
                out.add(parts[i]);
            }
        }
        return out;
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
