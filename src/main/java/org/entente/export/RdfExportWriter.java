package org.entente.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.JSONLDMode;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;
import org.entente.vocab.EntentePrefixes;

/**
 * Writes the store's RDF with RDF4J Rio, declaring Entente's prefixes. Quad formats (TriG, N-Quads, JSON-LD) keep
 * each article's named graph; triple formats (Turtle, RDF/XML) write the union of the graphs, as queries see it.
 * JSON-LD is compacted against a context made of the same prefixes.
 */
final class RdfExportWriter {
    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();

    private RdfExportWriter() {
    }

    /** Writes the dataset in a read transaction; returns the number of statements written. */
    static long write(Dataset dataset, ExportFormat format, OutputStream out) {
        RDFWriter writer = Rio.createWriter(rioFormat(format), out);
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        if (format == ExportFormat.JSONLD) {
            writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
        }
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long count = 0;
            writer.startRDF();
            for (Map.Entry<String, String> prefix : EntentePrefixes.MAPPING.getMapping().entrySet()) {
                writer.handleNamespace(prefix.getKey(), prefix.getValue());
            }
            if (rioFormat(format).supportsContexts()) {
                Iterator<Quad> quads = dsg.find();
                while (quads.hasNext()) {
                    Quad quad = quads.next();
                    Resource context = quad.isDefaultGraph() ? null : (Resource) value(quad.getGraph());
                    writer.handleStatement(VALUES.createStatement((Resource) value(quad.getSubject()),
                            (IRI) value(quad.getPredicate()), value(quad.getObject()), context));
                    count++;
                }
            } else {
                Graph union = dsg.getUnionGraph();
                Iterator<Triple> triples = union.find();
                while (triples.hasNext()) {
                    Triple triple = triples.next();
                    writer.handleStatement(VALUES.createStatement((Resource) value(triple.getSubject()),
                            (IRI) value(triple.getPredicate()), value(triple.getObject())));
                    count++;
                }
                Iterator<Triple> defaults = dsg.getDefaultGraph().find();
                while (defaults.hasNext()) {
                    Triple triple = defaults.next();
                    writer.handleStatement(VALUES.createStatement((Resource) value(triple.getSubject()),
                            (IRI) value(triple.getPredicate()), value(triple.getObject())));
                    count++;
                }
            }
            writer.endRDF();
            return count;
        });
    }

    static RDFFormat rioFormat(ExportFormat format) {
        return switch (format) {
            case TURTLE -> RDFFormat.TURTLE;
            case TRIG -> RDFFormat.TRIG;
            case NQUADS -> RDFFormat.NQUADS;
            case JSONLD -> RDFFormat.JSONLD;
            case RDFXML -> RDFFormat.RDFXML;
            default -> throw new IllegalArgumentException(format + " is not an RDF format");
        };
    }

    private static Value value(Node node) {
        if (node.isURI()) {
            return VALUES.createIRI(node.getURI());
        }
        if (node.isBlank()) {
            return VALUES.createBNode(blankLabel(node.getBlankNodeLabel()));
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return VALUES.createLiteral(node.getLiteralLexicalForm(), lang);
            }
            return VALUES.createLiteral(node.getLiteralLexicalForm(), VALUES.createIRI(node.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("cannot write " + node + " with RDF4J: only IRIs, blank nodes and literals");
    }

    /** Jena's blank node label as letters and digits only (each other character as x and its hex code), one to one. */
    private static String blankLabel(String label) {
        StringBuilder safe = new StringBuilder("b");
        label.codePoints().forEach(c -> {
            if (c < 128 && Character.isLetterOrDigit(c) && c != 'x') {
                safe.appendCodePoint(c);
            } else {
                safe.append('x').append(Integer.toHexString(c)).append('x');
            }
        });
        return safe.toString();
    }
}
