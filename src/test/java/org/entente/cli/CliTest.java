package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.entente.pipeline.SeedFixture;
import org.entente.vocab.EntenteIris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: extract to TriG, query and validate that file, load a store, bad input. */
class CliTest {

    @Test
    void extractThenQueryAndValidateTheTrig(@TempDir Path tmp) {
        Path trig = tmp.resolve("seed.trig");
        assertEquals(0, EntenteCli.run("extract", SeedFixture.seedFile().toString(), "--out", trig.toString()));
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, trig.toString());
        assertTrue(ds.containsNamedModel(EntenteIris.REFERENCE_GRAPH));
        assertTrue(ds.containsNamedModel(EntenteIris.articleGraph("korea-bizwire-2024-11-06-north-korean-troops")));

        Path query = SeedFixture.repo().resolve("queries/deployments.rq");
        int[] code = new int[1];
        String csv = ConsoleCapture.out(() -> code[0] = EntenteCli.run("query", query.toString(), "--data", trig.toString(),
                "--format", "csv"));
        assertEquals(0, code[0]);
        assertTrue(csv.startsWith("deployment,deployer,deployerWikidata,host,hostWikidata"), csv);
        assertTrue(csv.contains("http://www.wikidata.org/entity/Q423"), csv);

        String report = ConsoleCapture.out(() -> code[0] = EntenteCli.run("validate", "--data", trig.toString()));
        assertEquals(0, code[0], report);
    }

    @Test
    void loadTwiceReplacesTheArticleGraph(@TempDir Path tmp) {
        Path store = tmp.resolve("tdb2");
        assertEquals(0, EntenteCli.run("load", SeedFixture.seedFile().toString(), "--store", store.toString()));
        Path query = tmp.resolve("count.rq");
        writeQuietly(query, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        int[] code = new int[1];
        String first = ConsoleCapture.out(() -> code[0] = EntenteCli.run("query", query.toString(), "--store", store.toString(),
                "--format", "csv"));
        assertEquals(0, EntenteCli.run("load", SeedFixture.seedFile().toString(), "--store", store.toString()));
        String second = ConsoleCapture.out(() -> EntenteCli.run("query", query.toString(), "--store", store.toString(),
                "--format", "csv"));
        assertEquals(first, second);
        assertTrue(Integer.parseInt(first.split("\\R")[1].trim()) > 100, first);
    }

    @Test
    void badInputIsReportedAndTheBatchGoesOn(@TempDir Path tmp) throws IOException {
        Path empty = tmp.resolve("empty.txt");
        Files.writeString(empty, "");
        Path good = tmp.resolve("good.txt");
        Files.writeString(good, "Japan and South Korea signed a defense pact on Monday.\n");
        Path trig = tmp.resolve("out.trig");
        int[] code = new int[1];
        ConsoleCapture.err(() -> code[0] = EntenteCli.run("extract", empty.toString(), good.toString(), "--date",
                "2024-03-15", "--out", trig.toString()));
        assertEquals(EntenteCli.REJECTED, code[0]);
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, trig.toString());
        assertTrue(ds.containsNamedModel(EntenteIris.articleGraph("good")));
    }

    @Test
    void missingQueryFileNamesTheFile(@TempDir Path tmp) {
        assertEquals(EntenteCli.REJECTED, EntenteCli.run("query", tmp.resolve("nope.rq").toString(), "--store",
                tmp.resolve("s").toString()));
        assertEquals(EntenteCli.USAGE, EntenteCli.run("query"));
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (String command : new String[] {"extract", "load", "query", "serve", "eval", "validate", "export",
            "reconcile", "bench"}) {
            String out = ConsoleCapture.out(() -> assertEquals(EntenteCli.OK, EntenteCli.run(command, "--help")));
            assertTrue(out.contains("Usage: entente " + command), command + ": " + out);
        }
    }

    private static void writeQuietly(Path p, String s) {
        try {
            Files.writeString(p, s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
