package org.entente.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.entente.cli.EntenteCli;
import org.entente.pipeline.SeedFixture;
import org.entente.vocab.EntenteIris;
import org.entente.vocab.NIF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real loader ({@code entente load}) over {@code tests/bad-inputs/} plus the generated cases, once: every case
 * comes out as {@code expected.tsv} says, with a message naming its file; the batch goes on; the store holds exactly
 * the accepted articles, complete, with valid IRIs, and names full of RDF and SPARQL metacharacters survive TriG and
 * SPARQL unchanged.
 */
class BadInputsTest {
    private static final Path FOLDER = SeedFixture.repo().resolve("tests/bad-inputs");
    private static final String SCHEMA = "https://schema.org/";

    @TempDir
    static Path tmp;
    private static Path inputs;
    private static Path store;
    private static List<BadInputCase> cases;
    private static int exitCode;
    private static String stderr;
    private static ProblemLines problems;
    private static StoreContents contents;
    private static long loadMillis;

    @BeforeAll
    static void loadEverything() throws IOException {
        cases = BadInputCase.readAll(FOLDER.resolve("expected.tsv"));
        inputs = tmp.resolve("bad-inputs");
        copyFolder(FOLDER, inputs);
        GeneratedBadInputs.writeInto(inputs.resolve("generated"));
        store = tmp.resolve("tdb2");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long started = System.nanoTime();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exitCode = EntenteCli.run("load", inputs.toString(), "--store", store.toString());
        } finally {
            System.setErr(oldErr);
        }
        loadMillis = (System.nanoTime() - started) / 1_000_000;
        stderr = err.toString(StandardCharsets.UTF_8);
        problems = ProblemLines.parse(stderr);
        contents = StoreContents.read(store);
        System.out.println("bad inputs: " + cases.size() + " cases, load took " + loadMillis + " ms, "
                + problems.ofSeverity("error").size() + " errors, " + problems.ofSeverity("warning").size()
                + " warnings, " + contents.articleIds().size() + " articles stored");
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static String source(BadInputCase c) {
        return inputs.resolve(c.file()) + c.name().substring(c.file().length());
    }

