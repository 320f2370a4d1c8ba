package org.entente.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.pipeline.SeedFixture;
import org.entente.serve.EntenteServer;
import org.entente.store.EntenteStore;
import org.entente.vocab.EntenteIris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server under load: {@value #READERS} SPARQL clients on the loopback interface query for a bounded
 * time (system property {@code entente.load.seconds}, default 10 in the build; -Dentente.load.seconds=60 for the full run) while a writer in the same JVM keeps replacing and
 * adding article graphs in the served TDB2 store. Every reader checks, in one query per check, that each load graph
 * it sees holds exactly the article's quad count: a half-written article would show a smaller number. Latencies are
 * printed, never asserted.
 */
class ServeUnderLoadTest {
    static final int READERS = 16;
    /** Distinct graph IRIs the writer cycles through: the first writes add graphs, the later ones replace them. */
    static final int GRAPH_SLOTS = 40;
    static final String LOAD_PREFIX = EntenteIris.articleGraph("load-");
    static final String VERSION = EntenteIris.BASE + "test/loadVersion";
    static final List<String> COMPETENCY = List.of("articles", "actors", "deployments", "alliances", "statements",
            "provenance");

    @TempDir
    Path storeDir;

    @Test
    void readersNeverSeeHalfAnArticleWhileTheStoreIsWritten() throws Exception {
        long seconds = Long.parseLong(System.getProperty("entente.load.seconds", "10"));
        assertTrue(seconds > 0 && seconds <= 3600, "entente.load.seconds must be 1..3600, not " + seconds);
        List<Quad> template = seedArticleQuads();
        int perGraph = template.size() + 1;
        List<String> competency = new ArrayList<>();
        for (String name : COMPETENCY) {
            competency.add(Files.readString(SeedFixture.repo().resolve("queries").resolve(name + ".rq")));
        }
        String check = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \""
                + LOAD_PREFIX + "\")) } GROUP BY ?g";

        EntenteStore store = EntenteStore.open(storeDir);
        Dataset dataset = store.dataset();
        EntenteServer server = EntenteServer.create().dataset(dataset).port(0).ui(false).graphView(false).build();
        server.start();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong writes = new AtomicLong();
        AtomicLong checks = new AtomicLong();
        AtomicLong graphsSeenMax = new AtomicLong();
        try {
            String endpoint = server.datasetUrl() + "/sparql";
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            Thread writer = new Thread(() -> {
                awaitQuietly(go);
                long i = 0;
                while (System.nanoTime() < deadline) {
                    try {
                        Node graph = NodeFactory.createURI(LOAD_PREFIX + (i % GRAPH_SLOTS));
                        store.replaceArticle(graph, version(template, graph, i));
                        writes.incrementAndGet();
                        i++;
                    } catch (RuntimeException e) {
                        errors.add("writer: " + e);
                        return;
                    }
                }
            }, "load-writer");
            threads.add(writer);
            for (int r = 0; r < READERS; r++) {
                int reader = r;
                threads.add(new Thread(() -> {
                    awaitQuietly(go);
                    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10)).build();
                    long[] mine = new long[1 << 20];
                    int count = 0;
                    int lastGraphs = 0;
                    long q = reader;
                    while (System.nanoTime() < deadline && count < mine.length) {
                        boolean isCheck = q % 4 != 3;
                        String query = isCheck ? check : competency.get((int) (q / 4 % competency.size()));
                        q++;
                        long start = System.nanoTime();
                        String body;
                        try {
                            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(endpoint))
                                    .timeout(Duration.ofSeconds(60))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("Accept", "application/sparql-results+json")
                                    .POST(HttpRequest.BodyPublishers.ofString("query="
                                            + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            mine[count++] = System.nanoTime() - start;
                            if (response.statusCode() != 200) {
                                errors.add("reader " + reader + ": HTTP " + response.statusCode() + " "
                                        + response.body());
                                continue;
                            }
                            body = response.body();
                        } catch (IOException e) {
                            errors.add("reader " + reader + ": " + e);
                            continue;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            errors.add("reader " + reader + " interrupted");
                            break;
                        }
                        try {
                            Map<String, Integer> counts = graphCounts(body, isCheck);
                            if (!isCheck) {
                                continue;
                            }
                            checks.incrementAndGet();
                            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                                if (e.getValue() != perGraph) {
                                    errors.add("reader " + reader + ": torn read, " + e.getKey() + " has "
                                            + e.getValue() + " quads, not " + perGraph);
                                }
                            }
                            if (counts.size() < lastGraphs) {
                                errors.add("reader " + reader + ": saw " + counts.size() + " graphs after "
                                        + lastGraphs + " (graphs are never removed)");
                            }
                            lastGraphs = counts.size();
                            graphsSeenMax.accumulateAndGet(lastGraphs, Math::max);
                        } catch (RuntimeException e) {
                            errors.add("reader " + reader + ": unreadable answer " + e);
                        }
                    }
                    latencies.add(Arrays.copyOf(mine, count));
                }, "load-reader-" + r));
            }
            threads.forEach(Thread::start);
            go.countDown();
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(seconds + 120).toMillis());
                assertTrue(!thread.isAlive(), thread.getName() + " did not stop");
            }
        } finally {
            server.stop();
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("load test: %d s, %d readers, %d queries (%d torn-read checks, %.0f queries/s), %d errors,"
                + " p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d article writes of %d quads, up to %d load graphs seen%n",
                seconds, READERS, all.length, checks.get(), all.length / (double) seconds, errors.size(),
                percentile(all, 50), percentile(all, 99), all.length == 0 ? 0.0 : all[all.length - 1] / 1e6,
                writes.get(), perGraph, graphsSeenMax.get());
        try {
            assertEquals(List.of(), errors.stream().limit(20).toList(), errors.size() + " errors");
            assertTrue(all.length > 0 && checks.get() > 0, "no query was answered");
            assertTrue(writes.get() > 0, "the writer wrote nothing");
            Map<String, Integer> finalCounts = Txn.calculateRead(dataset, () -> {
                Map<String, Integer> counts = new TreeMap<>();
                dataset.asDatasetGraph().find().forEachRemaining(quad -> {
                    if (quad.getGraph().getURI().startsWith(LOAD_PREFIX)) {
                        counts.merge(quad.getGraph().getURI(), 1, Integer::sum);
                    }
                });
                return counts;
            });
            assertEquals(Math.min(writes.get(), GRAPH_SLOTS), finalCounts.size());
            assertTrue(finalCounts.values().stream().allMatch(n -> n == perGraph), finalCounts.toString());
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph(), true);
        }
    }

    /** The seed article's own graph (not the reference graph), extracted once by the shared fixture. */
    private static List<Quad> seedArticleQuads() {
        Dataset seed = SeedFixture.store().dataset();
        List<Quad> quads = Txn.calculateRead(seed, () -> {
            List<Quad> found = new ArrayList<>();
            seed.asDatasetGraph().find().forEachRemaining(q -> {
                if (!q.getGraph().getURI().equals(EntenteIris.REFERENCE_GRAPH)) {
                    found.add(q);
                }
            });
            return found;
        });
        long graphs = quads.stream().map(Quad::getGraph).distinct().count();
        assertEquals(1, graphs, "the seed store should hold one article graph");
        assertTrue(quads.size() > 50, "the seed article graph is too small to test: " + quads.size());
        return quads;
    }

    /** The article's quads moved into {@code graph}, plus one quad naming this write, so every write differs. */
    private static List<Quad> version(List<Quad> template, Node graph, long version) {
        List<Quad> quads = new ArrayList<>(template.size() + 1);
        for (Quad q : template) {
            quads.add(Quad.create(graph, q.getSubject(), q.getPredicate(), q.getObject()));
        }
        quads.add(Quad.create(graph, graph, NodeFactory.createURI(VERSION),
                NodeFactory.createLiteralString(Long.toString(version))));
        return quads;
    }

    /** For a check query, each graph's count; for another query, only that the answer is SPARQL JSON. */
    private static Map<String, Integer> graphCounts(String json, boolean isCheck) {
        JsonObject results = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("results");
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonElement binding : results.getAsJsonArray("bindings")) {
            if (isCheck) {
                JsonObject row = binding.getAsJsonObject();
                counts.put(row.getAsJsonObject("g").get("value").getAsString(),
                        Integer.parseInt(row.getAsJsonObject("n").get("value").getAsString()));
            }
        }
        return counts;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
