package org.entente.robust;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.identity.EventClustering;
import org.entente.identity.EventIdentity;
import org.entente.store.EntenteStore;
import org.entente.vocab.EntenteIris;

/**
 * A TDB2 store read into memory, for checks after a load: its article ids and a copy of all its quads. The store is
 * released afterwards, so another process (or a later load) can open it.
 *
 * <pre>
 * StoreContents contents = StoreContents.read(storeDir);
 * contents.articleIds();          // e.g. [wikinews-some-article, zz-good]
 * contents.copy();                // every quad, in an in-memory dataset
 * </pre>
 */
record StoreContents(DatasetGraph copy) {
    static final String ARTICLE_GRAPH_PREFIX = EntenteIris.articleGraph("");

    /** Reads every quad of the store at {@code dir}, opened as Entente opens it, and lets the store go. */
    static StoreContents read(Path dir) {
        Dataset dataset = EntenteStore.open(dir).dataset();
        try {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<Quad> quads = new ArrayList<>();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(quads::add));
            Txn.executeWrite(copy, () -> quads.forEach(copy::add));
            return new StoreContents(copy);
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph(), true);
        }
    }

    /** The ids of the article graphs, sorted. */
    Set<String> articleIds() {
        Set<String> ids = new TreeSet<>();
        Txn.executeRead(copy, () -> copy.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(ARTICLE_GRAPH_PREFIX)) {
                ids.add(g.getURI().substring(ARTICLE_GRAPH_PREFIX.length()));
            }
        }));
        return ids;
    }

    /** Every graph name in the store but the article graphs, the reference graph and the derived events graphs. */
    Set<String> otherGraphs() {
        Set<String> others = new TreeSet<>();
        Txn.executeRead(copy, () -> copy.listGraphNodes().forEachRemaining(g -> {
            String name = g.isURI() ? g.getURI() : g.toString();
            if (!name.startsWith(ARTICLE_GRAPH_PREFIX) && !name.equals(EntenteIris.REFERENCE_GRAPH)
                    && !name.equals(EntenteIris.EVENTS_GRAPH) && !name.equals(EntenteIris.EVENT_INDEX_GRAPH)) {
                others.add(name);
            }
        }));
        return others;
    }

    /** This store's articles with the events graph and its index recomputed from them, as {@code reconcile} does. */
    StoreContents recomputed() {
        DatasetGraph again = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(copy, () -> Txn.executeWrite(again, () -> copy.find().forEachRemaining(again::add)));
        EventIdentity.refresh(DatasetFactory.wrap(again), EventClustering.standard());
        return new StoreContents(again);
    }

    /** The quads of one named graph. */
    List<Quad> graph(Node name) {
        List<Quad> quads = new ArrayList<>();
        Txn.executeRead(copy, () -> copy.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add));
        return quads;
    }
}
