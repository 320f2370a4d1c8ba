package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.vocab.EntenteIris;
import org.entente.vocab.PROV;
import org.junit.jupiter.api.Test;

/** Copies of articles under distinct IRIs: the store grows by one copy's article quads each time, actors stay shared. */
class StoreReplicatorTest {
    private static final Node REFERENCE = NodeFactory.createURI(EntenteIris.REFERENCE_GRAPH);
    private static final Node KOREA = NodeFactory.createURI(EntenteIris.actor("state", "north-korea"));

    /** Quads as the writer emits them: article quads, then its actors in the reference graph, then facts. */
    private static List<Quad> article(String slug, boolean withSharedActor) {
        Node g = NodeFactory.createURI(EntenteIris.articleGraph(slug));
        Node a = NodeFactory.createURI(EntenteIris.article(slug));
        Node fact = NodeFactory.createURI(EntenteIris.article(slug) + "/statement-10");
        Node span = NodeFactory.createURI(EntenteIris.article(slug) + "#char=10,42");
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, a, RDF.type.asNode(), NodeFactory.createURI("https://schema.org/NewsArticle")));
        quads.add(Quad.create(g, a, RDFS.label.asNode(), NodeFactory.createLiteralString("title of " + slug)));
        quads.add(Quad.create(REFERENCE, KOREA, RDFS.label.asNode(), NodeFactory.createLiteralString("North Korea")));
        if (withSharedActor) {
            Node other = NodeFactory.createURI(EntenteIris.actor("state", "russia"));
            quads.add(Quad.create(REFERENCE, other, RDFS.label.asNode(), NodeFactory.createLiteralString("Russia")));
        }
        quads.add(Quad.create(g, fact, PROV.WAS_DERIVED_FROM.asNode(), a));
        quads.add(Quad.create(g, fact, NodeFactory.createURI("https://w3id.org/entente/ontology#evidence"), span));
        quads.add(Quad.create(g, fact, NodeFactory.createURI("https://w3id.org/entente/ontology#speaker"), KOREA));
        quads.add(Quad.create(g, fact, NodeFactory.createURI("https://w3id.org/entente/ontology#speaker"), KOREA));
        return quads;
    }

    private static StoreReplicator twoArticles() {
        List<Quad> quads = new ArrayList<>(article("first-article", false));
        quads.addAll(article("second-article", true));
        List<ArticleQuads> blocks = ArticleBlocks.of(quads);
        assertEquals(2, blocks.size());
        return new StoreReplicator(blocks);
    }

    @Test
    void blocksFollowTheArticleGraphsAndKeepTheirReferenceQuads() {
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(REFERENCE, KOREA, RDF.type.asNode(), KOREA));
        quads.addAll(article("first-article", false));
        quads.addAll(article("second-article", false));
        List<ArticleQuads> blocks = ArticleBlocks.of(quads);
        assertEquals(List.of(EntenteIris.articleGraph("first-article"), EntenteIris.articleGraph("second-article")),
                blocks.stream().map(b -> b.graph().getURI()).toList());
        assertEquals(8, blocks.get(0).quads().size(), "the leading reference quad goes with the first article");
        assertEquals(7, blocks.get(1).quads().size());
        assertThrows(IllegalArgumentException.class, () -> ArticleBlocks.of(List.of(Quad.create(
                Quad.defaultGraphIRI, KOREA, RDF.type.asNode(), KOREA))));
    }

    @Test
    void countsDistinctQuads() {
        StoreReplicator replicator = twoArticles();
        assertEquals(10, replicator.articleQuads(), "5 distinct article-graph quads each (a duplicate counts once)");
        assertEquals(2, replicator.referenceQuads(), "North Korea stated by both articles counts once");
        assertEquals(2, replicator.articles());
        assertEquals(3 * 10 + 2, replicator.distinctQuads(3));
    }

    @Test
    void copiesForReachesTheTargetWithTheFewestCopies() {
        StoreReplicator replicator = twoArticles();
        assertEquals(1, replicator.copiesFor(1));
        assertEquals(1, replicator.copiesFor(12));
        assertEquals(2, replicator.copiesFor(13));
        assertEquals(100, replicator.copiesFor(1_000));
        assertTrue(replicator.distinctQuads(replicator.copiesFor(1_000)) >= 1_000);
        assertTrue(replicator.distinctQuads(replicator.copiesFor(1_000) - 1) < 1_000);
    }

    @Test
    void aStoreOfCopiesHoldsExactlyTheCountedQuadsUnderDistinctArticleIris() {
        StoreReplicator replicator = twoArticles();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        replicator.stream(4, StreamRDFLib.dataset(dsg));
        assertEquals(replicator.distinctQuads(4), dsg.stream().count());

        Set<Node> graphs = new HashSet<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(4 * 2 + 1, graphs.size(), "one graph per article copy, plus the shared reference graph");
        assertEquals(2, dsg.getGraph(REFERENCE).size(), "actors are stated once for all copies");

        Set<String> articleIris = new HashSet<>();
        for (int k = 0; k < 4; k++) {
            for (ArticleQuads a : replicator.copy(k)) {
                for (Quad q : a.quads()) {
                    for (Node n : List.of(q.getGraph(), q.getSubject(), q.getObject())) {
                        if (n.isURI() && n.getURI().startsWith(EntenteIris.ARTICLE)) {
                            articleIris.add(n.getURI());
                        }
                    }
                }
            }
        }
        assertEquals(4 * 2 * 3, articleIris.size(), "article, fact and span IRIs are distinct in every copy");
        assertTrue(articleIris.contains(EntenteIris.article("copy3-second-article") + "/statement-10"));
        assertTrue(articleIris.contains(EntenteIris.article("copy1-first-article") + "#char=10,42"));
        assertTrue(dsg.contains(NodeFactory.createURI(EntenteIris.articleGraph("copy2-first-article")),
                NodeFactory.createURI(EntenteIris.article("copy2-first-article") + "/statement-10"),
                NodeFactory.createURI("https://w3id.org/entente/ontology#speaker"), KOREA),
                "facts of a copy still point to the shared actor");
        assertFalse(dsg.contains(NodeFactory.createURI(EntenteIris.articleGraph("copy2-first-article")),
                NodeFactory.createURI(EntenteIris.article("first-article") + "/statement-10"), Node.ANY, Node.ANY),
                "no quad of a copy names the original article's fact");
    }

    @Test
    void copyZeroIsTheOriginal() {
        StoreReplicator replicator = twoArticles();
        assertEquals(EntenteIris.articleGraph("first-article"), replicator.copy(0).get(0).graph().getURI());
        assertEquals(EntenteIris.articleGraph("copy5-first-article"), replicator.copy(5).get(0).graph().getURI());
        assertThrows(IllegalArgumentException.class, () -> replicator.copy(-1));
        assertThrows(IllegalArgumentException.class, () -> new StoreReplicator(List.of()));
    }
}
