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
 * The check after a killed load: the store holds no graph but article graphs and the reference graph, every article
 * graph in it is exactly (up to isomorphism) the one an uninterrupted load gives, and the reference graph holds
 * nothing that the uninterrupted load's does not.
 *
 * <pre>
 * CompleteOrAbsent.check(StoreContents.read(store), reference, "run 3 (killed in commit 2)");
 * </pre>
 */
final class CompleteOrAbsent {
    private static final Node REFERENCE_GRAPH = NodeFactory.createURI(EntenteIris.REFERENCE_GRAPH);

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
    }

    private static Graph graphOf(List<Quad> quads) {
        Graph g = GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        return g;
    }
}
