package org.entente.bench;

import org.entente.bulk.BuildSummary;

/**
 * One store size of the growth measurement.
 *
 * @param articles articles in the base store
 * @param build how the base store was bulk-built (its quads, loader and step times)
 * @param nextArticles articles added afterwards
 * @param nextSeconds loading them with the events graph updated incrementally, as {@code load} stores them
 * @param statisticsSeconds writing the planner's statistics afterwards, as {@code load} ends
 * @param queryP50Millis pooled p50 of the bundled queries on the grown store
 * @param queryP99Millis pooled p99 of the bundled queries on the grown store
 * @param queries the bundled queries timed
 * @param queriesTimedOut those of them stopped by the timeout in their last run
 */
record ScaleRow(long articles, BuildSummary build, int nextArticles, double nextSeconds, double statisticsSeconds,
        double queryP50Millis, double queryP99Millis, int queries, int queriesTimedOut) {
}
