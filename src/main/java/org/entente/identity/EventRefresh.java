package org.entente.identity;

/**
 * What a refresh of the events graph found.
 *
 * @param facts event facts read from the article graphs
 * @param events events written (one per cluster, single reports included)
 * @param multiReportEvents events reported by more than one fact
 * @param multiArticleEvents events reported by more than one article
 * @param quads quads in the new events graph
 */
public record EventRefresh(int facts, int events, int multiReportEvents, int multiArticleEvents, int quads) {

    /** One line for the console, e.g. {@code events: 412 from 430 event facts (15 reported more than once, ...)}. */
    public String summary() {
        return "events: " + events + " from " + facts + " event facts (" + multiReportEvents
                + " reported more than once, " + multiArticleEvents + " by more than one article)";
    }
}
