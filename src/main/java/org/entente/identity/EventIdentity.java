package org.entente.identity;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.entente.store.EntenteStore;

/**
 * Event identity across articles: recomputes the events graph ({@code https://w3id.org/entente/graph/events}) from the
 * event facts of every article graph, in one write transaction. Two articles reporting the same event (same class,
 * modality and participants by role, dates within a few days, see {@link EventClustering}) give one event node with
 * two reports. The graph is derived: article graphs stay as they are, and since the whole graph is recomputed from
 * them, the result does not depend on load order, and a store killed between an article commit and the refresh is
 * made right by the next refresh.
 *
 * <pre>
 * try (EntenteStore store = EntenteStore.open(Path.of("data/tdb2"))) {
 *     EventRefresh result = EventIdentity.refresh(store);
 *     System.out.println(result.summary());
 * }
 * </pre>
 */
public final class EventIdentity {
    private EventIdentity() {
    }

    /** Recomputes the events graph with the standard clustering. */
    public static EventRefresh refresh(EntenteStore store) {
        return refresh(store.dataset(), EventClustering.standard());
    }

    /** Recomputes the events graph of a dataset (TDB2 or in memory) with the given clustering. */
    public static EventRefresh refresh(Dataset dataset, EventClustering clustering) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<ReportedFact> facts = ArticleFactReader.read(dsg);
            List<EventCluster> events = clustering.cluster(facts);
            List<Quad> quads = EventGraphWriter.quads(events);
            dsg.deleteAny(EventGraphWriter.GRAPH, Node.ANY, Node.ANY, Node.ANY);
            quads.forEach(dsg::add);
            int multiReport = (int) events.stream().filter(e -> e.members().size() > 1).count();
            int multiArticle = (int) events.stream().filter(e -> e.articles().size() > 1).count();
            return new EventRefresh(facts.size(), events.size(), multiReport, multiArticle, quads.size());
        });
    }
}
