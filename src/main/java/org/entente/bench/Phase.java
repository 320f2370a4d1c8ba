package org.entente.bench;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * One measured phase: how many items it handled (articles, quads, queries), how long it took, and the heap it used.
 * A phase run several times ({@link #repeat}) gives the median time, with the fastest and the slowest run beside it.
 *
 * @param name what was measured, as the table shows it
 * @param items items handled (0 when the phase has no items, such as loading models)
 * @param unit what an item is ("articles", "quads")
 * @param seconds wall-clock time; the median of the runs
 * @param minSeconds the fastest run
 * @param maxSeconds the slowest run
 * @param runs how many runs were timed
 * @param peakHeapMb peak heap during the phase, the highest of its runs (see {@link HeapWatch})
 * @param liveHeapMb heap still in use after a full collection at its end (of the last run)
 */
record Phase(String name, long items, String unit, double seconds, double minSeconds, double maxSeconds, int runs,
        long peakHeapMb, long liveHeapMb) {

    /** One timed run. */
    static Phase once(String name, long items, String unit, double seconds, long peakHeapMb, long liveHeapMb) {
        return new Phase(name, items, unit, seconds, seconds, seconds, 1, peakHeapMb, liveHeapMb);
    }

    /**
     * Runs a phase {@code times} times ({@code run} gets the run's number, from 0) and gives the median.
     *
     * @throws IllegalArgumentException when times is not positive, or the runs differ in name or items
     */
    static Phase repeat(int times, IntFunction<Phase> run) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be positive: " + times);
        }
        Phase first = run.apply(0);
        double[] seconds = new double[times];
        seconds[0] = first.seconds();
        long peak = first.peakHeapMb();
        Phase last = first;
        for (int i = 1; i < times; i++) {
            last = run.apply(i);
            if (!last.name().equals(first.name()) || last.items() != first.items()) {
                throw new IllegalArgumentException("runs of one phase differ: " + first + " and " + last);
            }
            seconds[i] = last.seconds();
            peak = Math.max(peak, last.peakHeapMb());
        }
        return new Phase(first.name(), first.items(), first.unit(), Percentiles.median(seconds),
                Arrays.stream(seconds).min().orElseThrow(), Arrays.stream(seconds).max().orElseThrow(), times, peak,
                last.liveHeapMb());
    }

    /** Items per second at the median time; 0 when there are no items. */
    double rate() {
        return rateAt(seconds);
    }

    /** Items per second of the fastest run. */
    double fastestRate() {
        return rateAt(minSeconds);
    }

    /** Items per second of the slowest run. */
    double slowestRate() {
        return rateAt(maxSeconds);
    }

    private double rateAt(double time) {
        return items == 0 || time <= 0 ? 0 : items / time;
    }
}
