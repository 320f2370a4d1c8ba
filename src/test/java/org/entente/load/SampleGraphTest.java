package org.entente.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.entente.error.ProblemCollector;
import org.entente.pipeline.SeedFixture;
import org.entente.rdf.ArticleGraphWriter;
import org.entente.rdf.QuadCollector;
import org.entente.store.EntenteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extracted sample shipped for {@code serve}'s cold start is exactly what extraction gives today; when a rule
 * changes, this test fails until the resource is regenerated (command in {@link SampleGraph}).
 */
class SampleGraphTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedSampleGraphEqualsAFreshExtraction() {
        QuadCollector fresh = new QuadCollector();
        ProblemCollector problems = new ProblemCollector();
        assertNotNull(ArticleLoader.create().sink(fresh).problems(problems).build().load(SeedFixture.seedArticle()),
                problems.problems().toString());
        Set<String> expected = strings(fresh.quads());
        Set<String> shipped = strings(SampleGraph.quads());
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(shipped);
        Set<String> extra = new TreeSet<>(shipped);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), SampleGraph.RESOURCE + " is stale; regenerate it (see "
                + "SampleGraph). Missing: " + first(missing) + "; not extracted any more: " + first(extra));
        assertEquals(ArticleGraphWriter.graphOf(SeedFixture.seedArticle()), SampleGraph.articleGraph(fresh.quads()));
    }

    @Test
    void loadingItFillsAnEmptyStoreWithTheSampleArticle() {
        try (EntenteStore store = EntenteStore.open(tmp.resolve("store"))) {
            assertTrue(store.isEmpty());
            SampleGraph.loadInto(store);
            assertFalse(store.isEmpty());
            Set<String> stored = Txn.calculateRead(store.dataset(), () -> {
                List<Quad> quads = new ArrayList<>();
                store.dataset().asDatasetGraph().find().forEachRemaining(quads::add);
                return strings(quads);
            });
            Set<String> shipped = strings(SampleGraph.quads());
            assertEquals(shipped, stored);
            assertTrue(shipped.size() > 50, "the sample graph is too small: " + shipped.size());
        }
    }

    private static Set<String> strings(List<Quad> quads) {
        Set<String> out = new TreeSet<>();
        quads.forEach(q -> out.add(q.toString()));
        return out;
    }

    private static String first(Set<String> quads) {
        return quads.isEmpty() ? "none" : quads.size() + ", e.g. " + quads.iterator().next();
    }
}
