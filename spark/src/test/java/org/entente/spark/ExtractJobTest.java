package org.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.entente.error.ProblemCollector;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;
import org.entente.load.ArticleLoader;
import org.entente.rdf.ArticleGraphWriter;
import org.entente.vocab.EntenteIris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]} on the seed article, 20 Wikinews articles of the gold set (CC BY 2.5, see
 * {@code tests/gold/wikinews/SOURCE.md}), a binary file and an id given twice, against the core's own extraction
 * of the same inputs (what {@code ./entente extract} writes), article by article; then a rerun of a small batch into
 * the same folder, which must then hold that batch only.
 */
class ExtractJobTest {
    private static final Path REPO = Path.of(System.getProperty("entente.repo", ".."));
    private static final int WIKINEWS_ARTICLES = 20;
    private static final Node REFERENCE = NodeFactory.createURI(EntenteIris.REFERENCE_GRAPH);

    @TempDir
    static Path work;
    private static JavaSparkContext sc;

    @BeforeAll
    static void startSpark() {
        SparkConf conf = new SparkConf().setAppName("entente-extract-test").setMaster("local[2]")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        sc = new JavaSparkContext(conf);
    }

    @AfterAll
    static void stopSpark() {
        if (sc != null) {
            sc.close();
        }
    }

