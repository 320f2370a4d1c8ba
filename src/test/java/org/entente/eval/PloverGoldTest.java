package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.pipeline.SeedFixture;
import org.junit.jupiter.api.Test;

/**
 * The PLOVER gold files are well-formed: each declares its scope, every event has one of the 18 PLOVER types, a
 * modality, two different ends, and a sentence found verbatim in its article; and the evaluator reads them into
 * PLOVER items only.
 */
class PloverGoldTest {
    private static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "CRIME", "SANCTION",
            "MOBILIZE", "COERCE", "ASSAULT");
    private static final Set<String> MODALITIES = Set.of("asserted", "negated", "planned", "hypothetical");

    @Test
    void everyPloverGoldFileIsWellFormed() throws IOException {
        Path root = SeedFixture.repo().resolve("tests/gold/wikinews-plover");
        List<Path> golds;
        try (Stream<Path> files = Files.walk(root)) {
            golds = files.filter(p -> p.getFileName().toString().equals("gold.json")).sorted().toList();
        }
        assertEquals(38, golds.size(), "one gold file per selected article");
        List<String> problems = new ArrayList<>();
        int events = 0;
        for (Path g : golds) {
            String article = Files.readString(g.resolveSibling("article.txt"));
            JsonObject o = JsonParser.parseString(Files.readString(g)).getAsJsonObject();
            if (!o.getAsJsonArray("scope").toString().equals("[\"plover\"]")) {
                problems.add(g + ": scope is not [\"plover\"]");
            }
            for (JsonElement e : o.getAsJsonArray("plover_events")) {
                JsonObject ev = e.getAsJsonObject();
                events++;
                String where = g.getParent().getFileName() + " " + ev;
                if (!TYPES.contains(ev.get("type").getAsString())) {
                    problems.add(where + ": type");
                }
                if (!MODALITIES.contains(ev.get("modality").getAsString())) {
                    problems.add(where + ": modality");
                }
                if (ev.get("source").getAsString().equals(ev.get("target").getAsString())) {
                    problems.add(where + ": source equals target");
                }
                if (!article.contains(ev.get("sentence").getAsString())) {
                    problems.add(where + ": sentence not in the article");
                }
            }
            GoldFile.Gold read = GoldFile.load(g);
            assertTrue(read.items().stream().allMatch(i -> i.category().startsWith(ExtractedItems.PLOVER_PREFIX)), g::toString);
            assertEquals(Set.of(GoldFile.Scope.PLOVER), read.scopes());
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertTrue(events >= 300, "the PLOVER gold holds " + events + " events");
    }
}
