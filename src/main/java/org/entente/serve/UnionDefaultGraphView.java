package org.entente.serve;

import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * A view of a dataset whose default graph is the union of its named graphs, for datasets that do not
 * understand TDB2's {@code unionDefaultGraph} setting (for example an in-memory dataset). It is a
 * {@link DatasetGraphWrapperView}, so ARQ runs queries against this view instead of unwrapping it.
 */
final class UnionDefaultGraphView extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    UnionDefaultGraphView(DatasetGraph base, Context context) {
        super(base, context);
    }

    @Override
    public Graph getDefaultGraph() {
        return getWrapped().getUnionGraph();
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return super.find(unionFor(g), s, p, o);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return super.contains(unionFor(g), s, p, o);
    }

    private static Node unionFor(Node g) {
        return g != null && Quad.isDefaultGraph(g) ? Quad.unionGraph : g;
    }
}
