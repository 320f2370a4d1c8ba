package org.entente.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.vocab.EntenteIris;

/** Small test data in two named graphs, TDB2 stores in temporary folders, and plain HTTP calls. */
final class ServeFixtures {
    static final String ARTICLE_GRAPH = EntenteIris.articleGraph("sample-article");
    static final String ARTICLE = EntenteIris.article("sample-article");
    static final String NORTH_KOREA = EntenteIris.actor("state", "north-korea");
    static final String RUSSIA = EntenteIris.actor("state", "russia");
    /** The labels of the sample data, in order; two in the reference graph and one in the article graph. */
    static final List<String> LABELS = List.of("North Korea", "Russia", "Sample article");
    static final int SAMPLE_QUADS = 4;
    static final String LABEL_QUERY = "PREFIX rdfs: <" + RDFS.getURI() + ">\n"
            + "SELECT ?label WHERE { ?s rdfs:label ?label } ORDER BY ?label";

    static final String SPARQL_JSON = "application/sparql-results+json";
    static final String SPARQL_UPDATE = "application/sparql-update";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String TURTLE = "text/turtle";

    private ServeFixtures() {
    }

    /** A new TDB2 store in {@code dir} holding the sample quads. */
    static Dataset sampleStore(Path dir) {
        Dataset dataset = TDB2Factory.connectDataset(dir.toString());
        addSample(dataset.asDatasetGraph());
        return dataset;
    }

    static void addSample(DatasetGraph dsg) {
        Node reference = NodeFactory.createURI(EntenteIris.REFERENCE_GRAPH);
        Node article = NodeFactory.createURI(ARTICLE_GRAPH);
        Node label = RDFS.label.asNode();
        Txn.executeWrite(dsg, () -> {
            dsg.add(reference, uri(NORTH_KOREA), label, NodeFactory.createLiteralLang("North Korea", "en"));
            dsg.add(reference, uri(RUSSIA), label, NodeFactory.createLiteralLang("Russia", "en"));
            dsg.add(article, uri(ARTICLE), RDF.type.asNode(), uri("https://schema.org/NewsArticle"));
            dsg.add(article, uri(ARTICLE), label, NodeFactory.createLiteralLang("Sample article", "en"));
        });
    }

    /** Adds {@code count} triples to one named graph, enough for a cross product that cannot finish at once. */
    static void addBulk(DatasetGraph dsg, int count) {
        Node graph = NodeFactory.createURI(EntenteIris.articleGraph("bulk"));
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < count; i++) {
                dsg.add(graph, uri(EntenteIris.article("bulk") + "/statement-" + i), RDFS.comment.asNode(),
                        NodeFactory.createLiteralString("comment " + i));
            }
        });
    }

    /** A SELECT whose answer needs a four-way cross product of every triple. */
    static final String SLOW_QUERY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    /** Every quad in the store, named graphs and stored default graph. */
    static List<Quad> quads(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<Quad> all = new ArrayList<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    /** Lets go of a TDB2 store so its temporary folder can be removed. */
    static void release(Dataset dataset) {
        if (dataset != null && TDB2Factory.isTDB2(dataset)) {
            TDBInternal.expel(dataset.asDatasetGraph(), true);
        }
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    static HttpResponse<String> send(String method, String url, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /**
     * A client for one request. Fuseki answers some refused requests before reading their body and then closes
     * the connection, so a pooled connection could be dead when the next request picks it up.
     */
    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return newClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("HTTP request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The values of variable {@code var} in a SPARQL JSON result, in order. */
    static List<String> column(String sparqlJson, String var) {
        JsonObject results = JsonParser.parseString(sparqlJson).getAsJsonObject().getAsJsonObject("results");
        List<String> values = new ArrayList<>();
        for (JsonElement binding : results.getAsJsonArray("bindings")) {
            values.add(binding.getAsJsonObject().getAsJsonObject(var).get("value").getAsString());
        }
        return values;
    }

    static boolean askResult(String sparqlJson) {
        return JsonParser.parseString(sparqlJson).getAsJsonObject().get("boolean").getAsBoolean();
    }

    /** A query sent with GET to {@code endpoint}, answered as SPARQL JSON; fails unless the status is 200. */
    static String queryJson(String endpoint, String query) {
        HttpResponse<String> response = get(endpoint + "?query=" + enc(query), SPARQL_JSON);
        if (response.statusCode() != 200) {
            throw new AssertionError("Query to " + endpoint + " gave " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The number of quads in named graphs as a client sees it: a count over GRAPH ?g. */
    static int countNamedQuadsOverHttp(String endpoint) {
        String json = queryJson(endpoint, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        return Integer.parseInt(column(json, "n").get(0));
    }
}
