package org.entente.link.wikidata;

import java.util.List;

/**
 * A candidate with its score (0 to 1) and the reasons that make it up, e.g. "label +0.45", "country Q212 +0.25".
 */
public record ScoredCandidate(Candidate candidate, double score, List<String> reasons) {

    public ScoredCandidate {
        reasons = List.copyOf(reasons);
    }

    public String qid() {
        return candidate.qid();
    }
}
