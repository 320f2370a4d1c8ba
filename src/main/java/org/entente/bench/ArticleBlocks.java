package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.entente.vocab.EntenteIris;

/**
 * Groups a quad stream, as Entente writes it (each article's quads together, its reference-graph quads among or after
 * them), into one {@link ArticleQuads} per article: a quad in an article graph other than the current one starts a
 * new article; a quad in a shared graph (the reference graph, or any named graph that is not an article's) belongs to
 * the current article (or, before any article, to the next one). A triple in the default graph is refused.
 */
final class ArticleBlocks extends StreamRDFBase {
    private static final String ARTICLE_GRAPH_PREFIX = EntenteIris.ARTICLE_GRAPHS;

    private final Consumer<ArticleQuads> out;
    private final List<Quad> pending = new ArrayList<>();
    private Node current;

    ArticleBlocks(Consumer<ArticleQuads> out) {
        this.out = out;
    }

    /** Every article of a list of quads, in order. */
    static List<ArticleQuads> of(Iterable<Quad> quads) {
        List<ArticleQuads> articles = new ArrayList<>();
        ArticleBlocks blocks = new ArticleBlocks(articles::add);
        quads.forEach(blocks::quad);
        blocks.finish();
        return articles;
    }

    static boolean isArticleGraph(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(ARTICLE_GRAPH_PREFIX);
    }


    @Override
    public void quad(Quad quad) {
        Node graph = quad.getGraph();
        if (isArticleGraph(graph)) {
            if (current != null && !current.equals(graph)) {
                flush();
            }
            current = graph;
        } else if (quad.isDefaultGraph()) {
            throw new IllegalArgumentException("quad in the default graph: " + quad);
        }
        pending.add(quad);
    }

    @Override
    public void triple(Triple triple) {
        throw new IllegalArgumentException("triple outside any named graph: " + triple);
    }

    @Override
    public void finish() {
        if (current != null) {
            flush();
        }
    }

    private void flush() {
        out.accept(new ArticleQuads(current, pending));
        pending.clear();
        current = null;
    }
}
