package org.entente.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteIris;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 store: one named graph per article plus the reference graph, the union of all as the default graph.
 * Every article is written in one write transaction that replaces its graph, so a reader (or a process killed mid-load)
 * sees an article either complete or absent, never half.
 *
 * <pre>
 * try (EntenteStore store = EntenteStore.open(Path.of("data/tdb2"))) {
 *     store.replaceArticle(graph, quads);
 * }
 * </pre>
 */
public final class EntenteStore implements AutoCloseable {
    private static final Node REFERENCE = NodeFactory.createURI(EntenteIris.REFERENCE_GRAPH);
    private static final Node EVENTS = NodeFactory.createURI(EntenteIris.EVENTS_GRAPH);
    private static final Node EVENT_INDEX = NodeFactory.createURI(EntenteIris.EVENT_INDEX_GRAPH);
    private final Dataset dataset;

    private EntenteStore(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * Opens (creating if needed) the TDB2 store in a directory. A store may be open in one JVM at a time. A new store is
     * created whole or not at all ({@link StoreCreation}); a journal torn by a crash in the middle of a write is
     * repaired first (see {@link JournalRepair}).
     */
    public static EntenteStore open(Path directory) {
        StoreCreation.ensure(directory);
        for (String repaired : JournalRepair.repair(directory)) {
            LoggerFactory.getLogger(EntenteStore.class).warn(repaired);
        }
        Dataset ds = TDB2Factory.connectDataset(directory.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new EntenteStore(ds);
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Replaces an article's named graph with the given quads, and adds the reference quads that are not there yet,
     * all in one transaction. Quads in other graphs are rejected.
     */
    public void replaceArticle(Node articleGraph, List<Quad> quads) {
        replaceArticles(Map.of(articleGraph, quads));
    }

    /**
     * Replaces several articles' named graphs (graph name to its quads, as {@link #replaceArticle}) in one transaction:
     * all of them land or none does. Cheaper than one transaction each when loading many articles. Called inside a
     * write transaction, it joins it.
     *
     * <p>The events graph derived from the article graphs is not updated here (that is
     * {@code EventIdentity.replaceArticles}, which calls this method in its own transaction): the same transaction
     * removes the statement that the events graph is current ({@code <graph/events> ent:clustering ...} in the event
     * index graph), so that the next load recomputes the events graph as a whole instead of updating a stale one.
     *
     * @throws IllegalArgumentException when a quad is in neither its article's graph nor the reference graph (nothing
     *     is written then)
     */
    public void replaceArticles(Map<Node, List<Quad>> articleGraphs) {
        articleGraphs.forEach(EntenteStore::checkGraphs);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            articleGraphs.forEach((graph, quads) -> {
                dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : quads) {
                    dsg.add(q);
                }
            });
            dsg.deleteAny(EVENT_INDEX, EVENTS, ENT.CLUSTERING.asNode(), Node.ANY);
        });
    }

    private static void checkGraphs(Node articleGraph, List<Quad> quads) {
        for (Quad q : quads) {
            if (!q.getGraph().equals(articleGraph) && !q.getGraph().equals(REFERENCE)) {
                throw new IllegalArgumentException("quad in graph " + q.getGraph() + " given for article graph "
                        + articleGraph);
            }
        }
    }

    /** Whether the store holds any article graph. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().find().hasNext());
    }


    @Override
    public void close() {
        dataset.close();
    }
}
