package org.entente.eval;

import java.util.Set;

/**
 * One sentence of an externally coded event set: its text, the character spans of the coded source and target, and
 * the PLOVER types its code may stand for (an older name such as ACCUSE covers DISAPPROVE and INVESTIGATE).
 */
record CodedSentence(String id, String text, int sourceBegin, int sourceEnd, int targetBegin, int targetEnd,
        String codedType, Set<String> ploverTypes) {
}
