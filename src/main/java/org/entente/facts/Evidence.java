package org.entente.facts;

/** The sentence that states a fact: character offsets into the article text and the sentence's words. */
public record Evidence(int begin, int end, String text) {
    public Evidence {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad evidence span " + begin + ".." + end);
        }
    }
}
