package org.entente.serve;

import static org.entente.serve.ServeFixtures.ARTICLE_GRAPH;
import static org.entente.serve.ServeFixtures.FORM;
import static org.entente.serve.ServeFixtures.LABELS;
import static org.entente.serve.ServeFixtures.LABEL_QUERY;
import static org.entente.serve.ServeFixtures.NORTH_KOREA;
import static org.entente.serve.ServeFixtures.SAMPLE_QUADS;
import static org.entente.serve.ServeFixtures.SLOW_QUERY;
import static org.entente.serve.ServeFixtures.SPARQL_JSON;
import static org.entente.serve.ServeFixtures.SPARQL_UPDATE;
import static org.entente.serve.ServeFixtures.TURTLE;
import static org.entente.serve.ServeFixtures.askResult;
import static org.entente.serve.ServeFixtures.column;
import static org.entente.serve.ServeFixtures.countNamedQuadsOverHttp;
import static org.entente.serve.ServeFixtures.enc;
import static org.entente.serve.ServeFixtures.get;
import static org.entente.serve.ServeFixtures.queryJson;
import static org.entente.serve.ServeFixtures.quads;
import static org.entente.serve.ServeFixtures.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone Fuseki configuration: valid, read-only, union default graph, timeout in effect. */
class FusekiConfigTest {
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static final Property LOCATION = ResourceFactory.createProperty(TDB2, "location");
    private static final Property UNION_DEFAULT_GRAPH = ResourceFactory.createProperty(TDB2, "unionDefaultGraph");
    private static final Property CXT_NAME = ResourceFactory.createProperty(JA, "cxtName");
    private static final Property CXT_VALUE = ResourceFactory.createProperty(JA, "cxtValue");
    private static final Property OPERATION = ResourceFactory.createProperty(FUSEKI, "operation");
    private static final Property NAME = ResourceFactory.createProperty(FUSEKI, "name");

    @TempDir
    Path storeDir;
    @TempDir
    Path configDir;

    private Dataset store;

    @AfterEach
    void releaseStore() {
        ServeFixtures.release(store);
    }

    static Path configFile() {
        String repo = System.getProperty("entente.repo");
        Path root = repo == null || repo.isBlank() ? Path.of("").toAbsolutePath() : Path.of(repo);
        return root.resolve("fuseki-config").resolve("entente.ttl");
    }

    private static Model readConfig() {
        Path file = configFile();
        assertTrue(Files.isRegularFile(file), "missing " + file);
        return RDFDataMgr.loadModel(file.toString());
    }

    private static Statement only(Model model, Property property) {
        List<Statement> statements = model.listStatements(null, property, (RDFNode) null).toList();
        assertEquals(1, statements.size(), "statements with " + property + ": " + statements);
        return statements.get(0);
    }

    /** The value statement of the one context entry named {@code name}. */
    private static Statement contextValue(Model model, String name) {
        List<Statement> names = model.listStatements(null, CXT_NAME, name).toList();
        assertEquals(1, names.size(), "context entries named " + name + ": " + names);
        return names.get(0).getSubject().getRequiredProperty(CXT_VALUE);
    }

    private static Statement timeoutValue(Model model) {
        return contextValue(model, "arq:queryTimeout");
    }

    private static Statement maxRowsValue(Model model) {
        return contextValue(model, FusekiRowCap.MAX_ROWS.getSymbol());
    }

    /** The configuration with the store moved to {@code location} and the timeout set, written to a temporary file. */
    private Path configFor(Path location, String timeoutMillis) throws IOException {
        return configFor(location, timeoutMillis, Long.toString(EntenteServer.DEFAULT_MAX_ROWS));
    }

