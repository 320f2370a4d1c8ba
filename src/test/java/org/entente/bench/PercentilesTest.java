package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles: always a measured value, the rank rounded up; the median of repeated runs. */
class PercentilesTest {

    @Test
    void fourValuesInAnyOrder() {
        double[] values = {4, 1, 3, 2};
        assertEquals(2, Percentiles.of(values, 50));
        assertEquals(4, Percentiles.of(values, 99));
        assertEquals(1, Percentiles.of(values, 25));
        assertEquals(2, Percentiles.of(values, 26), "rank ceil(0.26 * 4) = 2");
        assertEquals(4, Percentiles.of(values, 100));
        assertEquals(4, values[0], "the input is left unsorted");
    }

    @Test
    void oneToAHundred() {
        double[] values = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray();
        assertEquals(50, Percentiles.of(values, 50));
        assertEquals(99, Percentiles.of(values, 99));
        assertEquals(1, Percentiles.of(values, 0.5));
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertEquals(7.5, Percentiles.of(new double[] {7.5}, 50));
        assertEquals(7.5, Percentiles.of(new double[] {7.5}, 99));
    }

    @Test
    void oddCountMedianIsTheMiddle() {
        assertEquals(3, Percentiles.of(new double[] {5, 1, 3, 2, 4}, 50));
    }

    @Test
    void medianOfAnOddCountIsTheMiddleOfAnEvenCountTheMeanOfTheMiddleTwo() {
        double[] three = {3.0, 1.0, 2.0};
        assertEquals(2.0, Percentiles.median(three));
        assertEquals(3.0, three[0], "the input is left unsorted");
        assertEquals(2.5, Percentiles.median(new double[] {4, 1, 3, 2}));
        assertEquals(7.5, Percentiles.median(new double[] {7.5}));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.median(new double[0]));
    }

    @Test
    void noValuesOrBadPercentileIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[] {1}, 101));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[] {1}, Double.NaN));
    }
}
