package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.entente.cli.ExportCommand;
import org.entente.pipeline.SeedFixture;
import org.entente.store.EntenteStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code entente export} on the command line, over a TriG file ({@code --data}) and a TDB2 store ({@code --store}). */
class ExportCommandTest {
    @TempDir
    Path tmp;

    private Path trig;

    @BeforeEach
    void writeSeedAsTrig() throws IOException {
        trig = tmp.resolve("seed.trig");
        Dataset store = SeedFixture.store().dataset();
        try (OutputStream out = Files.newOutputStream(trig)) {
            Txn.executeRead(store, () -> RDFDataMgr.write(out, store.asDatasetGraph(), RDFFormat.TRIG_BLOCKS));
        }
    }

    private record Result(int code, String err) {
    }

    private static Result export(String... args) {
        CommandLine cli = new CommandLine(new ExportCommand());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        return new Result(cli.execute(args), err.toString());
    }

    @Test
    void exportsTheNetworkFromADataFileWithFilters() throws IOException {
        Path dot = tmp.resolve("out/seed.dot");
        Result all = export("--format", "dot", "--data", trig.toString(), "--out", dot.toString());
        assertEquals(0, all.code(), all.err());
        assertTrue(all.err().contains("dot: 4 actors, 4 relations"), all.err());
        String text = Files.readString(dot, StandardCharsets.UTF_8);
        assertEquals(4, text.lines().filter(l -> l.contains(" -- ")).count(), text);

        Path csv = tmp.resolve("fights.csv");
        Result fights = export("--format", "CSV", "--data", trig.toString(), "--out", csv.toString(),
                "--types", "ArmedEngagement", "--from", "2023-01-01", "--include", "organizations,persons");
        assertEquals(0, fights.code(), fights.err());
        assertTrue(fights.err().contains("csv: 2 actors, 1 relations"), fights.err() + Files.readString(csv));
        assertTrue(Files.readString(csv).contains("North Korea") && Files.readString(csv).contains("conflict"));
    }

    @Test
    void exportsRdfFromAStore() throws IOException {
        Path storeDir = tmp.resolve("store");
        try (EntenteStore store = EntenteStore.open(storeDir)) {
            DatasetGraph target = store.dataset().asDatasetGraph();
            Txn.executeWrite(target, () -> RDFDataMgr.read(target, trig.toString()));
        }
        Path ttl = tmp.resolve("seed.ttl");
        Result result = export("--format", "turtle", "--store", storeDir.toString(), "--out", ttl.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(Files.readString(ttl).contains("@prefix ent: <https://w3id.org/entente/ontology#>"));
    }

    @Test
    void usageErrorsAreReportedWithoutWritingAnything() {
        Map<String[], String> cases = Map.of(
                new String[] {"--format", "svg", "--data", "x.trig"}, "unknown export format 'svg'",
                new String[] {"--format", "gexf", "--include", "cities"}, "'cities' is not one of organizations, persons",
                new String[] {"--format", "trig", "--from", "2024-01-01"}, "the RDF format trig exports the whole store",
                new String[] {"--format", "gexf", "--from", "2024-02-01", "--to", "2024-01-01"}, "ends (2024-01-01) before");
        for (Map.Entry<String[], String> c : cases.entrySet()) {
            String[] args = c.getKey();
            String[] withData = new String[args.length + 2];
            System.arraycopy(args, 0, withData, 0, args.length);
            withData[args.length] = "--data";
            withData[args.length + 1] = trig.toString();
            Result result = export(args[args.length - 1].equals("x.trig") ? args : withData);
            assertEquals(CommandLine.ExitCode.USAGE, result.code(), String.join(" ", args));
            assertTrue(result.err().contains(c.getValue()), result.err());
        }
    }
}
