package org.entente.bench;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * One article's quads as a loader writes them: its named graph and every quad it emitted, including the
 * reference-graph quads (actors) that came with it.
 *
 * @param graph the article's named graph
 * @param quads the quads, in the article graph or in the reference graph
 */
record ArticleQuads(Node graph, List<Quad> quads) {
    ArticleQuads {
        Objects.requireNonNull(graph, "graph");
        quads = List.copyOf(quads);
    }
}
