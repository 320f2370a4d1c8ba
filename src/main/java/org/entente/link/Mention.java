package org.entente.link;

/**
 * A span of an article's text that refers to an actor.
 *
 * @param sentence index of the sentence in the document
 * @param tokenBegin first token index in the sentence (0-based); {@code tokenEnd} is exclusive
 * @param begin character offset into the article text; {@code end} exclusive
 * @param inQuote whether the span lies inside quotation marks (quoted words are not the narrator's)
 */
public record Mention(int sentence, int tokenBegin, int tokenEnd, int begin, int end, String text, Actor actor,
        MentionKind kind, boolean inQuote) {

    public boolean covers(int tokenIndex) {
        return tokenIndex >= tokenBegin && tokenIndex < tokenEnd;
    }
}
