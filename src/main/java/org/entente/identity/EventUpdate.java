package org.entente.identity;

/**
 * What an update of the events graph for some changed article graphs did.
 *
 * @param articles article graphs written or removed
 * @param reportsRead event facts read from article graphs: those of the changed graphs, the reports of the events
 *     they affect that are read report by report, and one report of each event kept whole (every event fact of the
 *     store when the events graph was recomputed)
 * @param eventsRemoved events of the events graph replaced: deleted (to be written anew, merged or split) or updated
 *     in place
 * @param eventsWritten events written to the events graph, anew or in place
 * @param recomputed whether the events graph was recomputed as a whole, because it was not current before
 */
public record EventUpdate(int articles, int reportsRead, int eventsRemoved, int eventsWritten, boolean recomputed) {

    /** One line for the console, e.g. {@code events: 3 written, 2 removed, from 5 reports read (incremental)}. */
    public String summary() {
        return "events: " + eventsWritten + " written, " + eventsRemoved + " removed, from " + reportsRead
                + " reports read (" + (recomputed ? "recomputed as a whole" : "incremental") + ")";
    }
}
