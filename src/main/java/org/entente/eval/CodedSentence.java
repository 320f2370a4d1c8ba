package org.entente.eval;

import java.util.List;
import java.util.Set;

/**
 * One sentence of an externally coded event set: its text, the character spans ({begin, end}) where it marks the coded
 * source and the coded target (a coder may mark one actor at each of its mentions), and the PLOVER types its code may
 * stand for (an older name such as ACCUSE covers DISAPPROVE and INVESTIGATE).
 */
record CodedSentence(String id, String text, List<int[]> sources, List<int[]> targets, String codedType,
        Set<String> ploverTypes) {
    CodedSentence {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    /** The text of the first marked source. */
    String source() {
        return text.substring(sources.get(0)[0], sources.get(0)[1]);
    }

    /** The text of the first marked target. */
    String target() {
        return text.substring(targets.get(0)[0], targets.get(0)[1]);
    }
}
