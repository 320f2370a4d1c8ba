package org.entente.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Precision, recall and linked share of QIDs, by hand-counted cases. */
class LinkingQualityTest {

    @Test
    void countsCorrectWrongAndMissingLinks() {
        Map<String, Optional<String>> gold = Map.of(
                "Denys Shmyhal", Optional.of("Q66094865"),
                "Vladimir Putin", Optional.of("Q7747"),
                "Kim Jong Un", Optional.of("Q56226"),
                "Mira Tessaly", Optional.of("Q9990000001"),
                "Bruce Bennett", Optional.empty());
        Map<String, Optional<String>> predicted = Map.of(
                "Denys Shmyhal", Optional.of("Q66094865"),
                "Vladimir Putin", Optional.of("Q7747"),
                "Mira Tessaly", Optional.of("Q9990000002"),
                "Bruce Bennett", Optional.of("Q123"),
                "Not In Gold", Optional.of("Q1"));
        LinkingQuality q = LinkingQuality.of(gold, predicted);
        assertEquals(new LinkingQuality(5, 4, 4, 2, 2), q);
        assertEquals(0.5, q.precision(), 1e-12);
        assertEquals(0.5, q.recall(), 1e-12);
        assertEquals(0.5, q.f1(), 1e-12);
        assertEquals(0.8, q.linkedShare(), 1e-12);
    }

    @Test
    void unequalPrecisionAndRecallGiveTheHarmonicMean() {
        LinkingQuality q = LinkingQuality.of(
                Map.of("a", Optional.of("Q1"), "b", Optional.of("Q2"), "c", Optional.of("Q3"), "d", Optional.empty()),
                Map.of("a", Optional.of("Q1"), "b", Optional.empty()));
        assertEquals(1.0, q.precision(), 1e-12);
        assertEquals(1.0 / 3, q.recall(), 1e-12);
        assertEquals(0.5, q.f1(), 1e-12);
        assertEquals(0.25, q.linkedShare(), 1e-12);
    }

    @Test
    void undefinedRatiosAreNaN() {
        LinkingQuality nothingLinked = LinkingQuality.of(Map.of("a", Optional.of("Q1")), Map.of());
        assertTrue(Double.isNaN(nothingLinked.precision()));
        assertEquals(0.0, nothingLinked.recall(), 1e-12);
        assertTrue(Double.isNaN(nothingLinked.f1()));
        LinkingQuality empty = LinkingQuality.of(Map.of(), Map.of());
        assertTrue(Double.isNaN(empty.linkedShare()));
        LinkingQuality allWrong = LinkingQuality.of(Map.of("a", Optional.of("Q1")), Map.of("a", Optional.of("Q2")));
        assertEquals(0.0, allWrong.f1(), 1e-12);
    }
}
