package org.entente.facts;

import java.util.List;

/** One extraction rule: reads one sentence in context and returns the facts it states (possibly partial ones). */
public interface Rule {
    List<Fact> apply(SentenceContext sentence);
}
