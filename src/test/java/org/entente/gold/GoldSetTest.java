package org.entente.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.pipeline.SeedFixture;
import org.junit.jupiter.api.Test;

/** The seed article's gold facts, scored through the competency queries over the real TDB2 store. */
class GoldSetTest {

    static Map<String, String> queries() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Stream<Path> files = Files.list(SeedFixture.repo().resolve("queries"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).toList()) {
                out.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return out;
    }

    @Test
    void seedGoldFactsAreAllFoundAndNothingFalse() throws IOException {
        GoldSet gold = GoldSet.read(SeedFixture.repo(),
                SeedFixture.repo().resolve("tests/gold/korea-bizwire-2024-11-06-north-korean-troops/gold.json"));
        assertEquals(SeedFixture.seedFile(), gold.article());
        GoldScorer scorer = new GoldScorer(SeedFixture.store().dataset(), queries());
        GoldScorer.Score score = scorer.score(gold);
        System.out.printf("gold %s: found %d of %d, false %d%n", gold.name(), score.found().size(), gold.expect().size(),
                score.falseRows().size());
        score.missed().forEach(m -> System.out.println("  missed: " + m));
        score.falseRows().forEach(m -> System.out.println("  false:  " + m));
        assertTrue(score.missed().isEmpty(), () -> "missed gold rows: " + score.missed());
        assertTrue(score.falseRows().isEmpty(), () -> "forbidden rows present: " + score.falseRows());
    }

    @Test
    void scorerDetectsAbsentAndForbiddenRows() throws IOException {
        GoldScorer scorer = new GoldScorer(SeedFixture.store().dataset(), queries());
        GoldSet.GoldRow nonsense = new GoldSet.GoldRow("deployments.rq",
                Map.of("deployerWikidata", "http://www.wikidata.org/entity/Q30"), false, null);
        GoldSet.GoldRow swappedDyad = new GoldSet.GoldRow("alliances.rq", Map.of(
                "aWikidata", "http://www.wikidata.org/entity/Q212", "bWikidata", "http://www.wikidata.org/entity/Q884"),
                true, null);
        GoldSet fake = new GoldSet("fake", SeedFixture.seedFile(), List.of(nonsense, swappedDyad), List.of(swappedDyad));
        GoldScorer.Score score = scorer.score(fake);
        assertEquals(List.of(nonsense), score.missed());
        assertEquals(List.of(swappedDyad), score.found());
        assertEquals(List.of(swappedDyad), score.falseRows());
        assertFalse(scorer.present(nonsense));
    }
}
