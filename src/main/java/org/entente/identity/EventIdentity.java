package org.entente.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.entente.store.EntenteStore;
import org.entente.vocab.ENT;

/**
 * Event identity across articles: the events graph ({@code https://w3id.org/entente/graph/events}), derived from the
 * event facts of the article graphs. Two articles reporting the same event (same class, modality and participants by
 * role, dates within a few days, see {@link EventClustering}) give one event node with two reports.
 *
 * <p>Two ways keep it current, with the same result: {@link #replaceArticles} writes (or, with no quads, removes)
 * article graphs and updates the events graph from their facts and the events those can merge with or rename (see
 * {@link AffectedEvents}), reading nothing else; {@link #refresh} recomputes it from every article graph. Both also
 * write the event index graph ({@link EventIndex}) that the update looks events up in, so the update never scans the
 * article graphs, and the events graph after any sequence of updates is the one a recompute gives.
 *
 * <p>Crash safety: an update runs in the write transaction that writes the articles, so a process killed at any point
 * leaves both or neither, and the events graph is never behind the articles it has committed. Articles written by
 * other means ({@link EntenteStore#replaceArticles} alone, a store built by an older version) leave the events graph
 * marked not current; the next update, or {@link #ensureCurrent} (which {@code entente load} calls first), then
 * recomputes it as a whole, and {@code entente reconcile} recomputes it on demand. Writes that bypass
 * {@link EntenteStore} (SPARQL Update through {@code entente serve}) cannot be seen: run {@code entente reconcile}
 * after them.
 *
 * <pre>
 * try (EntenteStore store = EntenteStore.open(Path.of("data/tdb2"))) {
 *     EventUpdate update = EventIdentity.replaceArticles(store, Map.of(graph, quads));
 *     System.out.println(update.summary());
 *     EventIdentity.removeArticles(store, List.of(otherGraph));
 *     EventRefresh all = EventIdentity.refresh(store);   // the same events graph, from every article
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

    /** Recomputes the events graph of a dataset (TDB2 or in memory) with the given clustering, in one transaction. */
    public static EventRefresh refresh(Dataset dataset, EventClustering clustering) {
        return Txn.calculateWrite(dataset, () -> recompute(dataset.asDatasetGraph(), clustering));
    }

    /** Whether the events graph is current with the article graphs (and was computed with the standard clustering). */
    public static boolean isCurrent(EntenteStore store) {
        Dataset dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> EventIndex.isCurrent(dataset.asDatasetGraph(),
                EventClustering.standard()));
    }

    /** Recomputes the events graph when it is not current; returns what the recompute found, or empty when it was. */
    public static Optional<EventRefresh> ensureCurrent(EntenteStore store) {
        if (isCurrent(store)) {
            return Optional.empty();
        }
        Dataset dataset = store.dataset();
        EventClustering clustering = EventClustering.standard();
        return Txn.calculateWrite(dataset, () -> EventIndex.isCurrent(dataset.asDatasetGraph(), clustering)
                ? Optional.empty() : Optional.of(recompute(dataset.asDatasetGraph(), clustering)));
    }

    /** {@link #replaceArticles(EntenteStore, Map, EventClustering)} with the standard clustering. */
    public static EventUpdate replaceArticles(EntenteStore store, Map<Node, List<Quad>> articleGraphs) {
        return replaceArticles(store, articleGraphs, EventClustering.standard());
    }

    /** Removes article graphs and updates the events graph, in one transaction. */
    public static EventUpdate removeArticles(EntenteStore store, Collection<Node> articleGraphs) {
        Map<Node, List<Quad>> empty = new LinkedHashMap<>();
        articleGraphs.forEach(g -> empty.put(g, List.of()));
        return replaceArticles(store, empty);
    }

    /**
     * Replaces article graphs as {@link EntenteStore#replaceArticles} does and, in the same write transaction, updates
     * the events graph from the facts of those graphs and the events they affect; an empty quad list removes a graph.
     * When the events graph was not current (or computed with another clustering) it is recomputed as a whole.
     *
     * @throws IllegalArgumentException as {@link EntenteStore#replaceArticles} (nothing is written then)
     */
    public static EventUpdate replaceArticles(EntenteStore store, Map<Node, List<Quad>> articleGraphs,
            EventClustering clustering) {
        Dataset dataset = store.dataset();
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            boolean current = EventIndex.isCurrent(dsg, clustering);
            Set<String> before = current ? ArticleFactReader.factIris(dsg, articleGraphs.keySet()) : Set.of();
            store.replaceArticles(articleGraphs);
            if (!current) {
                int previous = eventCount(dsg);
                EventRefresh all = recompute(dsg, clustering);
                return new EventUpdate(articleGraphs.size(), all.facts(), previous, all.events(), true);
            }
            List<ReportedFact> after = ArticleFactReader.read(dsg, articleGraphs.keySet());
            AffectedEvents affected = AffectedEvents.find(dsg, clustering, before, after);
            int removed = EventPatch.apply(dsg, affected, clustering);
            dsg.add(EventIndex.current(clustering));
            return new EventUpdate(articleGraphs.size(), affected.reportsRead(), removed, affected.merged().size(),
                    false);
        });
    }

    private static EventRefresh recompute(DatasetGraph dsg, EventClustering clustering) {
        List<ReportedFact> facts = ArticleFactReader.read(dsg);
        List<EventCluster> events = clustering.cluster(facts);
        dsg.deleteAny(EventGraphWriter.GRAPH, Node.ANY, Node.ANY, Node.ANY);
        dsg.deleteAny(EventIndex.GRAPH, Node.ANY, Node.ANY, Node.ANY);
        int quads = write(dsg, events, clustering);
        int multiReport = (int) events.stream().filter(e -> e.members().size() > 1).count();
        int multiArticle = (int) events.stream().filter(e -> e.articles().size() > 1).count();
        return new EventRefresh(facts.size(), events.size(), multiReport, multiArticle, quads);
    }

    /** Adds the events' quads and index entries, and states that the events graph is current; returns the quads. */
    private static int write(DatasetGraph dsg, List<EventCluster> events, EventClustering clustering) {
        List<Quad> quads = EventGraphWriter.quads(events);
        quads.forEach(dsg::add);
        EventIndex.quads(events, clustering).forEach(dsg::add);
        dsg.add(EventIndex.current(clustering));
        return quads.size();
    }

    private static int eventCount(DatasetGraph dsg) {
        int[] count = {0};
        dsg.find(EventGraphWriter.GRAPH, Node.ANY, RDF.type.asNode(), ENT.CONSOLIDATED_EVENT.asNode())
                .forEachRemaining(q -> count[0]++);
        return count[0];
    }
}