    @Test
    void thereAreAtLeastThirtyCasesAndEveryFileIsOne() throws IOException {
        assertTrue(cases.size() >= 30, "only " + cases.size() + " cases");
        Set<String> named = cases.stream().map(BadInputCase::file).collect(Collectors.toCollection(TreeSet::new));
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(inputs)) {
            walk.filter(Files::isRegularFile).map(p -> inputs.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("README.md") && !p.equals("expected.tsv"))
                    .forEach(files::add);
        }
        for (String file : files) {
            String stem = file.replaceFirst("\\.(txt|json)$", "");
            assertTrue(named.contains(file) || named.contains(stem + ".txt") || named.contains(stem + ".json"),
                    file + " is in the folder but is no case of expected.tsv (nor the article or sidecar of one)");
        }
        for (String file : named) {
            assertTrue(files.contains(file), file + " is in expected.tsv but not in the folder");
        }
        String readme = Files.readString(FOLDER.resolve("README.md"), StandardCharsets.UTF_8);
        for (String file : named) {
            String stem = file.replaceFirst("\\.[a-z]+$", "");
            assertTrue(readme.contains("`" + stem + "."), "README.md does not list " + file);
        }
    }

    @Test
    void everyCaseIsReportedAsExpected() {
        List<String> failures = new ArrayList<>();
        for (BadInputCase c : cases) {
            String src = source(c);
            List<String> errors = problems.about("error", src);
            List<String> warnings = problems.about("warning", src);
            switch (c.outcome()) {
                case REJECTED -> {
                    if (errors.stream().noneMatch(l -> l.contains(c.message()))) {
                        failures.add(c.name() + ": expected an error saying '" + c.message() + "', got " + errors);
                    }
                }
                case LOADED -> {
                    if (!errors.isEmpty()) {
                        failures.add(c.name() + ": expected no error, got " + errors);
                    }
                }
                case WARNED -> {
                    if (!errors.isEmpty() || warnings.stream().noneMatch(l -> l.contains(c.message()))) {
                        failures.add(c.name() + ": expected a warning saying '" + c.message() + "' and no error, got "
                                + errors + " " + warnings);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n--- output:\n" + problemsText());
    }

    @Test
    void everyErrorNamesAFileOfTheBatchAndTheBatchFinished() {
        for (String line : problems.ofSeverity("error")) {
            assertTrue(line.startsWith("error: " + inputs + "/"), "error without a file: " + line);
            assertTrue(cases.stream().anyMatch(c -> problems.about("error", source(c)).contains(line)),
                    "error for no known case: " + line);
        }
        assertEquals(EntenteCli.REJECTED, exitCode, "exit status when some input is rejected");
        long stored = cases.stream().filter(BadInputCase::stored).count();
        assertTrue(stderr.contains("articles loaded=" + stored + " failed=0"), "summary: " + summaryLine());
    }

    @Test
    void theStoreHoldsExactlyTheAcceptedArticlesEachComplete() {
        Set<String> expected = cases.stream().filter(BadInputCase::stored).map(BadInputCase::articleId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, contents.articleIds());
        assertEquals(Set.of(), contents.otherGraphs());
        DatasetGraph dsg = contents.copy();
        for (String id : expected) {
            Node graph = NodeFactory.createURI(EntenteIris.articleGraph(id));
            Node article = NodeFactory.createURI(EntenteIris.article(id));
            Txn.executeRead(dsg, () -> {
                assertTrue(dsg.contains(graph, article, RDF.type.asNode(),
                        NodeFactory.createURI(SCHEMA + "NewsArticle")), id + " has no schema:NewsArticle");
                List<Quad> text = new ArrayList<>();
                dsg.find(graph, article, NIF.IS_STRING.asNode(), Node.ANY).forEachRemaining(text::add);
                assertEquals(1, text.size(), id + " should have its text once");
            });
        }
    }

    @Test
    void theStorePassesShacl() {
        assertEquals(EntenteCli.OK, EntenteCli.run("validate", "--data", exportTrig().toString()));
    }

    @Test
    void everyIriIsValidAndTrigRoundTrips() throws IOException {
        DatasetGraph dsg = contents.copy();
        Set<String> bad = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (n.isURI() && !validIri(n.getURI())) {
                    bad.add(n.getURI());
                }
            }
        }));
        assertEquals(Set.of(), bad, "IRIs that are not valid");
        DatasetGraph reread = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(reread, exportTrig().toString());
        assertTrue(Txn.calculateRead(dsg, () -> IsoMatcher.isomorphic(dsg, reread)),
                "TriG export does not read back as the same dataset");
    }

    private static boolean validIri(String iri) {
        if (!iri.matches("[^\\s<>\"{}|\\\\^`]+")) {
            return false;
        }
        try {
            return !IRIx.create(iri).isRelative();
        } catch (IRIException e) {
            return false;
        }
    }

    private static Path exportTrig() {
        Path trig = tmp.resolve("export.trig");
        if (!Files.exists(trig)) {
            DatasetGraph dsg = contents.copy();
            StringWriter out = new StringWriter();
            Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.TRIG));
            try {
                Files.writeString(trig, out.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return trig;
    }

    @Test
    void metacharactersInTitlesAndNamesComeBackThroughSparql() throws IOException {
        String sidecar = Files.readString(FOLDER.resolve("metacharacters-in-names.json"), StandardCharsets.UTF_8);
        JsonObject json = JsonParser.parseString(sidecar).getAsJsonObject();
        String title = json.get("title").getAsString().strip();
        String publisher = json.get("publisher").getAsString().strip();
        String csvTitle = "Title with \"quotes\", <brackets> and {braces}\nand a line break";

        Map<String, String> titles = new HashMap<>();
        Map<String, String> publishers = new HashMap<>();
        for (CSVRecord row : queryCsv(SeedFixture.repo().resolve("queries/articles.rq"))) {
            titles.put(row.get("article"), row.get("title"));
            publishers.put(row.get("article"), row.get("publisher"));
        }
        assertEquals(title, titles.get(EntenteIris.article("metacharacters-in-names")));
        assertEquals(publisher, publishers.get(EntenteIris.article("metacharacters-in-names")));
        assertEquals(csvTitle, titles.get(EntenteIris.article("metachar-row")));

        for (String literal : List.of(title, publisher, csvTitle)) {
            String query = "SELECT ?a WHERE { GRAPH ?g { ?a ?p ?o } FILTER(STR(?o) = "
                    + FmtUtils.stringForNode(NodeFactory.createLiteralString(literal)) + ") }";
            DatasetGraph dsg = contents.copy();
            List<String> found = new ArrayList<>();
            Txn.executeRead(dsg, () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        found.add(s.get("a").toString());
                    }
                }
            });
            assertFalse(found.isEmpty(), "no resource has the literal " + literal + " (query " + query + ")");
        }
    }

    private static List<CSVRecord> queryCsv(Path query) throws IOException {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = EntenteCli.run("query", query.toString(), "--data", exportTrig().toString(), "--format", "csv");
        } finally {
            System.setOut(oldOut);
        }
        assertEquals(EntenteCli.OK, code, "query " + query);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void theBatchTookBoundedTime() {
        assertTrue(loadMillis < 15 * 60_000, "loading the bad inputs took " + loadMillis + " ms");
    }

    private static String problemsText() {
        return String.join("\n", problems.lines());
    }

    private static String summaryLine() {
        return stderr.lines().filter(l -> l.startsWith("articles loaded=")).findFirst().orElse("(no summary)");
    }
}
