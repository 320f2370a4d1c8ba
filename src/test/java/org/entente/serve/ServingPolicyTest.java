package org.entente.serve;

import static org.entente.serve.ServeFixtures.ARTICLE_GRAPH;
import static org.entente.serve.ServeFixtures.FORM;
import static org.entente.serve.ServeFixtures.LABELS;
import static org.entente.serve.ServeFixtures.LABEL_QUERY;
import static org.entente.serve.ServeFixtures.SAMPLE_QUADS;
import static org.entente.serve.ServeFixtures.SLOW_QUERY;
import static org.entente.serve.ServeFixtures.SPARQL_JSON;
import static org.entente.serve.ServeFixtures.SPARQL_UPDATE;
import static org.entente.serve.ServeFixtures.TURTLE;
import static org.entente.serve.ServeFixtures.column;
import static org.entente.serve.ServeFixtures.enc;
import static org.entente.serve.ServeFixtures.get;
import static org.entente.serve.ServeFixtures.queryJson;
import static org.entente.serve.ServeFixtures.quads;
import static org.entente.serve.ServeFixtures.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serving policy: public reads, writes only with the operator's password, row cap and timeout. */
class ServingPolicyTest {
    static final String PASSWORD = "correct horse battery staple";
    static final String INSERT = "INSERT DATA { GRAPH <urn:x-test:g> { <urn:x-test:s> <urn:x-test:p> \"injected\" } }";

    @TempDir
    Path storeDir;

    private Dataset store;

    @AfterEach
    void releaseStore() {
        ServeFixtures.release(store);
    }

