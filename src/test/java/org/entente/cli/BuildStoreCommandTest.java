package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.entente.bench.SyntheticCorpus;
import org.entente.identity.EventIdentity;
import org.entente.load.BatchLoader;
import org.entente.pipeline.SeedFixture;
import org.entente.serve.EntenteServer;
import org.entente.store.EntenteStore;
import org.entente.store.StoreStatistics;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteIris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente build-store} end to end: shards made from real extraction output (the seed article, through
 * {@code entente extract}) and from synthetic article graphs, gzip and plain, built with {@code tdb2.xloader} and with
 * the phased loader, give the store that {@code entente load} and the loader API make from the same articles, graph for
 * graph (the events graph included), and the built store answers SPARQL over HTTP. Bad input is refused, naming it,
 * and leaves nothing behind.
 */
class BuildStoreCommandTest {
    private static final Node EVENTS = NodeFactory.createURI(EntenteIris.EVENTS_GRAPH);
    private static final int SYNTHETIC = 80;
    /** The system property that names Jena's distribution ({@code JenaDistribution}). */
    private static final String JENA_HOME = "entente.jenaHome";
    private static final String EVENT_COUNT = "SELECT (COUNT(?e) AS ?n) WHERE { GRAPH <" + EntenteIris.EVENTS_GRAPH
            + "> { ?e a <" + ENT.CONSOLIDATED_EVENT.getURI() + "> } }";

    @TempDir
    Path tmp;