    @Test
    void shardsHoldExactlyTheCoreExtractionAndARerunReplacesTheBatch() throws Exception {
        Path inputs = inputs();
        Path out = work.resolve("out");

        long started = System.nanoTime();
        JobManifest manifest = ExtractJob.create().input(inputs.toUri().toString()).output(out.toString()).shards(3)
                .build().run(sc);
        System.out.printf(Locale.ROOT, "entente-spark local[2]: %s; wall clock %.1f s%n", manifest,
                (System.nanoTime() - started) / 1e9);

        CoreOutput core = coreExtraction(inputs);
        Map<Node, List<Quad>> expected = core.graphs();
        assertEquals(WIKINEWS_ARTICLES + 2, core.quadsPerArticle().size(),
                "the core extracts the seed, 20 Wikinews and one same-name");
        assertTrue(expected.containsKey(REFERENCE), "the articles also describe their actors in the reference graph");
        Map<Node, Graph> shards = readShards(out, expected);
        assertEquals(expected.keySet(), shards.keySet(), "the shards hold the graphs the core writes");
        expected.forEach((graph, quads) -> assertTrue(asGraph(quads).isIsomorphicWith(shards.get(graph)),
                "graph " + graph + " differs from the core's extraction"));

        Map<String, Integer> perArticle = new HashMap<>();
        manifest.articles().forEach(a -> perArticle.put(a.graph(), a.quads()));
        assertEquals(core.quadsPerArticle(), perArticle, "the manifest's articles and quad counts");
        assertEquals(expected.values().stream().mapToLong(List::size).sum(), manifest.quads());
        assertEquals(2, manifest.failures().size(), "the binary file and the second same-name: " + manifest.failures());
        assertTrue(manifest.failures().stream().anyMatch(f -> f.source().endsWith("bad/binary-png.txt")
                && f.reason().contains("not valid UTF-8")), manifest.failures().toString());
        assertTrue(manifest.failures().stream().anyMatch(f -> f.source().endsWith("duplicate-b/same-name.txt")
                && f.reason().startsWith("duplicate article id same-name")), manifest.failures().toString());
        assertTrue(Files.readString(out.resolve(OutputDirectory.MANIFEST)).contains("\"articles\": 22"));

        JobManifest rerun = ExtractJob.create().input(inputs.resolve("duplicate-a").toString())
                .input(inputs.resolve("bad").toString()).output(out.toString()).build().run(sc);
        assertEquals(1, rerun.articles().size());
        assertEquals(1, rerun.failures().size());
        Node kept = NodeFactory.createURI(rerun.articles().get(0).graph());
        Map<Node, Graph> after = readShards(out, Map.of(kept, expected.get(kept)));
        assertTrue(Set.of(kept, REFERENCE).containsAll(after.keySet()), "the rerun replaced the batch: " + after.keySet());
        assertTrue(asGraph(expected.get(kept)).isIsomorphicWith(after.get(kept)));
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(out), left.filter(p -> p.getFileName().toString().contains("out")).toList(),
                    "no staging or old folder is left beside the output");
        }
    }

    @Test
    void aFolderTheJobDidNotWriteIsNeverReplaced() throws IOException {
        Path foreign = Files.createDirectories(work.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        ExtractJob job = ExtractJob.create().input(REPO.resolve("samples").toString()).output(foreign.toString())
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> job.run(sc));
        assertTrue(e.getMessage().contains("not an earlier output of this job"), e.getMessage());
        assertEquals("mine", Files.readString(foreign.resolve("notes.txt")));
    }

    /** The seed, the 20 shortest Wikinews gold articles, a binary file and one file name in two folders. */
    private static Path inputs() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        Path seed = Files.createDirectories(in.resolve("seed"));
        try (Stream<Path> files = Files.list(REPO.resolve("samples"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".json")).toList()) {
                Files.copy(f, seed.resolve(f.getFileName()));
            }
        }
        Path wikinews = Files.createDirectories(in.resolve("wikinews"));
        List<Path> gold;
        try (Stream<Path> dirs = Files.list(REPO.resolve("tests/gold/wikinews"))) {
            gold = dirs.filter(d -> Files.isRegularFile(d.resolve("article.txt")))
                    .sorted(Comparator.comparingLong(ExtractJobTest::articleSize).thenComparing(Path::toString))
                    .limit(WIKINEWS_ARTICLES).toList();
        }
        for (Path d : gold) {
            String slug = d.getFileName().toString();
            Files.copy(d.resolve("article.txt"), wikinews.resolve(slug + ".txt"));
            Files.copy(d.resolve("article.json"), wikinews.resolve(slug + ".json"));
        }
        Path bad = Files.createDirectories(in.resolve("bad"));
        Files.copy(REPO.resolve("tests/bad-inputs/binary-png.txt"), bad.resolve("binary-png.txt"));
        for (String dir : List.of("duplicate-a", "duplicate-b")) {
            Path to = Files.createDirectories(in.resolve(dir));
            Files.copy(REPO.resolve("tests/bad-inputs").resolve(dir).resolve("same-name.txt"),
                    to.resolve("same-name.txt"));
        }
        return in;
    }

    private static long articleSize(Path dir) {
        try {
            return Files.size(dir.resolve("article.txt"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the core writes for the inputs (as {@code extract}), in one JVM without Spark. */
    private record CoreOutput(Map<Node, List<Quad>> graphs, Map<String, Integer> quadsPerArticle) {
    }

    private static CoreOutput coreExtraction(Path inputs) throws Exception {
        ProblemCollector problems = new ProblemCollector();
        List<Article> articles;
        try (Stream<Article> read = ArticleSource.create().path(inputs).problems(problems).build().stream()) {
            articles = read.toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Quad>>> extracted = new ArrayList<>();
            for (Article article : articles) {
                extracted.add(pool.submit(() -> extractOne(article, problems)));
            }
            Map<Node, List<Quad>> graphs = new HashMap<>();
            Map<String, Integer> perArticle = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                List<Quad> quads = extracted.get(i).get();
                if (quads != null) {
                    perArticle.put(ArticleGraphWriter.graphOf(articles.get(i)).getURI(), quads.size());
                    quads.forEach(q -> graphs.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q));
                }
            }
            return new CoreOutput(graphs, perArticle);
        } finally {
            pool.shutdown();
        }
    }

    /** One article's quads as the core's loader writes them (two at a time: the shared pipeline is thread-safe). */
    private static List<Quad> extractOne(Article article, ProblemCollector problems) {
        List<Quad> quads = new ArrayList<>();
        StreamRDFBase sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
        return ArticleLoader.create().sink(sink).problems(problems).build().load(article) != null ? quads : null;
    }

    /** Every shard's quads by graph; fails when a graph's quads are not all in one shard or appear twice. */
    private static Map<Node, Graph> readShards(Path out, Map<Node, List<Quad>> expected) throws IOException {
        Map<Node, Graph> graphs = new HashMap<>();
        Map<Node, Integer> counts = new HashMap<>();
        List<Path> shards;
        try (Stream<Path> files = Files.list(out)) {
            shards = files.filter(f -> f.getFileName().toString().matches("part-\\d{5}\\.nq\\.gz")).sorted().toList();
        }
        assertFalse(shards.isEmpty(), "no shard in " + out);
        for (Path shard : shards) {
            Map<Node, Integer> here = new HashMap<>();
            RDFDataMgr.parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    graphs.computeIfAbsent(quad.getGraph(), g -> GraphFactory.createDefaultGraph())
                            .add(quad.asTriple());
                    here.merge(quad.getGraph(), 1, Integer::sum);
                }
            }, shard.toString());
            here.forEach((g, n) -> {
                Integer before = counts.merge(g, n, Integer::sum) - n;
                assertTrue(before == 0 || g.equals(REFERENCE), g + " is in two shards");
            });
        }
        counts.forEach((g, n) -> {
            if (expected.containsKey(g)) {
                assertEquals(expected.get(g).size(), n, g + ": quads in the shard, duplicates included");
            }
        });
        return graphs;
    }

    private static Graph asGraph(List<Quad> quads) {
        Graph g = GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        return g;
    }
}
