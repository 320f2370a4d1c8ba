package org.entente.link.wikidata;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An item whose English label or alias equals the searched name and whose class fits the actor's kind.
 *
 * @param qid the item's QID
 * @param label its English label (may differ from the name when the match was an alias)
 * @param description its English description, or empty
 * @param labelMatch true when the name equals the label, false when it equals only an alias
 * @param countries QIDs of its country of citizenship (P27) and country (P17)
 * @param positions its positions held (P39)
 */
public record Candidate(String qid, String label, String description, boolean labelMatch, Set<String> countries,
        List<HeldPosition> positions) {

    public Candidate {
        Objects.requireNonNull(qid, "qid");
        label = label == null ? "" : label;
        description = description == null ? "" : description;
        countries = Set.copyOf(countries);
        positions = List.copyOf(positions);
    }
}
