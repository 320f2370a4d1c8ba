package org.entente.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.entente.rdf.QuadCollector;
import org.entente.store.EntenteStore;
import org.entente.vocab.EntenteIris;

/**
 * The bundled sample article already extracted: its graph and reference quads as Entente extracts them, shipped in
 * the jar ({@value #RESOURCE}) so that {@code entente serve} fills an empty store in well under a second, without
 * loading CoreNLP. {@code SampleGraphTest} re-extracts the sample in every build and fails when this copy is stale;
 * regenerate it with
 *
 * <pre>
 * java -jar target/entente.jar extract samples/korea-bizwire-2024-11-06-north-korean-troops.txt \
 *     --out src/main/resources/org/entente/load/sample.trig
 * </pre>
 *
 * and load it with:
 *
 * <pre>
 * SampleGraph.loadInto(store);
 * </pre>
 */
public final class SampleGraph {
    /** Where the extracted sample lies on the classpath. */
    public static final String RESOURCE = "/org/entente/load/sample.trig";
    private static final Node REFERENCE = NodeFactory.createURI(EntenteIris.REFERENCE_GRAPH);

    private SampleGraph() {
    }

    /** Every quad of the extracted sample, in file order. */
    public static List<Quad> quads() {
        QuadCollector quads = new QuadCollector();
        try (InputStream in = SampleGraph.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("extracted sample missing from the classpath: " + RESOURCE);
            }
            RDFParser.source(in).lang(Lang.TRIG).parse(quads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return quads.quads();
    }

    /** The sample article's graph name (the one graph of the sample besides the reference graph). */
    public static Node articleGraph(List<Quad> quads) {
        List<Node> graphs = quads.stream().map(Quad::getGraph).filter(g -> !g.equals(REFERENCE)).distinct().toList();
        if (graphs.size() != 1) {
            throw new IllegalStateException(RESOURCE + " should hold one article graph, not " + graphs);
        }
        return graphs.get(0);
    }

    /** Stores the sample (replacing its graph, in one transaction); returns the number of quads. */
    public static int loadInto(EntenteStore store) {
        List<Quad> quads = quads();
        store.replaceArticle(articleGraph(quads), quads);
        return quads.size();
    }
}
