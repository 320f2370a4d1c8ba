package org.entente.export;

import static org.entente.export.ExportTestSupport.SEED_DYADS;
import static org.entente.export.NetworkExportTest.assertSeedDyads;
import static org.entente.export.NetworkExportTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.entente.pipeline.SeedFixture;
import org.junit.jupiter.api.Test;

/**
 * The seed exports opened by the real tools: the Gephi toolkit (GEXF, GraphML), networkx (GraphML, GEXF) and
 * Graphviz (DOT). Each must find the four states and the two cooperation and two conflict relations.
 */
class GraphToolsEndToEndTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final String DOT = "/usr/bin/dot";

    @Test
    void networkxReadsGraphMlAndGexf() throws Exception {
        ExportTestSupport.tool(PYTHON, "python3-networkx");
        List<String> command = new ArrayList<>(List.of(PYTHON,
                SeedFixture.repo().resolve("tests/e2e/exports/check_networkx.py").toString()));
        for (String[] dyad : SEED_DYADS) {
            command.add("--expect");
            command.add(String.join("|", dyad));
        }
        command.add(SeedExports.file(ExportFormat.GRAPHML).toString());
        command.add(SeedExports.file(ExportFormat.GEXF).toString());
        ExportTestSupport.Run run = ExportTestSupport.run(SeedFixture.repo(), 120, command);
        if (run.err().contains("No module named 'networkx'")) {
            ExportTestSupport.tool("/usr/lib/python3/dist-packages/networkx/__init__.py", "python3-networkx");
        }
        assertEquals(0, run.exitCode(), run.describe());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        for (String line : lines) {
            JsonObject result = JsonParser.parseString(line).getAsJsonObject();
            String format = result.get("format").getAsString();
            assertEquals(4, result.get("nodes").getAsInt(), format);
            assertEquals(4, result.get("edges").getAsInt(), format);
            JsonObject attributes = result.getAsJsonObject("node_attributes");
            for (String name : List.of("kind", "type", "wikidata", "qid", "iso")) {
                assertTrue(attributes.has(name), format + " node attribute " + name + ": " + attributes);
            }
            Map<String, String> dyads = new HashMap<>();
            for (JsonElement edge : result.getAsJsonArray("edge_list")) {
                JsonArray e = edge.getAsJsonArray();
                dyads.put(dyad(e.get(0).getAsString(), e.get(1).getAsString()), e.get(2).getAsString());
                assertEquals(e.get(2).getAsString().equals("cooperation"), e.get(3).getAsDouble() > 0, format + " " + e);
                if (format.equals("gexf")) {
                    assertTrue(e.get(5).getAsJsonArray().size() >= 1, "GEXF edge has spells: " + e);
                }
            }
            assertSeedDyads(dyads, "networkx " + format);
            assertEquals(format.equals("gexf"), result.get("dynamic").getAsBoolean(), format + " dynamic mode");
        }
    }

    @Test
    void graphvizRendersTheDotFileWithPolarityColours() throws Exception {
        Path dot = ExportTestSupport.tool(DOT, "graphviz");
        Path source = SeedExports.file(ExportFormat.DOT);
        Path png = source.resolveSibling("seed.png");
        ExportTestSupport.Run render = ExportTestSupport.run(SeedFixture.repo(), 120,
                List.of(dot.toString(), "-Tpng", source.toString(), "-o", png.toString()));
        assertEquals(0, render.exitCode(), render.describe());
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 5000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "a PNG at " + png);

        ExportTestSupport.Run layout = ExportTestSupport.run(SeedFixture.repo(), 120,
                List.of(dot.toString(), "-Tjson", source.toString()));
        assertEquals(0, layout.exitCode(), layout.describe());
        JsonObject graph = JsonParser.parseString(layout.out()).getAsJsonObject();
        Map<Integer, String> labels = new HashMap<>();
        for (JsonElement node : graph.getAsJsonArray("objects")) {
            JsonObject n = node.getAsJsonObject();
            labels.put(n.get("_gvid").getAsInt(), n.get("label").getAsString());
        }
        Map<String, String> dyads = new HashMap<>();
        for (JsonElement edge : graph.getAsJsonArray("edges")) {
            JsonObject e = edge.getAsJsonObject();
            String polarity = e.get("polarity").getAsString();
            dyads.put(dyad(labels.get(e.get("tail").getAsInt()), labels.get(e.get("head").getAsInt())), polarity);
            assertEquals(polarity.equals("cooperation") ? Polarity.COOPERATION.color() : Polarity.CONFLICT.color(),
                    e.get("color").getAsString(), "Graphviz draws " + polarity + " in its colour");
            assertTrue(e.has("_draw_"), "Graphviz laid out the edge");
        }
        assertEquals(4, labels.size());
        assertSeedDyads(dyads, "graphviz");
    }

    /**
     * The Gephi toolkit runs in its own JVM from tests/e2e/gephi, a separate Maven project: its only resolvable
     * artifact is a self-contained jar whose bundled libraries would clash with this project's (see that pom).
     */
    @Test
    void gephiImportsGexfAndGraphMl() throws Exception {
        Path mvn = ExportTestSupport.onPath("mvn", "to build the Gephi check in tests/e2e/gephi");
        Path project = SeedFixture.repo().resolve("tests/e2e/gephi");
        Path build = ExportTestSupport.artifacts("gephi-build");
        List<String> compile = List.of(mvn.toString(), "-B", "-q", "-o", "-f", project.resolve("pom.xml").toString(),
                "-Dbuild.dir=" + build, "compile");
        ExportTestSupport.Run built = ExportTestSupport.run(project, 600, compile);
        if (built.exitCode() != 0) {
            built = ExportTestSupport.run(project, 600, compile.stream().filter(a -> !a.equals("-o")).toList());
        }
        assertEquals(0, built.exitCode(), "building tests/e2e/gephi (offline first, then fetching the toolkit): "
                + built.describe());
        String classpath = Files.readString(build.resolve("classpath.txt")).trim() + File.pathSeparator
                + build.resolve("classes");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        for (ExportFormat format : List.of(ExportFormat.GEXF, ExportFormat.GRAPHML)) {
            ExportTestSupport.Run run = ExportTestSupport.run(project, 300, List.of(java.toString(), "-Xmx1g",
                    "-Djava.awt.headless=true", "-cp", classpath, "org.entente.e2e.gephi.GephiImportCheck",
                    SeedExports.file(format).toString()));
            assertEquals(0, run.exitCode(), "Gephi import of " + format + ": " + run.describe());
            GephiReport report = GephiReport.parse(run.out());
            assertTrue(report.issues().isEmpty(), format + ": Gephi reported " + report.issues());
            assertEquals(4, report.nodeCount(), format + " nodes");
            assertEquals(4, report.edgeCount(), format + " edges");
            assertEquals(format == ExportFormat.GEXF, report.dynamic(), format + " dynamic");
            assertEquals("Double", report.edgeColumnType("weight"), format + " weight column");
            assertEquals("Integer", report.edgeColumnType("evidence"), format + " evidence column");
            assertEquals("String", report.nodeColumnType("qid"), format + " qid column");
            Map<String, String> dyads = new HashMap<>();
            for (GephiReport.Edge edge : report.edges()) {
                dyads.put(dyad(edge.source(), edge.target()), edge.attributes().get("polarity"));
                assertEquals("cooperation".equals(edge.attributes().get("polarity")), edge.weight() > 0, edge.toString());
                assertEquals(format == ExportFormat.GEXF, !edge.intervals().equals("intervals=[]"),
                        format + " edge time intervals: " + edge);
            }
            assertSeedDyads(dyads, "Gephi " + format);
            for (GephiReport.Node node : report.nodes()) {
                assertTrue(node.attributes().get("qid").matches("Q[0-9]+"), node.toString());
                assertTrue(node.attributes().get("iso").matches("[A-Z]{3}"), node.toString());
            }
            if (format == ExportFormat.GEXF) {
                assertEquals("[2022-01-01, 2024-11-06]", report.timeBounds(), "Gephi's timeline spans the seed's events");
            }
        }

        Path bothQuery = ExportTestSupport.artifacts("exports").resolve("both-polarities.rq");
        Files.writeString(bothQuery, "PREFIX ent: <https://w3id.org/entente/ontology#>\n"
                + "SELECT ?source ?target ?polarity ?weight WHERE {\n"
                + "  { SELECT DISTINCT ?source ?target WHERE { ?e ent:initiator ?source ; ent:target ?target ."
                + " FILTER(STR(?source) < STR(?target)) } }\n"
                + "  VALUES (?polarity ?weight) { (\"cooperation\" 1.0) (\"conflict\" -1.0) }\n}\n");
        for (ExportFormat format : List.of(ExportFormat.GEXF, ExportFormat.GRAPHML)) {
            Path file = bothQuery.resolveSibling("both-polarities." + format.extension());
            GraphExport.Result written = GraphExport.create().dataset(SeedFixture.store().dataset()).format(format)
                    .query(bothQuery).build().writeTo(file);
            ExportTestSupport.Run run = ExportTestSupport.run(project, 300, List.of(java.toString(), "-Xmx1g",
                    "-Djava.awt.headless=true", "-cp", classpath, "org.entente.e2e.gephi.GephiImportCheck", file.toString()));
            assertEquals(0, run.exitCode(), run.describe());
            assertEquals(written.relations(), GephiReport.parse(run.out()).edgeCount(),
                    format + ": Gephi keeps a cooperation and a conflict edge between the same two states apart");
        }
    }
}
