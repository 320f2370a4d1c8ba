package org.entente.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.entente.vocab.EntenteIris;

/**
 * Makes a large store out of a few extracted articles by copying them under distinct article IRIs, as a corpus of
 * many articles would be. Copy 0 is the original; copy k renames every IRI that belongs to an article (its IRI
 * {@code article/{slug}}, its graph {@code graph/article/{slug}}, its facts {@code article/{slug}/{type}-{n}} and its
 * evidence spans {@code article/{slug}#char=b,e}) by giving the slug the prefix {@code copy{k}-}. Actors, places,
 * offices and the reference graph stay shared, so the store grows the way a real corpus grows: every copy adds its
 * article graph, and the reference graph is stated again (TDB2 keeps one of each quad). Literals are not changed, so
 * the node table grows less than with real, different texts.
 *
 * <pre>
 * StoreReplicator replicator = new StoreReplicator(ArticleBlocks.of(quads));
 * int copies = replicator.copiesFor(1_000_000);
 * replicator.stream(copies, loader.stream());    // copies * articleQuads() + referenceQuads() distinct quads
 * </pre>
 */
final class StoreReplicator {
    private static final String ARTICLE = EntenteIris.ARTICLE;
    private static final String GRAPH = EntenteIris.ARTICLE_GRAPHS;

    private final List<ArticleQuads> originals;
    private final long articleQuads;
    private final long referenceQuads;

    StoreReplicator(List<ArticleQuads> originals) {
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("nothing to replicate: no article quads");
        }
        this.originals = List.copyOf(originals);
        Set<Quad> inArticles = new HashSet<>();
        Set<Quad> inShared = new HashSet<>();
        for (ArticleQuads article : originals) {
            for (Quad q : article.quads()) {
                (ArticleBlocks.isArticleGraph(q.getGraph()) ? inArticles : inShared).add(q);
            }
        }
        this.articleQuads = inArticles.size();
        this.referenceQuads = inShared.size();
    }

    /** Distinct quads in the article graphs of one copy. */
    long articleQuads() {
        return articleQuads;
    }

    /** Distinct quads in the shared graphs, the reference graph above all (the same for any number of copies). */
    long referenceQuads() {
        return referenceQuads;
    }

    /** Articles in one copy. */
    int articles() {
        return originals.size();
    }

    /** Distinct quads of a store holding {@code copies} copies. */
    long distinctQuads(int copies) {
        return copies * articleQuads + referenceQuads;
    }

    /** The fewest copies whose store holds at least {@code target} distinct quads (at least one). */
    int copiesFor(long target) {
        long needed = Math.max(0, target - referenceQuads);
        return (int) Math.max(1, (needed + articleQuads - 1) / articleQuads);
    }

    /** Copy {@code k} of every article (k = 0: the originals). */
    List<ArticleQuads> copy(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("copy number must not be negative: " + k);
        }
        if (k == 0) {
            return originals;
        }
        String prefix = "copy" + k + "-";
        List<ArticleQuads> result = new ArrayList<>(originals.size());
        for (ArticleQuads article : originals) {
            List<Quad> quads = new ArrayList<>(article.quads().size());
            for (Quad q : article.quads()) {
                quads.add(Quad.create(rename(q.getGraph(), prefix), rename(q.getSubject(), prefix),
                        q.getPredicate(), rename(q.getObject(), prefix)));
            }
            result.add(new ArticleQuads(rename(article.graph(), prefix), quads));
        }
        return result;
    }

    /** Sends copies 0 to {@code copies - 1}, article by article, to the sink (without start or finish). */
    void stream(int copies, StreamRDF sink) {
        for (int k = 0; k < copies; k++) {
            for (ArticleQuads article : copy(k)) {
                article.quads().forEach(sink::quad);
            }
        }
    }

    private static Node rename(Node node, String prefix) {
        if (!node.isURI()) {
            return node;
        }
        String iri = node.getURI();
        if (iri.startsWith(GRAPH)) {
            return NodeFactory.createURI(GRAPH + prefix + iri.substring(GRAPH.length()));
        }
        if (iri.startsWith(ARTICLE)) {
            return NodeFactory.createURI(ARTICLE + prefix + iri.substring(ARTICLE.length()));
        }
        return node;
    }
}
