package org.entente.robust;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.entente.identity.EventIdentity;
import org.entente.rdf.QuadCollector;
import org.entente.store.EntenteStore;
import org.entente.vocab.EntenteIris;

/**
 * A loader without NLP, for crash tests that must kill many times in little time: writes article graphs extracted
 * beforehand (one N-Quads file per article: its graph and its reference quads) into a store exactly as
 * {@code entente load} does, through {@link EntenteStore#open(Path)} and {@link EventIdentity#replaceArticles} (the
 * articles and the events graph updated from them) with {@value #BATCH} articles per transaction (as {@code load}
 * batches its commits), and prints {@code stored ID} for each article after its batch is committed. Run in its own JVM
 * so a test can kill it.
 *
 * <pre>
 * java -cp TEST_CLASSPATH org.entente.robust.PreExtractedLoader data/tdb2 01-first.nq 02-second.nq
 * </pre>
 */
public final class PreExtractedLoader {
    static final String STORED = "stored ";
    /** Articles per transaction: small, so that kills land in commits of several articles as well as between them. */
    static final int BATCH = 3;
    private static final String ARTICLE_GRAPH_PREFIX = EntenteIris.ARTICLE_GRAPHS;

    private PreExtractedLoader() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: PreExtractedLoader STORE ARTICLE.nq...");
            System.exit(2);
        }
        PrintStream out = System.out;
        try (EntenteStore store = EntenteStore.open(Path.of(args[0]))) {
            Map<Node, List<Quad>> batch = new LinkedHashMap<>();
            for (int i = 1; i < args.length; i++) {
                List<Quad> quads = read(Path.of(args[i]));
                batch.put(articleGraph(quads, args[i]), quads);
                if (batch.size() == BATCH || i == args.length - 1) {
                    EventIdentity.replaceArticles(store, batch);
                    for (Node graph : batch.keySet()) {
                        out.println(STORED + graph.getURI().substring(ARTICLE_GRAPH_PREFIX.length()));
                    }
                    out.flush();
                    batch.clear();
                }
            }
        }
    }

    static List<Quad> read(Path file) {
        QuadCollector collector = new QuadCollector();
        RDFParser.source(file).lang(Lang.NQUADS).parse(collector);
        return collector.quads();
    }

    /** The one article graph the quads name. */
    static Node articleGraph(List<Quad> quads, String where) {
        List<Node> graphs = quads.stream().map(Quad::getGraph)
                .filter(g -> g.isURI() && g.getURI().startsWith(ARTICLE_GRAPH_PREFIX)).distinct().toList();
        if (graphs.size() != 1) {
            throw new IllegalArgumentException(where + ": expected one article graph, found " + graphs);
        }
        return graphs.get(0);
    }
}
