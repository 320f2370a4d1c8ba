package org.entente.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.entente.error.Location;
import org.entente.error.Problem;
import org.entente.error.ProblemCollector;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;
import org.entente.pipeline.SeedFixture;
import org.entente.rdf.ArticleGraphWriter;
import org.entente.store.EntenteStore;
import org.entente.vocab.EntentePrefixes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parallel loading gives the output of sequential loading, byte for byte on a TriG sink and graph for graph in a real
 * TDB2 store, and a rejected article in a parallel batch is reported while the others land.
 */
class BatchLoaderTest {
    /** Short Wikinews gold articles of the repo (each read as {@code NAME.txt} with its sidecar). */
    private static final List<String> WIKINEWS = List.of(
            "us-announces-restrictions-on-flying-to-cuba",
            "new-south-wales-decriminalizes-abortion",
            "us-department-of-justice-investigating-ford-over-emissions-testing-pro",
            "former-us-representative-john-conyers-dies-at-age-90");

    @TempDir
    Path tmp;

    @Test
    void parallelOutputEqualsSequentialOutput() throws IOException {
        List<Article> articles = repoArticles();
        assertEquals(WIKINEWS.size(), articles.size());

        ProblemCollector sequentialProblems = new ProblemCollector();
        ByteArrayOutputStream sequentialTrig = new ByteArrayOutputStream();
        StreamRDF sequentialSink = trig(sequentialTrig);
        try (EntenteStore store = EntenteStore.open(tmp.resolve("sequential"))) {
            ArticleLoader loader = ArticleLoader.create().store(store).sink(sequentialSink)
                    .problems(sequentialProblems).build();
            articles.forEach(loader::load);
            sequentialSink.finish();
            assertEquals(articles.size(), loader.summary().loadedCount(), sequentialProblems.problems().toString());
            Map<String, Graph> sequential = graphs(store);

            ProblemCollector parallelProblems = new ProblemCollector();
            ByteArrayOutputStream parallelTrig = new ByteArrayOutputStream();
            StreamRDF parallelSink = trig(parallelTrig);
            AtomicInteger done = new AtomicInteger();
            try (EntenteStore parallelStore = EntenteStore.open(tmp.resolve("parallel"))) {
                ArticleLoader parallelLoader = ArticleLoader.create().store(parallelStore).sink(parallelSink)
                        .problems(parallelProblems).build();
                LoadSummary summary = BatchLoader.create().loader(parallelLoader).threads(3).queueCapacity(3)
                        .batchArticles(2).onArticle(done::incrementAndGet).build().run(articles.stream());
                parallelSink.finish();
                assertEquals(articles.size(), summary.loadedCount(), parallelProblems.problems().toString());
                assertEquals(0, summary.failedCount());
                assertEquals(articles.size(), done.get(), "onArticle once per article");
                Map<String, Graph> parallel = graphs(parallelStore);

                assertEquals(sequential.keySet(), parallel.keySet());
                for (String g : sequential.keySet()) {
                    assertTrue(sequential.get(g).isIsomorphicWith(parallel.get(g)), "graph " + g + " differs");
                    assertEquals(triples(sequential.get(g)), triples(parallel.get(g)), "graph " + g + " differs");
                }
            }
            String sequentialText = sequentialTrig.toString(StandardCharsets.UTF_8);
            assertTrue(sequentialText.contains(ArticleGraphWriter.graphOf(articles.get(0)).getURI()));
            assertEquals(sequentialText, parallelTrig.toString(StandardCharsets.UTF_8),
                    "TriG from parallel extraction must equal the sequential TriG");
        }
    }

    @Test
    void aRejectedArticleInAParallelBatchIsReportedAndTheOthersLand() {
        Article good1 = article("good-one", "good1", LocalDate.of(2020, 3, 2),
                "The United States sent troops to Germany on Tuesday. Russia said it would respond.");
        // A date the ingest stage would refuse; built directly, it reaches the SHACL check and fails there.
        Article bad = article("bad-date", "bad", LocalDate.of(99_999, 1, 1),
                "France and Italy signed a trade agreement in Rome on Monday.");
        Article good2 = article("good-two", "good2", LocalDate.of(2021, 5, 4),
                "Japan pledged humanitarian aid to Ukraine, the foreign ministry said.");
        ProblemCollector problems = new ProblemCollector();
        try (EntenteStore store = EntenteStore.open(tmp.resolve("store"))) {
            ArticleLoader loader = ArticleLoader.create().store(store).problems(problems).build();
            LoadSummary summary = BatchLoader.create().loader(loader).threads(2).queueCapacity(2)
                    .build().run(List.of(good1, bad, good2).stream());
            assertEquals(2, summary.loadedCount());
            assertEquals(1, summary.failedCount());
            List<Problem> errors = problems.problems();
            assertEquals(1, errors.size(), errors.toString());
            assertEquals(Location.of("bad"), errors.get(0).location(), errors.toString());
            assertTrue(errors.get(0).message().contains("SHACL"), errors.toString());
            Set<String> stored = graphs(store).keySet();
            assertTrue(stored.contains(ArticleGraphWriter.graphOf(good1).getURI()), stored.toString());
            assertTrue(stored.contains(ArticleGraphWriter.graphOf(good2).getURI()), stored.toString());
            assertFalse(stored.contains(ArticleGraphWriter.graphOf(bad).getURI()), stored.toString());
        }
    }

    @Test
    void builderChecksItsInputs() {
        ArticleLoader loader = ArticleLoader.create().sink(trig(new ByteArrayOutputStream()))
                .problems(new ProblemCollector()).build();
        assertThrows(IllegalStateException.class, () -> BatchLoader.create().build());
        assertThrows(IllegalArgumentException.class, () -> BatchLoader.create().loader(loader).threads(0).build());
        assertThrows(IllegalArgumentException.class,
                () -> BatchLoader.create().loader(loader).threads(4).queueCapacity(2).build());
        assertThrows(IllegalArgumentException.class, () -> BatchLoader.create().loader(loader).batchArticles(0).build());
    }

    private List<Article> repoArticles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        for (String name : WIKINEWS) {
            Path gold = SeedFixture.repo().resolve("tests/gold/wikinews").resolve(name);
            Files.copy(gold.resolve("article.txt"), dir.resolve(name + ".txt"));
            Files.copy(gold.resolve("article.json"), dir.resolve(name + ".json"));
        }
        ProblemCollector problems = new ProblemCollector();
        List<Article> articles = ArticleSource.create().path(dir).problems(problems).build().stream().toList();
        assertFalse(problems.hasErrors(), problems.problems().toString());
        return articles;
    }

    private static Article article(String id, String source, LocalDate date, String text) {
        return new Article(id, source, "Title of " + id, date, null, null, null, "en", null, null, text, 0,
                text.length());
    }

    private static StreamRDF trig(ByteArrayOutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        writer.start();
        StreamRDFOps.sendPrefixesToStream(EntentePrefixes.MAPPING, writer);
        return writer;
    }

    /** Each named graph of the store, copied out, by graph IRI. */
    private static Map<String, Graph> graphs(EntenteStore store) {
        Map<String, Graph> graphs = new TreeMap<>();
        Txn.executeRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            for (Node name : names) {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(name).find().forEachRemaining(copy::add);
                graphs.put(name.getURI(), copy);
            }
        });
        return graphs;
    }

    private static Set<String> triples(Graph graph) {
        Set<String> out = new TreeSet<>();
        graph.find().forEachRemaining(t -> out.add(t.toString()));
        return out;
    }
}
