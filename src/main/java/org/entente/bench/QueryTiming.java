package org.entente.bench;

/**
 * The measured runs of one query.
 *
 * @param name the query's file name
 * @param rows result rows (of the last run)
 * @param millis the time of every measured run, in milliseconds
 */
record QueryTiming(String name, long rows, double[] millis) {
    double p50() {
        return Percentiles.of(millis, 50);
    }

    double p99() {
        return Percentiles.of(millis, 99);
    }
}
