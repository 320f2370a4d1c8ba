package org.entente.link.wikidata;

import java.time.LocalDate;

/**
 * One "position held" (P39) statement of a candidate, with its start (P580) and end (P582) qualifiers.
 *
 * @param qid the position item
 * @param label its English label, or empty
 * @param start start of the term, or null when not stated
 * @param end end of the term, or null while in office or when not stated
 */
public record HeldPosition(String qid, String label, LocalDate start, LocalDate end) {

    public HeldPosition {
        label = label == null ? "" : label;
    }

    /** Whether the term is known and includes the date. */
    public boolean covers(LocalDate date) {
        return (start != null || end != null) && (start == null || !date.isBefore(start))
                && (end == null || !date.isAfter(end));
    }

    /** Whether a date is stated for the term at all. */
    public boolean hasTerm() {
        return start != null || end != null;
    }
}