    /** The configuration with the store moved, the timeout and the row cap set, written to a temporary file. */
    private Path configFor(Path location, String timeoutMillis, String maxRows) throws IOException {
        Model model = readConfig();
        only(model, LOCATION).changeObject(location.toAbsolutePath().toString());
        timeoutValue(model).changeObject(timeoutMillis);
        maxRowsValue(model).changeObject(maxRows);
        Path file = configDir.resolve("entente-test.ttl");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, model, Lang.TURTLE);
        }
        return file;
    }

    @Test
    void configDescribesAReadOnlyUnionStoreAtDataTdb2() {
        Model model = readConfig();
        assertEquals("data/tdb2", only(model, LOCATION).getString());
        assertTrue(only(model, UNION_DEFAULT_GRAPH).getBoolean());
        assertTrue(Long.parseLong(timeoutValue(model).getString()) > 0);
        assertEquals(EntenteServer.DEFAULT_MAX_ROWS, Long.parseLong(maxRowsValue(model).getString()),
                "the same row cap as entente serve");
        assertEquals(List.of(FusekiRowCap.class.getName()), model.listObjectsOfProperty(
                ResourceFactory.createProperty(JA, "loadClass")).mapWith(n -> n.asLiteral().getString()).toList());

        Set<String> readOnly = Set.of(FUSEKI + "query", FUSEKI + "gsp-r");
        List<String> operations = new ArrayList<>();
        model.listStatements(null, OPERATION, (RDFNode) null)
                .forEachRemaining(st -> operations.add(st.getResource().getURI()));
        assertEquals(6, operations.size(), operations.toString());
        assertTrue(readOnly.containsAll(operations), "operations other than query and gsp-r: " + operations);
        for (String oldStyle : List.of("serviceUpdate", "serviceUpload", "serviceReadWriteGraphStore")) {
            assertTrue(model.listStatements(null, ResourceFactory.createProperty(FUSEKI, oldStyle), (RDFNode) null)
                    .toList().isEmpty(), oldStyle);
        }
        List<String> serviceNames = new ArrayList<>();
        model.listSubjectsWithProperty(ResourceFactory.createProperty(FUSEKI, "dataset"))
                .forEachRemaining((Resource service) -> serviceNames.add(service.getRequiredProperty(NAME).getString()));
        assertEquals(List.of("entente"), serviceNames);
    }

    @Test
    void serverFromTheConfigQueriesTheUnionAndRefusesWrites() throws IOException {
        store = ServeFixtures.sampleStore(storeDir);
        List<Quad> before = quads(store);
        FusekiServer server = FusekiServer.create().port(0).parseConfigFile(configFor(storeDir, "60000")).build();
        server.start();
        try {
            String ds = "http://localhost:" + server.getHttpPort() + "/entente";
            assertEquals(LABELS, column(queryJson(ds + "/sparql", LABEL_QUERY), "label"));
            assertEquals(LABELS, column(queryJson(ds, LABEL_QUERY), "label"));
            HttpResponse<String> csv = get(ds + "/query?query=" + enc(LABEL_QUERY), "text/csv");
            assertEquals(200, csv.statusCode());
            assertEquals(LABELS, csv.body().lines().skip(1).toList());
            assertTrue(askResult(queryJson(ds + "/query",
                    "ASK { <" + NORTH_KOREA + "> ?p \"North Korea\"@en }")));
            HttpResponse<String> graph = get(ds + "/data?graph=" + enc(ARTICLE_GRAPH), "application/n-triples");
            assertEquals(200, graph.statusCode());
            assertEquals(2, graph.body().lines().filter(l -> !l.isBlank()).count());

            String insert = "INSERT DATA { GRAPH <urn:x-test:g> { <urn:x-test:s> <urn:x-test:p> \"injected\" } }";
            String turtle = "<urn:x-test:s> <urn:x-test:p> \"injected\" .";
            String graphParam = "?graph=" + enc(ARTICLE_GRAPH);
            List<String[]> attempts = List.of(
                    new String[] {"POST", ds + "/update", SPARQL_UPDATE, insert},
                    new String[] {"POST", ds, SPARQL_UPDATE, insert},
                    new String[] {"POST", ds, FORM, "update=" + enc("CLEAR ALL")},
                    new String[] {"POST", ds + "/sparql", SPARQL_UPDATE, insert},
                    new String[] {"PUT", ds + "/data?default", TURTLE, turtle},
                    new String[] {"POST", ds + "/data" + graphParam, TURTLE, turtle},
                    new String[] {"DELETE", ds + "/data" + graphParam, null, ""},
                    new String[] {"PUT", ds + "/get" + graphParam, TURTLE, turtle},
                    new String[] {"POST", ds, TURTLE, turtle},
                    new String[] {"DELETE", ds + graphParam, null, ""},
                    new String[] {"POST", ds + "/upload", "multipart/form-data; boundary=x", "--x--\r\n"});
            List<String> accepted = new ArrayList<>();
            for (String[] attempt : attempts) {
                HttpResponse<String> response = send(attempt[0], attempt[1], attempt[2], attempt[3]);
                if (response.statusCode() < 400) {
                    accepted.add(attempt[0] + " " + attempt[1] + " -> " + response.statusCode());
                }
            }
            assertEquals(List.of(), accepted, "write requests that were not refused");
            assertEquals(before, quads(store), "the store changed");
            assertEquals(SAMPLE_QUADS, countNamedQuadsOverHttp(ds + "/sparql"));
        } finally {
            server.stop();
        }
    }

    @Test
    void updateConfigRefusesWritesWithoutThePasswordAndAcceptsThemWithIt() throws IOException {
        Path file = configFile().resolveSibling("entente-with-update.ttl");
        assertTrue(Files.isRegularFile(file), "missing " + file);
        Model model = RDFDataMgr.loadModel(file.toString());
        Statement passwd = only(model, ResourceFactory.createProperty(FUSEKI, "passwd"));
        assertTrue(passwd.getString().startsWith("/"), "the password file lies outside the repository");
        Path passwordFile = configDir.resolve("passwd");
        Files.writeString(passwordFile, EntenteServer.UPDATE_USER + ": " + ServingPolicyTest.PASSWORD + "\n");
        passwd.changeObject(passwordFile.toString());
        only(model, LOCATION).changeObject(storeDir.toAbsolutePath().toString());
        Path config = configDir.resolve("entente-update-test.ttl");
        try (OutputStream out = Files.newOutputStream(config)) {
            RDFDataMgr.write(out, model, Lang.TURTLE);
        }

        store = ServeFixtures.sampleStore(storeDir);
        List<Quad> before = quads(store);
        FusekiServer server = FusekiServer.create().port(0).parseConfigFile(config.toString()).build();
        server.start();
        try {
            String base = "http://localhost:" + server.getHttpPort();
            String ds = base + "/entente";
            assertEquals(LABELS, column(queryJson(ds + "/sparql", LABEL_QUERY), "label"));
            List<String[]> attempts = ServingPolicyTest.writeAttempts(ds, base);
            assertEquals(List.of(), ServingPolicyTest.accepted(attempts, null), "writes accepted without credentials");
            assertEquals(List.of(), ServingPolicyTest.accepted(attempts,
                    ServingPolicyTest.basic(EntenteServer.UPDATE_USER, "not the password")), "wrong password");
            assertEquals(before, quads(store), "the store changed");

            String auth = ServingPolicyTest.basic(EntenteServer.UPDATE_USER, ServingPolicyTest.PASSWORD);
            HttpResponse<String> update = ServingPolicyTest.sendAs(auth, "POST", ds + "/update", SPARQL_UPDATE,
                    ServingPolicyTest.INSERT);
            assertTrue(update.statusCode() < 300, update.statusCode() + " " + update.body());
            HttpResponse<String> put = ServingPolicyTest.sendAs(auth, "PUT", ds + "/data-write?graph="
                    + enc("urn:x-test:h"), TURTLE, "<urn:x-test:t> <urn:x-test:p> \"by GSP\" .");
            assertTrue(put.statusCode() < 300, put.statusCode() + " " + put.body());
            assertEquals(SAMPLE_QUADS + 2, countNamedQuadsOverHttp(ds + "/sparql"));
        } finally {
            server.stop();
        }
    }

    @Test
    void rowCapFromTheConfigTakesEffectAsInEntenteServe() throws IOException {
        store = ServeFixtures.sampleStore(storeDir);
        ServeFixtures.addBulk(store.asDatasetGraph(), 50);
        FusekiServer server = FusekiServer.create().port(0).parseConfigFile(configFor(storeDir, "60000", "7"))
                .build();
        server.start();
        try {
            String sparql = "http://localhost:" + server.getHttpPort() + "/entente/sparql";
            assertEquals(7, column(queryJson(sparql, "SELECT ?s { ?s ?p ?o }"), "s").size());
            assertEquals(7, column(queryJson(sparql, "SELECT ?s { ?s ?p ?o } LIMIT 1000"), "s").size());
            assertEquals(3, column(queryJson(sparql, "SELECT ?s { ?s ?p ?o } LIMIT 3"), "s").size());
            assertEquals(7, column(queryJson("http://localhost:" + server.getHttpPort() + "/entente",
                    "SELECT * { GRAPH ?g { ?s ?p ?o } }"), "s").size());
            assertEquals(List.of("54"), column(queryJson(sparql, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "n"),
                    "aggregates see every row; only the answer is capped");
            assertTrue(askResult(queryJson(sparql, "ASK { <" + NORTH_KOREA + "> ?p \"North Korea\"@en }")));
            HttpResponse<String> construct = get(sparql + "?query=" + enc("CONSTRUCT WHERE { ?s ?p ?o }"),
                    "application/n-triples");
            assertEquals(200, construct.statusCode());
            assertEquals(7, construct.body().lines().filter(l -> !l.isBlank()).count());
            HttpResponse<String> graph = get("http://localhost:" + server.getHttpPort() + "/entente/data?graph="
                    + enc("urn:x-arq:UnionGraph"), "application/n-triples");
            assertEquals(200, graph.statusCode());
            assertEquals(54, graph.body().lines().filter(l -> !l.isBlank()).count(), "Graph Store reads are whole");
        } finally {
            server.stop();
        }
    }

    @Test
    void aConfigWithoutTheRowCapEntryIsNotCapped() throws IOException {
        Model model = readConfig();
        only(model, LOCATION).changeObject(storeDir.toAbsolutePath().toString());
        Statement entry = model.listStatements(null, CXT_NAME, FusekiRowCap.MAX_ROWS.getSymbol()).toList().get(0);
        model.removeAll(entry.getSubject(), null, null);
        model.removeAll(null, null, entry.getSubject());
        Path config = configDir.resolve("uncapped.ttl");
        try (OutputStream out = Files.newOutputStream(config)) {
            RDFDataMgr.write(out, model, Lang.TURTLE);
        }
        store = ServeFixtures.sampleStore(storeDir);
        ServeFixtures.addBulk(store.asDatasetGraph(), 50);
        FusekiServer server = FusekiServer.create().port(0).parseConfigFile(config).build();
        server.start();
        try {
            String sparql = "http://localhost:" + server.getHttpPort() + "/entente/sparql";
            assertEquals(54, column(queryJson(sparql, "SELECT ?s { ?s ?p ?o }"), "s").size());
        } finally {
            server.stop();
        }
    }

    @Test
    void queryTimeoutFromTheConfigTakesEffect() throws IOException {
        store = ServeFixtures.sampleStore(storeDir);
        ServeFixtures.addBulk(store.asDatasetGraph(), 60);
        FusekiServer server = FusekiServer.create().port(0).parseConfigFile(configFor(storeDir, "1")).build();
        server.start();
        try {
            String ds = "http://localhost:" + server.getHttpPort() + "/entente";
            HttpResponse<String> response = get(ds + "/sparql?query=" + enc(SLOW_QUERY), SPARQL_JSON);
            assertEquals(503, response.statusCode(), response.body());
        } finally {
            server.stop();
        }
        Literal unchanged = only(readConfig(), LOCATION).getLiteral();
        assertEquals("data/tdb2", unchanged.getString());
    }
}
