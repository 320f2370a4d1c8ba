package org.entente.eval;

import java.util.Set;

/**
 * One comparable fact, gold or extracted: its category (e.g. "event:deployment", "statement", "actor"), the set of
 * identities it involves (Wikidata QIDs, or normalised names for what has none), and free text for matching quotes
 * and for reports.
 */
public record Item(String category, Set<String> keys, String text, String describe) {
    public Item {
        keys = Set.copyOf(keys);
        text = text == null ? "" : text;
    }
}
