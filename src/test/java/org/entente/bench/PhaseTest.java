package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A phase run several times counts by its median, with the fastest and slowest run, on made-up runs. */
class PhaseTest {

    private static Phase run(double seconds, long peak) {
        return Phase.once("(b) Entente extraction, 2 threads", 8, "articles", seconds, peak, 900);
    }

    @Test
    void threeRunsGiveTheMedianBetweenTheFastestAndTheSlowest() {
        double[] seconds = {9.0, 7.0, 8.0};
        List<Integer> numbers = new ArrayList<>();
        Phase phase = Phase.repeat(3, i -> {
            numbers.add(i);
            return run(seconds[i], 1000 + i);
        });
        assertEquals(List.of(0, 1, 2), numbers);
        assertEquals(3, phase.runs());
        assertEquals(8.0, phase.seconds());
        assertEquals(7.0, phase.minSeconds());
        assertEquals(9.0, phase.maxSeconds());
        assertEquals(1.0, phase.rate());
        assertTrue(phase.fastestRate() > phase.rate() && phase.rate() > phase.slowestRate());
        assertEquals(1002, phase.peakHeapMb(), "the highest peak of the runs");
        assertEquals(8, phase.items());
    }

    @Test
    void oneRunIsItsOwnMedianMinAndMax() {
        Phase phase = Phase.repeat(1, i -> run(4.0, 10));
        assertEquals(1, phase.runs());
        assertEquals(4.0, phase.seconds());
        assertEquals(4.0, phase.minSeconds());
        assertEquals(4.0, phase.maxSeconds());
    }

    @Test
    void runsThatMeasureDifferentThingsOrNoRunAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Phase.repeat(2,
                i -> Phase.once("phase " + i, 8, "articles", 1.0, 10, 10)));
        assertThrows(IllegalArgumentException.class, () -> Phase.repeat(2,
                i -> Phase.once("phase", 8 + i, "articles", 1.0, 10, 10)));
        assertThrows(IllegalArgumentException.class, () -> Phase.repeat(0, i -> run(1.0, 10)));
    }
}
