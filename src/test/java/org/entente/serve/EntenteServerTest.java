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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;
import org.entente.error.EntenteException;
import org.entente.vocab.EntenteIris;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntenteServerTest {
    @TempDir
    Path storeDir;

    private Dataset store;

    @AfterEach
    void releaseStore() {
        ServeFixtures.release(store);
    }

    private EntenteServer startOnSample(boolean ui) {
        store = ServeFixtures.sampleStore(storeDir);
        return EntenteServer.create().dataset(store).port(0).ui(ui).build().start();
    }

    @Test
    void selectSeesNamedGraphsThroughTheUnionDefaultGraphAsJson() {
        EntenteServer server = startOnSample(false);
        try {
            for (String endpoint : List.of("/sparql", "/query", "")) {
                HttpResponse<String> response = get(server.datasetUrl() + endpoint + "?query=" + enc(LABEL_QUERY),
                        SPARQL_JSON);
                assertEquals(200, response.statusCode(), endpoint + ": " + response.body());
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(SPARQL_JSON),
                        "content type " + response.headers().firstValue("Content-Type"));
                assertEquals(LABELS, column(response.body(), "label"), endpoint);
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void queriesCanBePostedAsSparqlQueryOrForm() {
        EntenteServer server = startOnSample(false);
        try {
            HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                    .header("Content-Type", "application/sparql-query").header("Accept", SPARQL_JSON)
                    .POST(HttpRequest.BodyPublishers.ofString(LABEL_QUERY)));
            assertEquals(200, direct.statusCode(), direct.body());
            assertEquals(LABELS, column(direct.body(), "label"));

            HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(server.datasetUrl()))
                    .header("Content-Type", FORM).header("Accept", SPARQL_JSON)
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(LABEL_QUERY))));
            assertEquals(200, form.statusCode(), form.body());
            assertEquals(LABELS, column(form.body(), "label"));
        } finally {
            server.stop();
        }
    }

    @Test
    void namedGraphsStayAddressableWithGraph() {
        EntenteServer server = startOnSample(false);
        try {
            String json = queryJson(server.datasetUrl() + "/sparql",
                    "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g");
            assertEquals(List.of(ARTICLE_GRAPH, EntenteIris.REFERENCE_GRAPH), column(json, "g"));
            assertEquals(List.of("2", "2"), column(json, "n"));
        } finally {
            server.stop();
        }
    }

    @Test
    void csvResults() {
        EntenteServer server = startOnSample(false);
        try {
            HttpResponse<String> response = get(server.datasetUrl() + "/sparql?query=" + enc(LABEL_QUERY), "text/csv");
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            List<String> lines = response.body().lines().toList();
            assertEquals("label", lines.get(0));
            assertEquals(LABELS, lines.subList(1, lines.size()));
        } finally {
            server.stop();
        }
    }

    @Test
    void askAnswersTrueAndFalse() {
        EntenteServer server = startOnSample(false);
        try {
            String yes = "ASK { <" + NORTH_KOREA + "> <http://www.w3.org/2000/01/rdf-schema#label> \"North Korea\"@en }";
            String no = "ASK { <" + NORTH_KOREA + "> <http://www.w3.org/2000/01/rdf-schema#label> \"Atlantis\"@en }";
            assertTrue(askResult(queryJson(server.datasetUrl() + "/sparql", yes)));
            assertFalse(askResult(queryJson(server.datasetUrl() + "/query", no)));
        } finally {
            server.stop();
        }
    }

    @Test
    void graphStoreReadsWork() {
        EntenteServer server = startOnSample(false);
        try {
            for (String endpoint : List.of("/data", "/get", "")) {
                HttpResponse<String> graph = get(server.datasetUrl() + endpoint + "?graph=" + enc(ARTICLE_GRAPH),
                        "application/n-triples");
                assertEquals(200, graph.statusCode(), endpoint + ": " + graph.body());
                assertEquals(2, graph.body().lines().filter(l -> !l.isBlank()).count(), graph.body());
            }
            HttpResponse<String> union = get(server.datasetUrl() + "/data?graph=" + enc(Quad.unionGraph.getURI()),
                    "application/n-triples");
            assertEquals(200, union.statusCode(), union.body());
            assertEquals(SAMPLE_QUADS, union.body().lines().filter(l -> !l.isBlank()).count(), union.body());

            HttpResponse<String> head = send(HttpRequest.newBuilder(
                    URI.create(server.datasetUrl() + "/get?graph=" + enc(ARTICLE_GRAPH)))
                    .header("Accept", TURTLE).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, head.statusCode());

            HttpResponse<String> storedDefault = get(server.datasetUrl() + "/data?default", TURTLE);
            assertEquals(200, storedDefault.statusCode(), storedDefault.body());

            HttpResponse<String> whole = get(server.datasetUrl(), "application/n-quads");
            assertEquals(200, whole.statusCode(), whole.body());
            assertEquals(SAMPLE_QUADS, whole.body().lines().filter(l -> !l.isBlank()).count(), whole.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void everyWriteIsRefusedAndTheDataIsUnchanged() {
        EntenteServer server = startOnSample(true);
        try {
            List<Quad> before = quads(store);
            assertEquals(SAMPLE_QUADS, before.size());
            String insert = "INSERT DATA { GRAPH <urn:x-test:g> { <urn:x-test:s> <urn:x-test:p> \"injected\" } }";
            String clear = "CLEAR ALL";
            String turtle = "<urn:x-test:s> <urn:x-test:p> \"injected\" .";
            String trig = "<urn:x-test:g> { <urn:x-test:s> <urn:x-test:p> \"injected\" . }";
            String ds = server.datasetUrl();
            String graph = "?graph=" + enc(ARTICLE_GRAPH);
            String newGraph = "?graph=" + enc("urn:x-test:g");
            String boundary = "entente-test-boundary";
            String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\""
                    + "\r\nContent-Type: text/turtle\r\n\r\n" + turtle + "\r\n--" + boundary + "--\r\n";

            List<String[]> attempts = List.of(
                    new String[] {"POST", ds + "/update", SPARQL_UPDATE, insert},
                    new String[] {"POST", ds + "/update", FORM, "update=" + enc(insert)},
                    new String[] {"POST", ds, SPARQL_UPDATE, insert},
                    new String[] {"POST", ds, FORM, "update=" + enc(clear)},
                    new String[] {"POST", ds + "/sparql", SPARQL_UPDATE, insert},
                    new String[] {"POST", ds + "/sparql", FORM, "update=" + enc(clear)},
                    new String[] {"POST", ds + "/query", SPARQL_UPDATE, clear},
                    new String[] {"GET", ds + "/sparql?update=" + enc(clear), null, ""},
                    new String[] {"PUT", ds + "/data?default", TURTLE, turtle},
                    new String[] {"POST", ds + "/data?default", TURTLE, turtle},
                    new String[] {"DELETE", ds + "/data?default", null, ""},
                    new String[] {"PUT", ds + "/data" + graph, TURTLE, turtle},
                    new String[] {"POST", ds + "/data" + newGraph, TURTLE, turtle},
                    new String[] {"DELETE", ds + "/data" + graph, null, ""},
                    new String[] {"PUT", ds + "/get" + graph, TURTLE, turtle},
                    new String[] {"POST", ds + "/get" + newGraph, TURTLE, turtle},
                    new String[] {"DELETE", ds + "/get" + graph, null, ""},
                    new String[] {"PUT", ds + graph, TURTLE, turtle},
                    new String[] {"POST", ds + newGraph, TURTLE, turtle},
                    new String[] {"DELETE", ds + graph, null, ""},
                    new String[] {"PUT", ds, "application/trig", trig},
                    new String[] {"POST", ds, "application/trig", trig},
                    new String[] {"POST", ds, TURTLE, turtle},
                    new String[] {"DELETE", ds, null, ""},
                    new String[] {"PATCH", ds, "application/rdf-patch", "A <urn:x-test:s> <urn:x-test:p> \"x\" ."},
                    new String[] {"POST", ds + "/upload", "multipart/form-data; boundary=" + boundary, multipart},
                    new String[] {"POST", ds + "/patch", "application/rdf-patch", "A <urn:x-test:s> <urn:x-test:p> \"x\" ."},
                    new String[] {"POST", server.baseUrl() + "/$/datasets", FORM, "dbName=evil&dbType=mem"},
                    new String[] {"DELETE", server.baseUrl() + "/$/datasets" + server.datasetName(), null, ""},
                    new String[] {"POST", server.baseUrl() + "/$/backup" + server.datasetName(), null, ""},
                    new String[] {"POST", server.baseUrl() + "/$/compact" + server.datasetName(), null, ""},
                    new String[] {"POST", server.baseUrl() + "/$/server", FORM, ""},
                    new String[] {"PUT", server.baseUrl() + "/index.html", "text/html", "<html></html>"},
                    new String[] {"PUT", server.baseUrl() + "/evil.html", "text/html", "<html></html>"});

            List<String> accepted = new ArrayList<>();
            for (String[] attempt : attempts) {
                HttpResponse<String> response;
                try {
                    response = send(attempt[0], attempt[1], attempt[2], attempt[3]);
                } catch (IllegalStateException e) {
                    throw new AssertionError(attempt[0] + " " + attempt[1] + ": " + e.getMessage(), e);
                }
                if (response.statusCode() < 400) {
                    accepted.add(attempt[0] + " " + attempt[1] + " -> " + response.statusCode());
                }
            }
            assertEquals(List.of(), accepted, "write requests that were not refused");
            assertEquals(before, quads(store), "the store changed");
            assertEquals(SAMPLE_QUADS, countNamedQuadsOverHttp(ds + "/sparql"));
            assertEquals(404, get(server.baseUrl() + "/evil.html", "text/html").statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void uiIsServedAtTheRootWithWhatItNeedsToQuery() {
        EntenteServer server = startOnSample(true);
        try {
            HttpResponse<String> root = get(server.baseUrl() + "/", "text/html");
            assertEquals(200, root.statusCode());
            assertTrue(root.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(root.body().contains("<html"), root.body());
            assertTrue(root.body().contains("<div id=\"app\">"), root.body());

            Matcher script = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(root.body());
            assertTrue(script.find(), "the UI page names its script");
            HttpResponse<String> js = get(server.baseUrl() + "/" + script.group(1), "*/*");
            assertEquals(200, js.statusCode());
            assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"));

            assertEquals(200, get(server.baseUrl() + "/$/ping", "text/plain").statusCode());
            HttpResponse<String> status = get(server.baseUrl() + "/$/server", "application/json");
            assertEquals(200, status.statusCode(), status.body());
            JsonObject dataset = onlyDataset(status.body());
            assertEquals(server.datasetName(), dataset.get("ds.name").getAsString());
            List<String> operations = new ArrayList<>();
            String firstQueryEndpoint = null;
            for (JsonElement service : dataset.getAsJsonArray("ds.services")) {
                JsonObject srv = service.getAsJsonObject();
                String type = srv.get("srv.type").getAsString();
                operations.add(type);
                if (type.equals("query")) {
                    firstQueryEndpoint = srv.getAsJsonArray("srv.endpoints").get(0).getAsString();
                }
            }
            assertEquals(List.of("gsp-r", "query"), operations.stream().sorted().distinct().toList(), status.body());
            assertNotNull(firstQueryEndpoint);
            assertEquals(LABELS, column(queryJson(server.datasetUrl() + "/" + firstQueryEndpoint, LABEL_QUERY),
                    "label"), "the UI queries " + server.datasetName() + "/" + firstQueryEndpoint);

            HttpResponse<String> stats = get(server.baseUrl() + "/$/stats" + server.datasetName(), "application/json");
            assertEquals(200, stats.statusCode(), stats.body());
            assertEquals(404, get(server.baseUrl() + "/$/datasets", "application/json").statusCode());
        } finally {
            server.stop();
        }
    }

    private static JsonObject onlyDataset(String serverJson) {
        JsonArray datasets = JsonParser.parseString(serverJson).getAsJsonObject().getAsJsonArray("datasets");
        assertEquals(1, datasets.size(), serverJson);
        return datasets.get(0).getAsJsonObject();
    }

    @Test
    void withoutUiTheRootAndStatusPagesAreAbsent() {
        EntenteServer server = startOnSample(false);
        try {
            assertEquals(404, get(server.baseUrl() + "/", "text/html").statusCode());
            assertEquals(404, get(server.baseUrl() + "/$/server", "application/json").statusCode());
            assertEquals(200, get(server.baseUrl() + "/$/ping", "text/plain").statusCode());
            assertEquals(LABELS, column(queryJson(server.datasetUrl() + "/sparql", LABEL_QUERY), "label"));
        } finally {
            server.stop();
        }
    }

    @Test
    void corsAllowsBrowserClientsFromOtherOrigins() {
        EntenteServer server = startOnSample(false);
        try {
            String url = server.datasetUrl() + "/sparql";
            HttpResponse<String> simple = send(HttpRequest.newBuilder(URI.create(url + "?query=" + enc(LABEL_QUERY)))
                    .header("Accept", SPARQL_JSON).header("Origin", "http://example.org").GET());
            assertEquals(200, simple.statusCode());
            String allowed = simple.headers().firstValue("Access-Control-Allow-Origin").orElse("");
            assertTrue(allowed.equals("*") || allowed.equals("http://example.org"), "allow-origin: " + allowed);

            HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(url))
                    .header("Origin", "http://example.org")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "Content-Type")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertTrue(preflight.statusCode() < 300, "preflight status " + preflight.statusCode());
            String methods = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
            assertTrue(methods.toUpperCase(Locale.ROOT).contains("POST"), "allow-methods: " + methods);
        } finally {
            server.stop();
        }
    }

    @Test
    void queryTimeoutStopsLongQueries() {
        store = ServeFixtures.sampleStore(storeDir);
        ServeFixtures.addBulk(store.asDatasetGraph(), 60);
        EntenteServer server = EntenteServer.create().dataset(store).port(0).ui(false).queryTimeoutMillis(1).build();
        server.start();
        try {
            HttpResponse<String> response = get(server.datasetUrl() + "/sparql?query=" + enc(SLOW_QUERY), SPARQL_JSON);
            assertEquals(503, response.statusCode(), response.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void callersDatasetContextIsLeftAlone() {
        EntenteServer server = startOnSample(false);
        server.stop();
        assertFalse(store.getContext().isDefined(TDB2.symUnionDefaultGraph));
    }

    @Test
    void inMemoryDatasetGetsAUnionDefaultGraphToo() {
        Dataset memory = DatasetFactory.createTxnMem();
        ServeFixtures.addSample(memory.asDatasetGraph());
        EntenteServer server = EntenteServer.create().dataset(memory).port(0).ui(false).build().start();
        try {
            assertEquals(LABELS, column(queryJson(server.datasetUrl() + "/sparql", LABEL_QUERY), "label"));
            HttpResponse<String> defaultGraph = get(server.datasetUrl() + "/data?default", "application/n-triples");
            assertEquals(200, defaultGraph.statusCode());
            assertEquals(SAMPLE_QUADS, defaultGraph.body().lines().filter(l -> !l.isBlank()).count());
            HttpResponse<String> update = send("POST", server.datasetUrl(), SPARQL_UPDATE, "CLEAR ALL");
            assertTrue(update.statusCode() >= 400);
            assertEquals(SAMPLE_QUADS, quads(memory).size());
        } finally {
            server.stop();
        }
    }

    @Test
    void buildChecksItsInputs() {
        Dataset memory = DatasetFactory.createTxnMem();
        assertThrows(IllegalStateException.class, () -> EntenteServer.create().build());
        assertThrows(IllegalArgumentException.class, () -> EntenteServer.create().dataset(memory).port(-1).build());
        assertThrows(IllegalArgumentException.class, () -> EntenteServer.create().dataset(memory).port(65_536).build());
        for (String name : List.of("entente", "/", "/$", "/$/x", "/a/b", "/a b", "")) {
            assertThrows(IllegalArgumentException.class,
                    () -> EntenteServer.create().dataset(memory).datasetName(name).build(), name);
        }
        assertThrows(NullPointerException.class, () -> EntenteServer.create().dataset(memory).datasetName(null).build());
        assertThrows(IllegalArgumentException.class,
                () -> EntenteServer.create().dataset(memory).queryTimeoutMillis(0).build());
    }

    @Test
    void lifecycleIsStartOnceThenStop() {
        Dataset memory = DatasetFactory.createTxnMem();
        EntenteServer server = EntenteServer.create().dataset(memory).port(0).ui(false).datasetName("/news").build();
        assertThrows(IllegalStateException.class, server::port);
        server.start();
        try {
            assertTrue(server.port() > 0);
            assertEquals("http://localhost:" + server.port(), server.baseUrl());
            assertEquals(server.baseUrl() + "/news", server.datasetUrl());
            assertThrows(IllegalStateException.class, server::start);
        } finally {
            server.stop();
        }
        server.stop();
        assertThrows(IllegalStateException.class, server::port);
        assertThrows(IllegalStateException.class, server::start);
    }

    @Test
    void aBusyPortIsReportedWithThePort() {
        Dataset memory = DatasetFactory.createTxnMem();
        try (EntenteServer first = EntenteServer.create().dataset(memory).port(0).ui(false).build().start()) {
            EntenteServer second = EntenteServer.create().dataset(memory).port(first.port()).ui(false).build();
            EntenteException e = assertThrows(EntenteException.class, second::start);
            assertTrue(e.getMessage().contains(Integer.toString(first.port())), e.getMessage());
            second.stop();
        }
    }
}
