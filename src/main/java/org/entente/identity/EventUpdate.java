package org.entente.identity;

/**
 * What an update of the events graph for some changed article graphs did.
 *
 * @param articles article graphs written or removed
 * @param reportsRead event facts read from article graphs: those of the changed graphs and the reports of the events
 *     they affect (every event fact of the store when the events graph was recomputed)
 * @param eventsRemoved events deleted from the events graph (to be written anew, merged or split)
 * @param eventsWritten events written to the events graph
 * @param recomputed whether the events graph was recomputed as a whole, because it was not current before
 */
public record EventUpdate(int articles, int reportsRead, int eventsRemoved, int eventsWritten, boolean recomputed) {

    /** One line for the console, e.g. {@code events: 3 written, 2 removed, from 5 reports read (incremental)}. */
    public String summary() {
        return "events: " + eventsWritten + " written, " + eventsRemoved + " removed, from " + reportsRead
                + " reports read (" + (recomputed ? "recomputed as a whole" : "incremental") + ")";
    }
}
