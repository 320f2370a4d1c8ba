package org.entente.identity;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.facts.ArticleFacts;
import org.entente.store.EntenteStore;

/**
 * Checks of the incremental events graph against a full recompute, shared by the tests of the update: a TDB2 store
 * for one test, a load, and the comparison of the events graph and its index with those a recompute writes.
 */
final class RecomputeCheck {
    private RecomputeCheck() {
    }

    /** Runs a test on a new TDB2 store in {@code dir/name}, released at the end. */
    static void withStore(Path dir, String name, Consumer<EntenteStore> test) {
        EntenteStore store = EntenteStore.open(dir.resolve(name));
        try {
            test.accept(store);
        } finally {
            TDBInternal.expel(store.dataset().asDatasetGraph(), true);
        }
    }

    /** Loads one article with the events graph updated. */
    static EventUpdate load(EntenteStore store, ArticleFacts article, EventClustering clustering) {
        return EventIdentity.replaceArticles(store,
                Map.of(SyntheticArticles.graph(article), SyntheticArticles.quads(article)), clustering);
    }

    /**
     * The events graph and its index must be exactly those a full recompute of the store's article graphs writes;
     * returns the recomputed events.
     */
    static List<EventCluster> assertMatchesRecompute(EntenteStore store, EventClustering clustering, String when) {
        Dataset dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<EventCluster> events = clustering.cluster(ArticleFactReader.read(dsg));
            Set<Quad> expected = new HashSet<>(EventGraphWriter.quads(events));
            expected.addAll(EventIndex.quads(events, clustering));
            expected.add(EventIndex.current(clustering));
            Set<Quad> actual = derived(dsg);
            if (!expected.equals(actual)) {
                fail(when + ": the events graph differs from a full recompute; missing " + difference(expected, actual)
                        + ", extra " + difference(actual, expected));
            }
            return events;
        });
    }

    /** The quads of the events graph and of its index. */
    static Set<Quad> derived(EntenteStore store) {
        return Txn.calculateRead(store.dataset(), () -> derived(store.dataset().asDatasetGraph()));
    }

    private static Set<Quad> derived(DatasetGraph dsg) {
        Set<Quad> quads = new HashSet<>();
        dsg.find(EventGraphWriter.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        dsg.find(EventIndex.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        return quads;
    }

    private static List<Quad> difference(Set<Quad> a, Set<Quad> b) {
        return a.stream().filter(q -> !b.contains(q)).limit(12).toList();
    }
}
