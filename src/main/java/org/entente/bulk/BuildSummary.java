package org.entente.bulk;

import java.util.Locale;
import org.entente.identity.EventRefresh;

/**
 * What a {@link BulkBuild} did, with the time of each step in seconds.
 *
 * @param shards shard files read
 * @param quads quads in the shards (a quad stated twice counts twice)
 * @param loader the bulk loader used
 * @param events the events graph computed from every article graph
 * @param checkSeconds reading every shard once before the load
 * @param loadSeconds the bulk loader alone
 * @param eventsSeconds computing and writing the events graph
 * @param statisticsSeconds writing the query planner's statistics
 * @param totalSeconds everything, moving the store into place included
 */
public record BuildSummary(int shards, long quads, BulkLoader loader, EventRefresh events, double checkSeconds,
        double loadSeconds, double eventsSeconds, double statisticsSeconds, double totalSeconds) {

    /** Quads per second of the bulk loader alone. */
    public double loadQuadsPerSecond() {
        return quads / Math.max(loadSeconds, 1e-9);
    }

    /** Quads per second of the whole build. */
    public double totalQuadsPerSecond() {
        return quads / Math.max(totalSeconds, 1e-9);
    }

    /** Lines for the console. */
    public String summary() {
        return String.format(Locale.ROOT, "built from %d shards, %,d quads with %s in %.1f s (%,.0f quads/s;"
                + " check %.1f s, load %.1f s = %,.0f quads/s, events %.1f s, statistics %.1f s)%n%s", shards, quads,
                loader.name().toLowerCase(Locale.ROOT), totalSeconds, totalQuadsPerSecond(), checkSeconds,
                loadSeconds, loadQuadsPerSecond(), eventsSeconds, statisticsSeconds, events.summary());
    }
}
