package org.entente.codebook;

import java.util.List;

/**
 * One pattern of a verb block (from the CAMEO verb dictionary or curated): the words that must stand with the verb's
 * subject and object, the prepositional phrases it needs, and the CAMEO code it gives. A pattern applies to every verb
 * of its block: {@code RUSH - * AID [070]} codes "rushed aid to" as 070, and so does "expedite" in the same block.
 *
 * @param id stable identifier, {@code BLOCK:N} (Nth pattern of the block)
 * @param reverse whether the verb's object is the source and its subject the target ("appear in court": the court acts)
 * @param order position in the codebook, to break ties between equally specific patterns
 */
public record VerbPattern(String id, String block, List<Term> subject, List<Term> object, List<PrepTerm> preps,
        String code, boolean reverse, String comment, int order) {

    /** How much the pattern asks for: the number of words and prepositions it must find. */
    public int specificity() {
        int n = 0;
        for (Term t : subject) {
            n += shortest(t);
        }
        for (Term t : object) {
            n += shortest(t);
        }
        for (PrepTerm p : preps) {
            n += 1 + shortest(p.noun());
        }
        return n;
    }

    private static int shortest(Term t) {
        return t.alternatives().stream().mapToInt(List::size).min().orElse(0);
    }
}
