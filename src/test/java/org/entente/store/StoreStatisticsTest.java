package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.entente.vocab.ENT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StoreStatistics} on real TDB2 stores in a temporary directory: what it counts, where it writes, that TDB2's
 * optimizer reads the file and plans with it, and that no bundled query answers differently once it does.
 */
class StoreStatisticsTest {
    static {
        JenaSystem.init();
    }

    private static final String G = "https://w3id.org/entente/graph/article/stats-test-";
    private static final String F = "https://w3id.org/entente/article/stats-test/fact-";
    private static final Node TYPE = RDF.type.asNode();
    private static final Node MODALITY = ENT.MODALITY_PROP.asNode();
    private static final Node ASSERTED = ENT.ASSERTED.asNode();
    private static final Node MEETING = ENT.MEETING.asNode();
    private static final Node STATEMENT = ENT.STATEMENT.asNode();

    @TempDir
    Path dir;

    /** 300 asserted statements and 5 planned meetings over 3 graphs; one statement stated in two graphs. */
    private void loadFacts(EntenteStore store) {
        StringBuilder trig = new StringBuilder("PREFIX ent: <" + ENT.NAMESPACE + ">\n");
        for (int i = 0; i < 305; i++) {
            String type = i < 300 ? "ent:Statement ; ent:modality ent:Asserted"
                    : "ent:Meeting ; ent:modality ent:Planned";
            trig.append("<").append(G).append(i % 3).append("> { <").append(F).append(i).append("> a ")
                    .append(type).append(" . }\n");
        }
        trig.append("<").append(G).append("1> { <").append(F).append("0> a ent:Statement . }\n");
        Txn.executeWrite(store.dataset(), () -> RDFParser.fromString(trig.toString(), Lang.TRIG)
                .parse(store.dataset().asDatasetGraph()));
    }

    @Test
    void countsTheDistinctTriplesOfTheUnionGraphAndTheFrequentObjects() {
        try (EntenteStore store = EntenteStore.open(dir)) {
            loadFacts(store);
            StoreStatistics stats = StoreStatistics.gather(store.dataset());
            long union = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                        .query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(610, union, "the fixture: 305 types and 305 modalities, the repeated type once");
            assertEquals(union, stats.triples());
            assertEquals(305, stats.predicate(TYPE));
            assertEquals(305, stats.predicate(MODALITY));
            assertEquals(300, stats.frequentObject(TYPE, STATEMENT), "the statement in two graphs counts once");
            assertEquals(300, stats.frequentObject(MODALITY, ASSERTED));
            assertEquals(0, stats.frequentObject(MODALITY, ENT.PLANNED.asNode()), "5 are below the threshold");
            assertEquals(5, stats.frequentObject(TYPE, MEETING), "a class is counted however rare");
            assertEquals(0, stats.predicate(ENT.HOLDER.asNode()));
        }
    }

    @Test
    void writesWhereTdb2ReadsItAndTheOptimizerStartsFromTheRarePattern() throws IOException {
        Path written;
        try (EntenteStore store = EntenteStore.open(dir)) {
            loadFacts(store);
            written = StoreStatistics.write(store.dataset());
        }
        assertEquals(dir.resolve("Data-0001").resolve(StoreStatistics.FILE), written);
        String text = Files.readString(written, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("(stats"), text);

        Var m = Var.alloc("m");
        BasicPattern bgp = new BasicPattern();
        bgp.add(Triple.create(m, MODALITY, ASSERTED));
        bgp.add(Triple.create(m, TYPE, MEETING));
        ReorderTransformation fixed = ReorderLib.fixed();
        assertEquals(MODALITY, fixed.reorder(bgp).get(0).getPredicate(),
                "without statistics TDB2 starts from the pattern with a constant object");
        ReorderTransformation weighted = ReorderLib.weighted(written.toString());
        assertEquals(MEETING, weighted.reorder(bgp).get(0).getObject(), "with them, from the 5 meetings");

        Dataset reopened = reopen();
        ReorderTransformation used = TDBInternal.getDatasetGraphTDB(reopened.asDatasetGraph()).getReorderTransform();
        assertEquals(MEETING, used.reorder(bgp).get(0).getObject(), "the reopened store plans with the file");
        reopened.close();
    }

    @Test
    void everyBundledQueryGivesTheSameRowsInTheSameOrderWithTheStatistics() throws IOException {
        Map<String, String> before;
        try (EntenteStore store = EntenteStore.open(dir)) {
            Txn.executeWrite(store.dataset(), () -> {
                RDFParser.source(repo().resolve("tests/fixtures/model/minimal.trig")).lang(Lang.TRIG)
                        .parse(store.dataset().asDatasetGraph());
            });
            loadFacts(store);
            before = answers(store.dataset());
            StoreStatistics.write(store.dataset());
        }
        Dataset reopened = reopen();
        Map<String, String> after = answers(reopened);
        reopened.close();
        assertFalse(before.isEmpty());
        assertTrue(before.values().stream().anyMatch(rows -> rows.lines().count() > 1), "some query has rows");
        before.forEach((name, rows) -> assertEquals(rows, after.get(name), name));
    }

    @Test
    void refusesADatasetThatIsNotTdb2() {
        assertThrows(IllegalArgumentException.class, () -> StoreStatistics.gather(DatasetFactory.createTxnMem()));
    }

    /** The store opened anew, as the next process would (the optimizer is chosen when a store is opened). */
    private Dataset reopen() {
        try (EntenteStore first = EntenteStore.open(dir)) {
            TDBInternal.expel(first.dataset().asDatasetGraph());
        }
        return EntenteStore.open(dir).dataset();
    }

    /** Query file name to its rows as TSV, for every bundled SELECT query that calls no remote service. */
    private static Map<String, String> answers(Dataset dataset) throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(repo().resolve("queries"))) {
            files = listing.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        for (Path file : files) {
            Query query = QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
            if (!query.isSelectType() || query.serialize().contains("SERVICE")) {
                continue;
            }
            answers.put(file.getFileName().toString(), Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ResultSetFormatter.outputAsTSV(out, qe.execSelect());
                    return out.toString(StandardCharsets.UTF_8);
                }
            }));
        }
        return answers;
    }

    private static Path repo() {
        String configured = System.getProperty("entente.repo");
        return configured != null ? Paths.get(configured) : Paths.get("").toAbsolutePath();
    }
}
