package org.entente.export;

import static org.entente.export.ExportTestSupport.NORTH_KOREA;
import static org.entente.export.ExportTestSupport.RUSSIA;
import static org.entente.export.ExportTestSupport.SEED_DYADS;
import static org.entente.export.ExportTestSupport.SOUTH_KOREA;
import static org.entente.export.ExportTestSupport.UKRAINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.entente.error.EntenteException;
import org.entente.pipeline.SeedFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network made from the seed article's real TDB2 store, its filters and query, and the CSV and Cytoscape JSON. */
class NetworkExportTest {
    @TempDir
    Path tmp;

    private static Dataset seed() {
        return SeedFixture.store().dataset();
    }

    private static Network network(GraphExport.Builder builder) {
        return builder.dataset(seed()).format(ExportFormat.GRAPHML).build().network();
    }

    /** "labelA|labelB" (sorted) to polarity, for every relation. */
    static Map<String, String> dyads(Network network) {
        Map<String, String> dyads = new HashMap<>();
        for (Relation r : network.relations()) {
            String key = dyad(r.source().label(), r.target().label());
            String previous = dyads.put(key, r.polarity().label());
            assertTrue(previous == null, "one relation per dyad in the seed, but " + key + " has two");
        }
        return dyads;
    }

    static String dyad(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    static void assertSeedDyads(Map<String, String> dyads, String where) {
        for (String[] expected : SEED_DYADS) {
            assertEquals(expected[2], dyads.get(dyad(expected[0], expected[1])),
                    where + ": " + expected[0] + "–" + expected[1] + " in " + dyads);
        }
    }

    @Test
    void theSeedNetworkHasTheFourStatesAndTheirSignedRelations() {
        Network network = network(GraphExport.create());
        assertSeedDyads(dyads(network), "network");
        assertEquals(Set.of(NORTH_KOREA, RUSSIA, SOUTH_KOREA, UKRAINE),
                new TreeSet<>(network.nodes().stream().map(ActorNode::label).toList()));
        for (ActorNode node : network.nodes()) {
            assertEquals("state", node.kind(), node.label());
            assertEquals("State", node.type(), node.label());
            assertTrue(node.qid().matches("Q[0-9]+"), node.label() + " QID " + node.qid());
            assertTrue(node.iso().matches("[A-Z]{3}"), node.label() + " ISO " + node.iso());
        }
        for (Relation r : network.relations()) {
            assertEquals(r.polarity() == Polarity.COOPERATION, r.weight() > 0, r.id() + " sign");
            assertTrue(!r.spells().isEmpty() && r.spells().size() <= r.evidence(), r.id() + " spells " + r.spells());
            assertTrue(r.first() != null && !r.last().isBefore(r.first()), r.id() + " dates");
            assertTrue(!r.articles().isEmpty() && !r.eventTypes().isEmpty() && !r.cameoCodes().isEmpty(), r.id().toString());
        }
    }

    @Test
    void theDateWindowKeepsTheEventsWhoseTimeOverlapsIt() {
        Network before2023 = network(GraphExport.create().to(LocalDate.of(2022, 12, 31)));
        Map<String, String> old = dyads(before2023);
        assertEquals(Map.of(dyad(RUSSIA, UKRAINE), "conflict"), old, "only the 2022 invasion is dated before 2023");

        Map<String, String> recent = dyads(network(GraphExport.create().from(LocalDate.of(2023, 1, 1))));
        assertTrue(!recent.containsKey(dyad(RUSSIA, UKRAINE)), "the 2022 war event is outside a window from 2023: " + recent);
        assertEquals("cooperation", recent.get(dyad(NORTH_KOREA, RUSSIA)));
    }

    @Test
    void relationTypesSelectEventClassesAndCameoRoots() {
        Map<String, String> fights = dyads(network(GraphExport.create().types(List.of("ArmedEngagement"))));
        assertEquals(Map.of(dyad(RUSSIA, UKRAINE), "conflict", dyad(UKRAINE, NORTH_KOREA), "conflict"), fights);
        assertEquals(fights, dyads(network(GraphExport.create().types(List.of("19")))), "CAMEO root 19 = fight");

        Network aid = network(GraphExport.create().types(List.of("07")));
        assertEquals(Map.of(dyad(SOUTH_KOREA, UKRAINE), "cooperation"), dyads(aid), "CAMEO root 07 = provide aid");
    }

    @Test
    void aResearchersQueryReplacesTheBundledOneAndItsFiltersMustBeUsable() throws IOException {
        Path own = tmp.resolve("conflict-only.rq");
        String bundled = NetworkQuery.bundledText(NetworkQuery.NETWORK);
        String conflictOnly = bundled.replace("GROUP BY ?source ?target ?polarity\n  }",
                "GROUP BY ?source ?target ?polarity\n    HAVING (SUM(?g) <= 0)\n  }");
        assertTrue(!conflictOnly.equals(bundled), "the test's edit of the bundled query applies");
        Files.writeString(own, conflictOnly);
        Map<String, String> conflicts = dyads(network(GraphExport.create().query(own)));
        assertEquals(Map.of(dyad(RUSSIA, UKRAINE), "conflict", dyad(UKRAINE, NORTH_KOREA), "conflict"), conflicts);

        Path plain = tmp.resolve("plain.rq");
        Files.writeString(plain, "PREFIX ent: <https://w3id.org/entente/ontology#>\n"
                + "SELECT ?source ?target ?polarity ?weight WHERE { ?e ent:initiator ?source ; ent:target ?target ;"
                + " ent:goldstein ?weight . BIND(IF(?weight > 0, \"cooperation\", \"conflict\") AS ?polarity) }");
        Network minimal = network(GraphExport.create().query(plain));
        assertEquals(6, minimal.relations().size(),
                "one row per interaction fact of the seed, of any modality (the analysts' hypothetical help included)");
        Path gexf = tmp.resolve("plain.gexf");
        GraphExport.create().dataset(seed()).format(ExportFormat.GEXF).query(plain).build().writeTo(gexf);
        assertTrue(Files.readString(gexf).contains("mode=\"static\""), "no event times: a static GEXF graph");
        EntenteException unusable = assertThrows(EntenteException.class,
                () -> GraphExport.create().dataset(seed()).format(ExportFormat.GEXF).query(plain)
                        .from(LocalDate.of(2024, 1, 1)).build());
        assertTrue(unusable.getMessage().contains(plain.toString()) && unusable.getMessage().contains("?windowFrom"),
                unusable.getMessage());
    }

    @Test
    void badQueriesAndSettingsAreRefusedNamingTheProblem() throws IOException {
        Path missing = tmp.resolve("missing.rq");
        EntenteException noFile = assertThrows(EntenteException.class,
                () -> GraphExport.create().dataset(seed()).format(ExportFormat.DOT).query(missing).build());
        assertTrue(noFile.getMessage().startsWith(missing + ": no such query file"), noFile.getMessage());

        Path broken = tmp.resolve("broken.rq");
        Files.writeString(broken, "SELECT ?source WHERE { ?source ?p }");
        EntenteException syntax = assertThrows(EntenteException.class,
                () -> GraphExport.create().dataset(seed()).format(ExportFormat.DOT).query(broken).build());
        assertTrue(syntax.getMessage().startsWith(broken + ": SPARQL syntax error"), syntax.getMessage());

        Path narrow = tmp.resolve("narrow.rq");
        Files.writeString(narrow, "SELECT ?source ?target WHERE { ?source ?p ?target }");
        EntenteException columns = assertThrows(EntenteException.class,
                () -> GraphExport.create().dataset(seed()).format(ExportFormat.DOT).query(narrow).build());
        assertTrue(columns.getMessage().contains("?polarity, ?weight"), columns.getMessage());

        Path badPolarity = tmp.resolve("bad-polarity.rq");
        Files.writeString(badPolarity, "PREFIX ent: <https://w3id.org/entente/ontology#>\n"
                + "SELECT ?source ?target (\"friendly\" AS ?polarity) (1 AS ?weight)"
                + " WHERE { ?e ent:initiator ?source ; ent:target ?target }");
        GraphExport export = GraphExport.create().dataset(seed()).format(ExportFormat.CSV).query(badPolarity).build();
        EntenteException row = assertThrows(EntenteException.class, export::network);
        assertTrue(row.getMessage().startsWith(badPolarity + "#row=1: ?polarity must be"), row.getMessage());

        assertThrows(IllegalStateException.class, () -> GraphExport.create().format(ExportFormat.GEXF).build());
        assertThrows(IllegalStateException.class, () -> GraphExport.create().dataset(seed()).build());
        assertThrows(IllegalArgumentException.class, () -> GraphExport.create().dataset(seed()).format(ExportFormat.GEXF)
                .from(LocalDate.of(2024, 2, 1)).to(LocalDate.of(2024, 1, 1)).build());
        assertThrows(IllegalArgumentException.class, () -> GraphExport.create().dataset(seed()).format(ExportFormat.GEXF)
                .types(List.of("19; DROP")).build());
        assertThrows(IllegalArgumentException.class, () -> GraphExport.create().dataset(seed()).format(ExportFormat.TURTLE)
                .from(LocalDate.of(2024, 1, 1)).build());
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.fromName("svg"));
    }

