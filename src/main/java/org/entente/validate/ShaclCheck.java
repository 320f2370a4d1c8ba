package org.entente.validate;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Checks graphs against Entente's SHACL shapes ({@code ontology/shapes.ttl}, bundled in the jar).
 *
 * <pre>
 * ValidationReport report = ShaclCheck.bundled().validate(graph);
 * if (!report.conforms()) { ShLib.printReport(report); }
 * </pre>
 */
public final class ShaclCheck {
    private static final String SHAPES = "/org/entente/ontology/shapes.ttl";
    private static volatile ShaclCheck bundled;
    private final Shapes shapes;

    private ShaclCheck(Shapes shapes) {
        this.shapes = shapes;
    }

    public static ShaclCheck bundled() {
        ShaclCheck result = bundled;
        if (result == null) {
            synchronized (ShaclCheck.class) {
                if (bundled == null) {
                    Graph g = GraphFactory.createDefaultGraph();
                    try (InputStream in = ShaclCheck.class.getResourceAsStream(SHAPES)) {
                        if (in == null) {
                            throw new IllegalStateException("SHACL shapes missing from the classpath: " + SHAPES);
                        }
                        RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/entente/shapes").parse(g);
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read " + SHAPES, e);
                    }
                    bundled = new ShaclCheck(Shapes.parse(g));
                }
                result = bundled;
            }
        }
        return result;
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }
}
