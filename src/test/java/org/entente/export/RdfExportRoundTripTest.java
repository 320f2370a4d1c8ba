package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.entente.pipeline.SeedFixture;
import org.entente.vocab.ENT;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every RDF export of the seed store, written by RDF4J Rio, parses back with Jena into an isomorphic graph. */
class RdfExportRoundTripTest {
    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TURTLE", "TRIG", "NQUADS", "JSONLD", "RDFXML"})
    void exportParsesBackIsomorphic(ExportFormat format) throws Exception {
        Path file = ExportTestSupport.artifacts("exports").resolve("seed." + format.extension());
        Dataset store = SeedFixture.store().dataset();
        GraphExport.Result result = GraphExport.create().dataset(store).format(format).build().writeTo(file);
        assertTrue(result.statements() > 100, result.toString());

        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(file).lang(lang(format)).parse(parsed);
        Txn.executeRead(store, () -> {
            DatasetGraph original = store.asDatasetGraph();
            if (RdfExportWriter.rioFormat(format).supportsContexts()) {
                assertTrue(IsoMatcher.isomorphic(original, parsed), format + ": the named graphs come back isomorphic");
                assertEquals(count(original.listGraphNodes()), count(parsed.listGraphNodes()), format + " graph count");
            } else {
                Graph union = original.getUnionGraph();
                assertTrue(IsoMatcher.isomorphic(union, parsed.getDefaultGraph()),
                        format + ": the union graph comes back isomorphic");
                assertEquals(union.size(), parsed.getDefaultGraph().size(), format + " triple count");
            }
        });

        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (format != ExportFormat.NQUADS) {
            String declaration = switch (format) {
                case TURTLE, TRIG -> "@prefix ent: <" + ENT.NAMESPACE + ">";
                case RDFXML -> "xmlns:ent=\"" + ENT.NAMESPACE + "\"";
                default -> "\"ent\": \"" + ENT.NAMESPACE + "\"";
            };
            assertTrue(text.contains(declaration), format + " declares our prefixes: " + declaration);
        }
        if (format == ExportFormat.JSONLD) {
            assertTrue(text.contains("\"@context\"") && text.contains("\"ent:State\""), "JSON-LD is compacted with a context");
        }
    }

    private static long count(Iterator<?> iterator) {
        long n = 0;
        while (iterator.hasNext()) {
            iterator.next();
            n++;
        }
        return n;
    }

    private static Lang lang(ExportFormat format) {
        return switch (format) {
            case TURTLE -> Lang.TURTLE;
            case TRIG -> Lang.TRIG;
            case NQUADS -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
            default -> throw new IllegalArgumentException(format.toString());
        };
    }
}
