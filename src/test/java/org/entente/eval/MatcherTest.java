package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring itself: one-to-one pairing, per-category precision and recall, quote overlap, gold parsing. */
class MatcherTest {

    private static Item item(String category, String text, String... keys) {
        return new Item(category, Set.of(keys), text, category + " " + String.join(",", keys));
    }

    @Test
    void precisionRecallAndF1PerCategory() {
        List<Item> gold = List.of(item("actor", null, "Q159"), item("actor", null, "Q212"), item("actor", null, "name:kim"),
                item("event:deployment", null, "Q423", "Q159", "modality=asserted"));
        List<Item> found = List.of(item("actor", null, "Q159"), item("actor", null, "Q212"), item("actor", null, "Q30"),
                item("event:deployment", null, "Q423", "Q159", "modality=planned"));
        Scores s = Matcher.score(gold, found);
        Scores.Tally actors = s.of("actor");
        assertEquals(2, actors.truePositives());
        assertEquals(2.0 / 3, actors.precision(), 1e-9);
        assertEquals(2.0 / 3, actors.recall(), 1e-9);
        assertEquals(2.0 / 3, actors.f1(), 1e-9);
        Scores.Tally deployments = s.of("event:deployment");
        assertEquals(0, deployments.truePositives(), "a planned deployment is not the asserted one");
        assertEquals(1, deployments.misses().size());
        assertEquals(1, deployments.falsePositives().size());
    }

    @Test
    void goldNamesOfARegistryActorWithoutQidAreThatActor() {
        Actor senate = ActorRegistry.bundled().lookup("United States Senate").get(0).actor();
        assertEquals(null, senate.qid(), "the test needs a registry actor without a QID");
        assertEquals(Identity.of(senate), Identity.of("US Senate"));
        assertEquals(Identity.of(senate), Identity.of("U.S. Senate"));
        assertEquals("name:senate", Identity.of("Senate"), "a name the registry does not list stays as written");
        assertEquals("Q30", Identity.of("Q30"));
    }

    @Test
    void pairingIsOneToOne() {
        Scores s = Matcher.score(List.of(item("actor", null, "Q159")),
                List.of(item("actor", null, "Q159"), item("actor", null, "Q159")));
        assertEquals(1, s.of("actor").truePositives());
        assertEquals(1, s.of("actor").falsePositives().size());
        assertEquals(0.5, s.of("actor").precision(), 1e-9);
    }

    @Test
    void statementsNeedTheSpeakerAndOverlappingWords() {
        Item gold = item("statement", "The first battles with North Korean", "Q3874799");
        Item same = item("statement", "\u201cThe first battles with North Korean soldiers open a new page", "Q3874799");
        Item other = item("statement", "Something else entirely was said here", "Q3874799");
        assertEquals(1, Matcher.score(List.of(gold), List.of(same)).of("statement").truePositives());
        assertEquals(0, Matcher.score(List.of(gold), List.of(other)).of("statement").truePositives());
        assertTrue(Double.isNaN(new Scores().of("none").precision()));
    }

    @Test
    void eventsMustShareASentence() {
        Item gold = item("event:treaty", "Cyprus and Egypt signed a deal on Monday.", "Q229", "Q79", "modality=asserted");
        Item elsewhere = item("event:treaty", "The two states had talked for years about gas.", "Q229", "Q79",
                "modality=asserted");
        Item merged = item("event:treaty", "The two states had talked for years. Cyprus and Egypt signed a deal on Monday.",
                "Q229", "Q79", "modality=asserted");
        assertEquals(0, Matcher.score(List.of(gold), List.of(elsewhere)).of("event:treaty").truePositives());
        assertEquals(1, Matcher.score(List.of(gold), List.of(merged)).of("event:treaty").truePositives());
    }

    @Test
    void goldFileGivesItemsPerSection(@TempDir Path tmp) throws Exception {
        Path gold = tmp.resolve("gold.json");
        Files.writeString(gold, """
                {"actors": [{"name": "Russia", "kind": "state", "wikidata": "Q159"},
                            {"name": "Bruce Bennett", "kind": "person", "wikidata": null}],
                 "events": [{"type": "strike", "participants": {"attacker": "Q159", "target": "Q212"},
                             "modality": "asserted", "sentence": "x"}],
                 "statements": [{"speaker": "Bruce Bennett", "quote_start": "Putin may perceive"}],
                 "offices": [{"person": "Q7747", "role": "President of Russia", "org": "Q159"}]}
                """);
        List<Item> items = GoldFile.read(gold);
        assertEquals(6, items.size());
        assertTrue(items.contains(new Item("event:engagement", Set.of("Q159", "Q212", "modality=asserted"), "x",
                items.get(3).describe())));
        assertTrue(items.stream().anyMatch(i -> i.category().equals("actor") && i.keys().equals(Set.of("name:bruce bennett"))));
    }
}