    @Test
    void builtStoreEqualsLoadedStoreAndServes() throws Exception {
        Path shards = shards();
        Path built = tmp.resolve("built");
        String out = ConsoleCapture.out(() -> assertEquals(EntenteCli.OK,
                EntenteCli.run("build-store", shards.toString(), "--store", built.toString())));
        assertTrue(out.contains("events:"), out);
        assertTrue(Files.exists(built.resolve("Data-0001").resolve(StoreStatistics.FILE)), "statistics written");

        Path phased = tmp.resolve("phased");
        assertEquals(EntenteCli.OK, EntenteCli.run("build-store", shards.toString(), "--store", phased.toString(),
                "--loader", "phased"));

        Path loaded = tmp.resolve("loaded");
        assertEquals(EntenteCli.OK, EntenteCli.run("load", SeedFixture.seedFile().toString(), "--store",
                loaded.toString()));
        loadSynthetic(loaded);

        Map<Node, Graph> expected = graphs(loaded);
        assertTrue(expected.containsKey(EVENTS), "the loaded store has an events graph");
        assertTrue(expected.size() > SYNTHETIC + 2, "article graphs, reference, events: " + expected.keySet().size());
        assertIsomorphic(expected, graphs(built), "xloader");
        assertIsomorphic(expected, graphs(phased), "phased loader");
        try (Stream<Path> left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".building-")), "no build folder left");
        }

        EntenteStore store = EntenteStore.open(built);
        EntenteServer server = EntenteServer.create().dataset(store.dataset()).port(0).ui(false).graphView(false)
                .build();
        try {
            server.start();
            String url = server.datasetUrl() + "/sparql?query="
                    + URLEncoder.encode(EVENT_COUNT, StandardCharsets.UTF_8);
            HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            long events = expected.get(EVENTS).find(Node.ANY, RDF.type.asNode(), ENT.CONSOLIDATED_EVENT.asNode())
                    .toList().size();
            assertTrue(events > 0);
            assertEquals(List.of("n", Long.toString(events)), answer.body().lines().toList());
        } finally {
            server.stop();
            store.close();
            TDBInternal.expel(store.dataset().asDatasetGraph(), true);
        }
    }

    @Test
    void nonEmptyStoreIsRefused() throws IOException {
        Path shard = tmp.resolve("one.nq");
        Files.writeString(shard, quadLine("<http://example.org/o>"));
        Path store = Files.createDirectories(tmp.resolve("store"));
        Path kept = Files.writeString(store.resolve("keep.txt"), "mine");
        int[] code = new int[1];
        String err = ConsoleCapture.err(() -> code[0] = EntenteCli.run("build-store", shard.toString(), "--store",
                store.toString()));
        assertEquals(EntenteCli.REJECTED, code[0]);
        assertTrue(err.contains("not empty"), err);
        assertEquals("mine", Files.readString(kept));
    }

    @Test
    void badShardsAreNamedAndNothingIsBuilt() throws IOException {
        Path good = tmp.resolve("good.nq.gz");
        gzip(good, quadLine("<http://example.org/o>"));
        Path broken = tmp.resolve("broken.nq.gz");
        gzip(broken, quadLine("<http://example.org/o>") + quadLine("not-a-term"));
        Path triples = tmp.resolve("default-graph.nq");
        Files.writeString(triples, "<http://example.org/s> <http://example.org/p> \"o\" .\n");
        Path other = Files.writeString(tmp.resolve("facts.trig"), "");
        Path store = tmp.resolve("store");
        int[] code = new int[1];
        String err = ConsoleCapture.err(() -> code[0] = EntenteCli.run("build-store", good.toString(),
                broken.toString(), triples.toString(), "--store", store.toString()));
        assertEquals(EntenteCli.REJECTED, code[0]);
        assertTrue(err.contains(broken + ": not valid N-Quads: line 2"), err);
        assertTrue(err.contains(triples + ": 1 triple in the default graph"), err);
        assertFalse(err.contains(good.toString()), err);
        err = ConsoleCapture.err(() -> code[0] = EntenteCli.run("build-store", other.toString(), tmp.resolve("missing")
                .toString(), "--store", store.toString()));
        assertEquals(EntenteCli.REJECTED, code[0]);
        assertTrue(err.contains(other + ": not an N-Quads shard"), err);
        assertTrue(err.contains("missing: no such file or directory"), err);
        assertFalse(Files.exists(store));
        try (Stream<Path> left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".building-")), "no build folder left");
        }
    }

    @Test
    void failedXloaderLeavesNothingAndStepThatDiesIsStopped() throws IOException {
        Path shard = tmp.resolve("one.nq");
        Files.writeString(shard, quadLine("<http://example.org/o>"));
        Path store = tmp.resolve("store");
        Path failing = fakeDistribution("failing", "mkdir -p \"$2/Data-0001\"; echo half > \"$2/Data-0001/nodes.dat\"\n"
                + "echo 'ERROR the sort ran out of space'; exit 1");
        Path hanging = fakeDistribution("hanging", "sleep 600 &\necho 'Exception in thread \"AsyncParser\" boom'\nwait");
        String old = System.getProperty(JENA_HOME);
        try {
            for (Path home : List.of(failing, hanging)) {
                System.setProperty(JENA_HOME, home.toString());
                int[] code = new int[1];
                long started = System.nanoTime();
                String err = ConsoleCapture.err(() -> code[0] = EntenteCli.run("build-store", shard.toString(),
                        "--store", store.toString()));
                assertEquals(EntenteCli.REJECTED, code[0], err);
                assertTrue(err.contains(store + ": tdb2.xloader failed"), err);
                assertTrue(err.contains(home == failing ? "ERROR the sort ran out of space" : "boom"), err);
                assertTrue(System.nanoTime() - started < 120e9, "a step that died stops the load");
                assertFalse(Files.exists(store));
                try (Stream<Path> left = Files.list(tmp)) {
                    assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".building-")), err);
                }
            }
        } finally {
            if (old == null) {
                System.clearProperty(JENA_HOME);
            } else {
                System.setProperty(JENA_HOME, old);
            }
        }
    }

    /** A folder laid out as Jena's distribution whose bin/tdb2.xloader runs the given bash lines. */
    private Path fakeDistribution(String name, String script) throws IOException {
        Path home = tmp.resolve(name);
        Files.createDirectories(home.resolve("lib"));
        Path xloader = Files.createDirectories(home.resolve("bin")).resolve("tdb2.xloader");
        Files.writeString(xloader, "#!/usr/bin/env bash\n" + script + "\n");
        Files.setPosixFilePermissions(xloader, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /** The seed's extraction ({@code entente extract}) as a gzip shard; synthetic articles in gzip and plain shards. */
    private Path shards() throws IOException {
        Path trig = tmp.resolve("seed.trig");
        assertEquals(EntenteCli.OK, EntenteCli.run("extract", SeedFixture.seedFile().toString(), "--out",
                trig.toString()));
        Path dir = Files.createDirectories(tmp.resolve("shards"));
        DatasetGraph seed = RDFDataMgr.loadDatasetGraph(trig.toString());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("seed.nq.gz")))) {
            RDFDataMgr.write(out, seed, Lang.NQUADS);
        }
        SyntheticCorpus corpus = new SyntheticCorpus(10);
        corpus.writeShards(0, SYNTHETIC - 20, dir.resolve("synthetic"), 2);
        try (OutputStream out = Files.newOutputStream(dir.resolve("synthetic-plain.nq"))) {
            DatasetGraph plain = DatasetGraphFactory.create();
            for (int i = SYNTHETIC - 20; i < SYNTHETIC; i++) {
                corpus.quads(i).forEach(plain::add);
            }
            RDFDataMgr.write(out, plain, Lang.NQUADS);
        }
        return dir;
    }

    /** The synthetic articles through the loader API, as 'load' stores them: batches, events updated in each. */
    private static void loadSynthetic(Path storeDir) {
        SyntheticCorpus corpus = new SyntheticCorpus(10);
        EntenteStore store = EntenteStore.open(storeDir);
        try {
            Map<Node, List<Quad>> batch = new LinkedHashMap<>();
            for (int i = 0; i < SYNTHETIC; i++) {
                batch.put(corpus.graph(i), corpus.quads(i));
                if (batch.size() == BatchLoader.DEFAULT_BATCH_ARTICLES || i == SYNTHETIC - 1) {
                    EventIdentity.replaceArticles(store, batch);
                    batch.clear();
                }
            }
            StoreStatistics.write(store.dataset());
        } finally {
            store.close();
            TDBInternal.expel(store.dataset().asDatasetGraph(), true);
        }
    }

    /** Every named graph of a store, copied into memory. */
    private static Map<Node, Graph> graphs(Path storeDir) {
        EntenteStore store = EntenteStore.open(storeDir);
        try {
            Dataset dataset = store.dataset();
            return Txn.calculateRead(dataset, () -> {
                Map<Node, Graph> graphs = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
                dataset.asDatasetGraph().find().forEachRemaining(q -> graphs.computeIfAbsent(q.getGraph(),
                        g -> GraphFactory.createDefaultGraph()).add(q.asTriple()));
                return graphs;
            });
        } finally {
            store.close();
            TDBInternal.expel(store.dataset().asDatasetGraph(), true);
        }
    }

    private static void assertIsomorphic(Map<Node, Graph> expected, Map<Node, Graph> actual, String how) {
        assertEquals(expected.keySet(), actual.keySet(), how + ": the same named graphs");
        expected.forEach((name, graph) -> assertTrue(graph.isIsomorphicWith(actual.get(name)),
                how + ": graph " + name + " differs"));
    }

    private static String quadLine(String object) {
        return "<http://example.org/s> <http://example.org/p> " + object + " <" + EntenteIris.articleGraph("x")
                + "> .\n";
    }

    private static void gzip(Path file, String text) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
