package org.entente.codebook;

/**
 * A noun that names an event ("talks", "condemnation", "airstrike"), optionally only with a modifier ("air strike",
 * "armed conflict"), and the CAMEO code it gives. The matcher finds the source among the noun's possessor and
 * modifiers or the subject of its light verb ("held talks with"), the target among its prepositional phrases.
 *
 * @param modifier alternatives one of which must modify the noun, or an empty term
 * @param of what a phrase with "of" names: {@code target}, {@code source} or {@code -} (nothing)
 */
public record NounTrigger(String noun, Term modifier, String code, String of, String comment) {
}