    private EntenteServer startWithUpdate() {
        store = ServeFixtures.sampleStore(storeDir);
        return EntenteServer.create().dataset(store).port(0).ui(true).updatePassword(PASSWORD).build().start();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> sendAs(String authorization, String method, String url, String contentType,
            String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** Every way to write that a client could try, at the write endpoints and at every public one. */
    static List<String[]> writeAttempts(String ds, String base) {
        String clear = "CLEAR ALL";
        String turtle = "<urn:x-test:s> <urn:x-test:p> \"injected\" .";
        String trig = "<urn:x-test:g> { <urn:x-test:s> <urn:x-test:p> \"injected\" . }";
        String graph = "?graph=" + enc(ARTICLE_GRAPH);
        String newGraph = "?graph=" + enc("urn:x-test:g");
        String boundary = "entente-test-boundary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\""
                + "\r\nContent-Type: text/turtle\r\n\r\n" + turtle + "\r\n--" + boundary + "--\r\n";
        List<String[]> attempts = new ArrayList<>();
        for (String endpoint : List.of("/update", "/sparql", "/query", "", "/data", "/get", "/data-write", "/upload")) {
            attempts.add(new String[] {"POST", ds + endpoint, SPARQL_UPDATE, INSERT});
            attempts.add(new String[] {"POST", ds + endpoint, FORM, "update=" + enc(clear)});
            attempts.add(new String[] {"GET", ds + endpoint + "?update=" + enc(clear), null, ""});
        }
        for (String endpoint : List.of("/data", "/get", "", "/data-write")) {
            attempts.add(new String[] {"PUT", ds + endpoint + "?default", TURTLE, turtle});
            attempts.add(new String[] {"POST", ds + endpoint + "?default", TURTLE, turtle});
            attempts.add(new String[] {"DELETE", ds + endpoint + "?default", null, ""});
            attempts.add(new String[] {"PUT", ds + endpoint + graph, TURTLE, turtle});
            attempts.add(new String[] {"POST", ds + endpoint + newGraph, TURTLE, turtle});
            attempts.add(new String[] {"DELETE", ds + endpoint + graph, null, ""});
            attempts.add(new String[] {"PUT", ds + endpoint, "application/trig", trig});
            attempts.add(new String[] {"POST", ds + endpoint, "application/trig", trig});
            attempts.add(new String[] {"DELETE", ds + endpoint, null, ""});
            attempts.add(new String[] {"POST", ds + endpoint, "multipart/form-data; boundary=" + boundary, multipart});
        }
        attempts.add(new String[] {"PATCH", ds, "application/rdf-patch", "A <urn:x-test:s> <urn:x-test:p> \"x\" ."});
        attempts.add(new String[] {"POST", ds + "/patch", "application/rdf-patch", "A <urn:x-test:s> <urn:x-test:p> \"x\" ."});
        attempts.add(new String[] {"POST", base + "/$/datasets", FORM, "dbName=evil&dbType=mem"});
        attempts.add(new String[] {"DELETE", base + "/$/datasets/entente", null, ""});
        return attempts;
    }

    /** The attempts that were not refused, as "METHOD URL -> status". */
    static List<String> accepted(List<String[]> attempts, String authorization) {
        List<String> accepted = new ArrayList<>();
        for (String[] attempt : attempts) {
            HttpResponse<String> response = sendAs(authorization, attempt[0], attempt[1], attempt[2], attempt[3]);
            if (response.statusCode() < 400) {
                accepted.add(attempt[0] + " " + attempt[1] + " -> " + response.statusCode());
            }
        }
        return accepted;
    }

    @Test
    void withAnUpdatePasswordEveryWriteWithoutCredentialsIsRefused() {
        EntenteServer server = startWithUpdate();
        try {
            List<Quad> before = quads(store);
            List<String[]> attempts = writeAttempts(server.datasetUrl(), server.baseUrl());
            assertEquals(List.of(), accepted(attempts, null), "writes accepted without credentials");
            assertEquals(before, quads(store), "the store changed");
            HttpResponse<String> challenge = sendAs(null, "POST", server.datasetUrl() + "/update", SPARQL_UPDATE, INSERT);
            assertEquals(401, challenge.statusCode());
            assertTrue(challenge.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                    challenge.headers().map().toString());
        } finally {
            server.stop();
        }
    }

    @Test
    void aWrongPasswordOrUserIsRefused() {
        EntenteServer server = startWithUpdate();
        try {
            List<Quad> before = quads(store);
            List<String[]> attempts = writeAttempts(server.datasetUrl(), server.baseUrl());
            for (String authorization : List.of(basic(EntenteServer.UPDATE_USER, PASSWORD + "x"),
                    basic(EntenteServer.UPDATE_USER, ""), basic("admin", PASSWORD),
                    basic(EntenteServer.UPDATE_USER, PASSWORD.toUpperCase(Locale.ROOT)))) {
                assertEquals(List.of(), accepted(attempts, authorization), "writes accepted with " + authorization);
            }
            assertEquals(401, sendAs(basic("admin", PASSWORD), "POST", server.datasetUrl() + "/update",
                    SPARQL_UPDATE, INSERT).statusCode());
            assertEquals(before, quads(store), "the store changed");
        } finally {
            server.stop();
        }
    }

    @Test
    void theRightPasswordWritesAndQueriesSeeIt() {
        EntenteServer server = startWithUpdate();
        try {
            String auth = basic(EntenteServer.UPDATE_USER, PASSWORD);
            String ds = server.datasetUrl();
            assertEquals(LABELS, column(queryJson(ds + "/sparql", LABEL_QUERY), "label"), "union default graph");

            HttpResponse<String> update = sendAs(auth, "POST", ds + "/update", SPARQL_UPDATE,
                    "INSERT DATA { GRAPH <urn:x-test:g> { <urn:x-test:s> <http://www.w3.org/2000/01/rdf-schema#label>"
                            + " \"Added by update\" } }");
            assertTrue(update.statusCode() < 300, update.statusCode() + " " + update.body());
            List<String> expected = new ArrayList<>(List.of("Added by update"));
            expected.addAll(LABELS);
            assertEquals(expected, column(queryJson(ds + "/sparql", LABEL_QUERY), "label"));

            HttpResponse<String> put = sendAs(auth, "PUT", ds + "/data-write?graph=" + enc("urn:x-test:h"), TURTLE,
                    "<urn:x-test:t> <http://www.w3.org/2000/01/rdf-schema#label> \"Added by GSP\" .");
            assertTrue(put.statusCode() < 300, put.statusCode() + " " + put.body());
            assertEquals(List.of("Added by GSP"), column(queryJson(ds + "/query",
                    "SELECT ?l { GRAPH <urn:x-test:h> { ?s ?p ?l } }"), "l"));
            assertEquals(SAMPLE_QUADS + 2, quads(store).size());

            HttpResponse<String> delete = sendAs(auth, "DELETE", ds + "/data-write?graph=" + enc("urn:x-test:h"),
                    null, "");
            assertTrue(delete.statusCode() < 300, delete.statusCode() + " " + delete.body());
            assertEquals(SAMPLE_QUADS + 1, quads(store).size());

            HttpResponse<String> notOnQuery = sendAs(auth, "POST", ds + "/sparql", SPARQL_UPDATE, "CLEAR ALL");
            assertTrue(notOnQuery.statusCode() >= 400, "update through the query endpoint: " + notOnQuery.statusCode());
            assertEquals(SAMPLE_QUADS + 1, quads(store).size());
        } finally {
            server.stop();
        }
    }

    @Test
    void withoutAPasswordThereIsNoWriteEndpointEvenWithCredentials() {
        store = ServeFixtures.sampleStore(storeDir);
        EntenteServer server = EntenteServer.create().dataset(store).port(0).ui(false).build().start();
        try {
            List<Quad> before = quads(store);
            String auth = basic(EntenteServer.UPDATE_USER, PASSWORD);
            assertEquals(List.of(), accepted(writeAttempts(server.datasetUrl(), server.baseUrl()), auth));
            assertEquals(404, sendAs(auth, "POST", server.datasetUrl() + "/update", SPARQL_UPDATE, INSERT).statusCode());
            assertEquals(404, sendAs(auth, "GET", server.datasetUrl() + "/data-write?default", null, "").statusCode());
            assertEquals(before, quads(store));
        } finally {
            server.stop();
        }
    }

    @Test
    void resultsAreCappedAtMaxRows() {
        store = ServeFixtures.sampleStore(storeDir);
        ServeFixtures.addBulk(store.asDatasetGraph(), 50);
        EntenteServer server = EntenteServer.create().dataset(store).port(0).ui(false).maxRows(7)
                .updatePassword(PASSWORD).build().start();
        try {
            String sparql = server.datasetUrl() + "/sparql";
            assertEquals(7, column(queryJson(sparql, "SELECT ?s { ?s ?p ?o }"), "s").size());
            assertEquals(7, column(queryJson(server.datasetUrl(), "SELECT ?s { ?s ?p ?o } LIMIT 1000"), "s").size());
            assertEquals(3, column(queryJson(sparql, "SELECT ?s { ?s ?p ?o } LIMIT 3"), "s").size());
            assertEquals(List.of("54"), column(queryJson(sparql, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "n"),
                    "aggregates see every row; only the answer is capped");
            HttpResponse<String> construct = get(sparql + "?query=" + enc("CONSTRUCT WHERE { ?s ?p ?o }"),
                    "application/n-triples");
            assertEquals(200, construct.statusCode());
            assertEquals(7, construct.body().lines().filter(l -> !l.isBlank()).count());
            HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(sparql))
                    .header("Content-Type", FORM).header("Accept", SPARQL_JSON)
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + enc("SELECT * { GRAPH ?g { ?s ?p ?o } }"))));
            assertEquals(7, column(post.body(), "s").size());
        } finally {
            server.stop();
        }
    }

    @Test
    void theTimeoutHoldsWithTheWriteEndpointsToo() {
        store = ServeFixtures.sampleStore(storeDir);
        ServeFixtures.addBulk(store.asDatasetGraph(), 60);
        EntenteServer server = EntenteServer.create().dataset(store).port(0).ui(false).queryTimeoutMillis(1)
                .updatePassword(PASSWORD).build().start();
        try {
            HttpResponse<String> response = get(server.datasetUrl() + "/sparql?query=" + enc(SLOW_QUERY), SPARQL_JSON);
            assertEquals(503, response.statusCode(), response.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void inMemoryDatasetWithUpdateKeepsTheUnionDefaultGraph() {
        Dataset memory = DatasetFactory.createTxnMem();
        ServeFixtures.addSample(memory.asDatasetGraph());
        EntenteServer server = EntenteServer.create().dataset(memory).port(0).ui(false).updatePassword(PASSWORD)
                .build().start();
        try {
            assertEquals(LABELS, column(queryJson(server.datasetUrl() + "/sparql", LABEL_QUERY), "label"));
            assertEquals(401, sendAs(null, "POST", server.datasetUrl() + "/update", SPARQL_UPDATE, "CLEAR ALL")
                    .statusCode());
            assertEquals(SAMPLE_QUADS, quads(memory).size());
        } finally {
            server.stop();
        }
    }

    @Test
    void buildChecksTheLimitsAndThePassword() {
        Dataset memory = DatasetFactory.createTxnMem();
        assertThrows(IllegalArgumentException.class, () -> EntenteServer.create().dataset(memory).maxRows(0).build());
        assertThrows(IllegalArgumentException.class, () -> EntenteServer.create().dataset(memory).maxRows(-5).build());
        for (String bad : List.of("", "short", "elevenchars", " leading space x", "trailing space x ",
                "line\nbreak in it", "tab\tinside password")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> EntenteServer.create().dataset(memory).ui(false).updatePassword(bad).build(), bad);
            assertNotEquals(-1, e.getMessage().indexOf("password"), e.getMessage());
            assertTrue(!e.getMessage().contains(bad) || bad.isEmpty(), "the message repeats the password");
        }
        EntenteServer.create().dataset(memory).ui(false).updatePassword("twelve chars").build().stop();
    }
}
