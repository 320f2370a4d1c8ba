package org.entente.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.vocab.EntenteIris;

/**
 * The check after a killed load: the store holds no graph but article graphs, the reference graph and the derived
 * events graph and its index, every article graph in it is exactly (up to isomorphism) the one an uninterrupted load
 * gives, the reference graph holds nothing that the uninterrupted load's does not, and the events graph and its index
 * are exactly those a recompute from the stored articles gives (the load updates them in the articles' transaction).
 *
 * <pre>
 * CompleteOrAbsent.check(StoreContents.read(store), reference, "run 3 (killed in commit 2)");
 * </pre>
 */
final class CompleteOrAbsent {
    private static final Node REFERENCE_GRAPH = NodeFactory.createURI(EntenteIris.REFERENCE_GRAPH);
    private static final List<Node> DERIVED_GRAPHS = List.of(NodeFactory.createURI(EntenteIris.EVENTS_GRAPH),
            NodeFactory.createURI(EntenteIris.EVENT_INDEX_GRAPH));

    private CompleteOrAbsent() {
    }

    static void check(StoreContents store, StoreContents reference, String when) {
        assertEquals(Set.of(), store.otherGraphs(), when + ": unexpected graphs");
        for (String id : store.articleIds()) {
            Node name = NodeFactory.createURI(EntenteIris.articleGraph(id));
            Graph got = graphOf(store.graph(name));
            Graph want = graphOf(reference.graph(name));
            assertTrue(want.size() > 0, when + ": article " + id + " is stored but not in the uninterrupted load");
            assertTrue(got.isIsomorphicWith(want), when + ": article " + id + " has " + got.size()
                    + " triples, the uninterrupted load " + want.size() + ": half-written or different");
        }
        Set<Quad> referenceQuads = new HashSet<>(reference.graph(REFERENCE_GRAPH));
        for (Quad q : store.graph(REFERENCE_GRAPH)) {
            assertTrue(referenceQuads.contains(q), when + ": reference graph holds " + q
                    + ", which the uninterrupted load does not");
        }
        if (!store.articleIds().isEmpty()) {
            StoreContents recomputed = store.recomputed();
            for (Node derived : DERIVED_GRAPHS) {
                assertEquals(new HashSet<>(recomputed.graph(derived)), new HashSet<>(store.graph(derived)),
                        when + ": " + derived.getURI() + " is not the one the stored articles give");
            }
        }
    }

    private static Graph graphOf(List<Quad> quads) {
        Graph g = GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        return g;
    }
}
