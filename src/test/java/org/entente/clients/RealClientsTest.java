package org.entente.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.entente.cli.EntenteCli;
import org.entente.pipeline.SeedFixture;
import org.entente.serve.EntenteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real SPARQL clients query a running Entente endpoint (EntenteServer on port 0 over the seed store) and must get the
 * same answers as {@code entente query --format csv} on the same store: Python rdflib's SPARQLStore, SPARQLWrapper,
 * Comunica (Node.js) and Jena's RDFConnection. The scripts are in {@code tests/e2e/clients/}. A client whose tool is
 * missing is skipped, except when the environment variable {@code CI} is {@code true}: then it fails.
 */
class RealClientsTest {
    /** The competency queries compared (the federated ones would leave localhost, so they are not among them). */
    static final List<String> QUERIES = List.of("articles", "actors", "officials", "deployments", "engagements",
            "treaties", "aid", "statements", "alliances", "provenance", "dyad-months", "export-events");
    private static final Path CLIENTS = SeedFixture.repo().resolve("tests/e2e/clients");
    private static final String PYTHON = "/usr/bin/python3";
    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    @TempDir
    static Path tmp;
    private static EntenteServer server;
    private static String endpoint;
    private static final Map<String, ResultRows> CLI_ANSWERS = new LinkedHashMap<>();

    @BeforeAll
    static void startServerAndAskTheCli() throws IOException {
        Path storeDir = Path.of(((DatasetGraphSwitchable) SeedFixture.store().dataset().asDatasetGraph())
                .getLocation().getDirectoryPath());
        for (String name : QUERIES) {
            String csv = cliCsv(queryFile(name), storeDir);
            ResultRows rows = ResultRows.parse(csv);
            assertTrue(rows.size() > 0, name + ": the CLI finds no rows in the seed store, nothing to compare");
            CLI_ANSWERS.put(name, rows);
        }
        server = EntenteServer.create().dataset(SeedFixture.store().dataset()).port(0).build().start();
        endpoint = server.datasetUrl() + "/sparql";
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    static Path queryFile(String name) {
        return SeedFixture.repo().resolve("queries/" + name + ".rq");
    }

    private static String cliCsv(Path query, Path storeDir) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            code = EntenteCli.run("query", query.toString(), "--store", storeDir.toString(), "--format", "csv");
        } finally {
            System.setOut(oldOut);
        }
        assertEquals(EntenteCli.OK, code, "entente query " + query);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Fails under CI, skips otherwise, when a client's tool is missing. */
    private static void requireTool(boolean present, String what) {
        if (!present) {
            if (CI) {
                fail(what + " is missing, and CI=true: the real-client test must run in CI");
            }
            assumeTrue(false, what + " is missing; skipped (it would fail with CI=true)");
        }
    }

    private static boolean pythonHas(String module) throws IOException, InterruptedException {
        return ExternalCommand.available(PYTHON)
                && ExternalCommand.run(CLIENTS, 60, List.of(PYTHON, "-c", "import " + module)).exitCode() == 0;
    }

    /** Runs a client script over every query; then compares each answer file with the CLI's. */
    private static void runScriptAndCompare(String client, List<String> command) throws IOException,
            InterruptedException {
        Path out = tmp.resolve(client);
        List<String> full = new ArrayList<>(command);
        full.add(endpoint);
        full.add(out.toString());
        QUERIES.forEach(q -> full.add(queryFile(q).toString()));
        ExternalCommand.Result result = ExternalCommand.run(CLIENTS, 600, full);
        assertEquals(0, result.exitCode(), client + " failed:\n" + result.output());
        Map<String, ResultRows> answers = new LinkedHashMap<>();
        for (String name : QUERIES) {
            answers.put(name, ResultRows.parse(Files.readString(out.resolve(name + ".csv"), StandardCharsets.UTF_8)));
        }
        compare(client, answers);
    }

    private static void compare(String client, Map<String, ResultRows> answers) {
        List<String> differences = new ArrayList<>();
        int rows = 0;
        for (String name : QUERIES) {
            ResultRows want = CLI_ANSWERS.get(name);
            ResultRows got = answers.get(name);
            rows += got.size();
            if (!want.equals(got)) {
                differences.add(name + ": CLI " + want + "\n  " + client + " " + got);
            }
        }
        assertTrue(differences.isEmpty(), client + " answers differ from the CLI's:\n" + String.join("\n", differences));
        System.out.println("real clients: " + client + " got the CLI's answers to " + QUERIES.size() + " queries ("
                + rows + " rows)");
    }

    @Test
    void rdflibSparqlStoreGetsTheCliAnswers() throws Exception {
        requireTool(pythonHas("rdflib.plugins.stores.sparqlstore"), "Python rdflib (" + PYTHON + ", python3-rdflib)");
        runScriptAndCompare("rdflib SPARQLStore", List.of(PYTHON, "rdflib_store_client.py"));
    }

    @Test
    void sparqlWrapperGetsTheCliAnswers() throws Exception {
        requireTool(pythonHas("SPARQLWrapper"), "SPARQLWrapper (" + PYTHON + ", python3-sparqlwrapper)");
        runScriptAndCompare("SPARQLWrapper", List.of(PYTHON, "sparqlwrapper_client.py"));
    }

    @Test
    void comunicaGetsTheCliAnswers() throws Exception {
        requireTool(ExternalCommand.available("node"), "Node.js (node)");
        if (!Files.isDirectory(CLIENTS.resolve("node_modules/@comunica/query-sparql"))) {
            requireTool(ExternalCommand.available("npm"), "npm, to install Comunica with npm ci");
            ExternalCommand.Result install = ExternalCommand.run(CLIENTS, 900, List.of("npm", "ci"));
            requireTool(install.exitCode() == 0, "Comunica (npm ci in tests/e2e/clients failed: " + install.output()
                    + ")");
        }
        runScriptAndCompare("Comunica", List.of("node", "comunica_client.mjs"));
    }

    @Test
    void jenaRdfConnectionGetsTheCliAnswers() throws IOException {
        Map<String, ResultRows> answers = new LinkedHashMap<>();
        try (RDFConnection conn = RDFConnection.queryConnect(endpoint)) {
            for (String name : QUERIES) {
                ByteArrayOutputStream csv = new ByteArrayOutputStream();
                try (QueryExecution qe = conn.query(Files.readString(queryFile(name), StandardCharsets.UTF_8))) {
                    ResultSetFormatter.outputAsCSV(csv, qe.execSelect());
                }
                answers.put(name, ResultRows.parse(csv.toString(StandardCharsets.UTF_8)));
            }
        }
        compare("Jena RDFConnection", answers);
    }
}
