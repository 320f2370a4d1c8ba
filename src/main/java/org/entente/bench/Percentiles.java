package org.entente.bench;

import java.util.Arrays;

/**
 * Nearest-rank percentiles of a sample: the p-th percentile of n sorted values is the value at rank
 * {@code ceil(p / 100 * n)} (1-based), so it is always one of the measured values. p50 of {1, 2, 3, 4} is 2; p99 of
 * fewer than 100 values is the largest.
 *
 * <pre>
 * double p99 = Percentiles.of(millis, 99);
 * double median = Percentiles.median(seconds);
 * </pre>
 */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * The median of the values: the middle one of an odd number, the mean of the two middle ones of an even number
     * (so always between the smallest and the largest).
     *
     * @throws IllegalArgumentException when there is no value
     */
    public static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * The nearest-rank {@code percentile} (0 &lt; p &lt;= 100) of the values.
     *
     * @throws IllegalArgumentException when there is no value or p is out of range
     */
    public static double of(double[] values, double percentile) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], not " + percentile);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
