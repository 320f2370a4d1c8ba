package org.entente.load;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.entente.facts.ArticleFacts;
import org.entente.ingest.Article;

/**
 * One article after extraction, RDF and SHACL, waiting to be stored: its graph name, facts and checked quads, or
 * nothing when it was rejected (the problem is already reported). Identity matters: two prepared articles are never equal.
 */
final class PreparedArticle {
    private final Article article;
    private final Node graph;
    private final ArticleFacts facts;
    private final List<Quad> quads;

    private PreparedArticle(Article article, Node graph, ArticleFacts facts, List<Quad> quads) {
        this.article = article;
        this.graph = graph;
        this.facts = facts;
        this.quads = quads;
    }

    static PreparedArticle accepted(Article article, Node graph, ArticleFacts facts, List<Quad> quads) {
        return new PreparedArticle(article, graph, facts, List.copyOf(quads));
    }

    static PreparedArticle rejected(Article article) {
        return new PreparedArticle(article, null, null, List.of());
    }

    boolean accepted() {
        return facts != null;
    }

    Article article() {
        return article;
    }

    Node graph() {
        return graph;
    }

    ArticleFacts facts() {
        return facts;
    }

    List<Quad> quads() {
        return quads;
    }
}