    @Test
    void csvListsEveryRelationWithBothEnds() throws IOException {
        Map<String, String> dyads = new HashMap<>();
        try (Reader in = Files.newBufferedReader(SeedExports.file(ExportFormat.CSV), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                dyads.put(dyad(record.get("source_label"), record.get("target_label")), record.get("polarity"));
                assertTrue(record.get("source_qid").matches("Q[0-9]+") && record.get("target_iso").matches("[A-Z]{3}"));
                assertEquals(record.get("polarity").equals("cooperation"), Double.parseDouble(record.get("weight")) > 0);
            }
        }
        assertEquals(4, dyads.size());
        assertSeedDyads(dyads, "csv");
    }

    @Test
    void cytoscapeJsonHasElementsNodesAndEdgesWithData() throws IOException {
        JsonObject root = JsonParser.parseString(Files.readString(SeedExports.file(ExportFormat.CYJS))).getAsJsonObject();
        JsonObject elements = root.getAsJsonObject("elements");
        Map<String, String> labels = new HashMap<>();
        for (JsonElement node : elements.getAsJsonArray("nodes")) {
            JsonObject data = node.getAsJsonObject().getAsJsonObject("data");
            labels.put(data.get("id").getAsString(), data.get("name").getAsString());
            assertTrue(data.get("qid").getAsString().matches("Q[0-9]+"), data.toString());
        }
        Map<String, String> dyads = new HashMap<>();
        for (JsonElement edge : elements.getAsJsonArray("edges")) {
            JsonObject data = edge.getAsJsonObject().getAsJsonObject("data");
            dyads.put(dyad(labels.get(data.get("source").getAsString()), labels.get(data.get("target").getAsString())),
                    data.get("interaction").getAsString());
            assertEquals(data.get("polarity").getAsString(), data.get("interaction").getAsString());
            assertTrue(data.getAsJsonArray("articles").size() >= 1 && data.get("evidence").getAsInt() >= 1);
        }
        assertEquals(4, labels.size());
        assertSeedDyads(dyads, "cyjs");
    }
}
