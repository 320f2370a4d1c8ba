package org.entente.codebook;

import java.util.List;

/**
 * A verb of a block: its lemma, the words the phrase needs before and after it ("ask for", "cordon off"), and its
 * own code when the verb alone is an event ("request" = 020), else empty.
 */
public record VerbEntry(String block, String lemma, List<String> before, List<String> after, String code) {

    /** Parses a phrase column such as {@code +ask for} or {@code wire +tap}: the word with {@code +} is the verb. */
    public static VerbEntry of(String block, String phrase, String code) {
        String[] words = phrase.trim().split("\\s+");
        int verb = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].startsWith("+")) {
                verb = i;
            }
        }
        String lemma = words[verb].replace("+", "");
        List<String> before = List.of(words).subList(0, verb).stream().map(w -> w.replace("+", "")).toList();
        List<String> after = List.of(words).subList(verb + 1, words.length).stream().map(w -> w.replace("+", ""))
                .toList();
        return new VerbEntry(block, lemma, before, after, code == null ? "" : code);
    }
}
