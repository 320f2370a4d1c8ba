package org.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The job's options are checked when it is built, before any Spark work. */
class ExtractJobBuilderTest {

    @Test
    void anInputAndAnOutputAreRequired() {
        assertEquals("no input given", assertThrows(IllegalStateException.class,
                () -> ExtractJob.create().output("out").build()).getMessage());
        assertEquals("no output folder given", assertThrows(IllegalStateException.class,
                () -> ExtractJob.create().input("in").build()).getMessage());
    }

    @Test
    void theOutputIsNotAnInputAndShardsAreNotNegative() {
        assertEquals("in: the output folder is also an input", assertThrows(IllegalArgumentException.class,
                () -> ExtractJob.create().input("in").output("in").build()).getMessage());
        assertEquals("shards must be 0 (automatic) or positive, not -1", assertThrows(IllegalArgumentException.class,
                () -> ExtractJob.create().input("in").output("out").shards(-1).build()).getMessage());
        assertEquals("an input or the output is blank", assertThrows(IllegalArgumentException.class,
                () -> ExtractJob.create().input(" ").output("out").build()).getMessage());
    }
}
