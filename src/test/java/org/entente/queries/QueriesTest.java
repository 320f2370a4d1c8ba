package org.entente.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.XSD;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteIris;
import org.entente.vocab.NIF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every query in {@code queries/} is well-formed, documented, projects the agreed variables, and gives the rows that
 * the hand-written fixture {@code tests/fixtures/model/minimal.trig} implies, over a TDB2 store whose default graph
 * is the union of its named graphs (as served).
 */
class QueriesTest {

    static final String ARTICLE = EntenteIris.article("2024-11-05-north-korean-troops-russia");
    static final String WD = "http://www.wikidata.org/entity/";
    static final String NORTH_KOREA = EntenteIris.actor("state", "north-korea");
    static final String RUSSIA = EntenteIris.actor("state", "russia");
    static final String UKRAINE = EntenteIris.actor("state", "ukraine");
    static final String JAPAN = EntenteIris.actor("state", "japan");
    static final String UNITED_NATIONS = EntenteIris.actor("org", "united-nations");
    static final String ZELENSKY = EntenteIris.actor("person", "volodymyr-zelensky");

    static final Map<String, List<String>> EXPECTED_VARS = new LinkedHashMap<>();

    static {
        EXPECTED_VARS.put("articles.rq", List.of("article", "title", "date", "publisher", "source", "url"));
        EXPECTED_VARS.put("actors.rq", List.of("actor", "type", "label", "wikidata"));
        EXPECTED_VARS.put("officials.rq", List.of("person", "personLabel", "personWikidata", "role", "roleLabel", "org",
                "orgLabel", "orgWikidata"));
        EXPECTED_VARS.put("deployments.rq", List.of("deployment", "deployer", "deployerWikidata", "host", "hostWikidata",
                "place", "placeLabel", "troopsMin", "troopsMax", "modality", "date", "reportedBy", "article"));
        EXPECTED_VARS.put("engagements.rq", List.of("event", "sideA", "sideAWikidata", "sideB", "sideBWikidata", "place",
                "placeLabel", "modality", "date", "killedMin", "killedMax", "injuredMin", "injuredMax", "article"));
        EXPECTED_VARS.put("treaties.rq", List.of("treaty", "treatyLabel", "party", "partyWikidata", "modality", "date",
                "article"));
        EXPECTED_VARS.put("aid.rq", List.of("aid", "donor", "donorWikidata", "recipient", "recipientWikidata", "aidType",
                "modality", "date", "article"));
        EXPECTED_VARS.put("statements.rq", List.of("statement", "speaker", "speakerLabel", "speakerWikidata", "quote",
                "date", "article"));
        EXPECTED_VARS.put("alliances.rq", List.of("a", "aLabel", "aWikidata", "b", "bLabel", "bWikidata", "polarity",
                "weight", "evidence"));
        EXPECTED_VARS.put("provenance.rq", List.of("fact", "article", "sentence", "begin", "end"));
        EXPECTED_VARS.put("export-events.rq", List.of("event", "eventDate", "sourceName", "sourceSectors",
                "sourceCountry", "eventText", "cameoCode", "ploverType", "ploverMode", "intensity", "targetName",
                "targetSectors", "targetCountry", "modality", "story", "sentenceNumber", "publisher", "url",
                "sourceWikidata", "targetWikidata", "sentence", "datePrecision", "consolidated"));
        EXPECTED_VARS.put("dyad-months.rq", List.of("source", "sourceLabel", "sourceIso", "target", "targetLabel",
                "targetIso", "month", "events", "cooperation", "conflict", "goldsteinSum"));
    }

    static Dataset fixture;

    static Path repo() {
        String configured = System.getProperty("entente.repo");
        return configured != null ? Paths.get(configured) : Paths.get("").toAbsolutePath();
    }

    static Path queryFile(String name) {
        return repo().resolve("queries").resolve(name);
    }

    @BeforeAll
    static void loadFixture() {
        fixture = store("");
    }

    /** An in-memory TDB2 store with the union default graph, holding the fixture plus {@code extraTrig}. */
    static Dataset store(String extraTrig) {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            RDFParser.source(repo().resolve("tests/fixtures/model/minimal.trig")).lang(Lang.TRIG).parse(ds);
            if (!extraTrig.isEmpty()) {
                RDFParser.fromString(PREFIXES + extraTrig, Lang.TRIG).parse(ds);
            }
        });
        return ds;
    }

    static final String PREFIXES = """
            PREFIX ent:    <https://w3id.org/entente/ontology#>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX wd:     <http://www.wikidata.org/entity/>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX state:  <https://w3id.org/entente/id/state/>
            PREFIX org:    <https://w3id.org/entente/id/org/>
            PREFIX test:   <https://w3id.org/entente/article/test/>
            """;

    static String read(String name) {
        try {
            return Files.readString(queryFile(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Map<String, RDFNode>> run(Dataset ds, String name) {
        Query query = QueryFactory.create(read(name));
        return Txn.calculateRead(ds, () -> {
            List<Map<String, RDFNode>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution qs = rs.next();
                    Map<String, RDFNode> row = new LinkedHashMap<>();
                    for (String var : rs.getResultVars()) {
                        row.put(var, qs.get(var));
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    static List<Map<String, RDFNode>> run(String name) {
        return run(fixture, name);
    }

    static String iri(Map<String, RDFNode> row, String var) {
        RDFNode n = row.get(var);
        return n == null ? null : n.asResource().getURI();
    }

    static String text(Map<String, RDFNode> row, String var) {
        RDFNode n = row.get(var);
        return n == null ? null : n.asLiteral().getLexicalForm();
    }

    static Map<String, RDFNode> only(List<Map<String, RDFNode>> rows) {
        assertEquals(1, rows.size(), "rows: " + rows);
        return rows.get(0);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Form

    @Test
    void theQueryDirectoryHoldsTheCompetencyQueries() throws IOException {
        assertTrue(allQueryFiles().containsAll(EXPECTED_VARS.keySet()), () -> "missing: " + EXPECTED_VARS.keySet());
    }

    @Test
    void everyQueryFileHasASummaryAndParses() throws IOException {
        for (String name : allQueryFiles()) {
            String text = read(name);
            assertTrue(text.lines().findFirst().orElse("").matches("#\\+ summary: \\S.*"),
                    name + ": first line must be '#+ summary: …'");
            QueryFactory.create(text);
        }
    }

    private static Set<String> allQueryFiles() throws IOException {
        try (Stream<Path> files = Files.list(repo().resolve("queries"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * SPARQLWrapper guesses a query's form from its first keyword and its comment stripping misses every other line of
     * a comment block, so an update keyword in a header ("rebuilt by load") makes it send the query as an update.
     */
    @Test
    void headersNameNoUpdateKeywordThatClientsCouldMistakeForTheQueryForm() throws IOException {
        Pattern update = Pattern.compile("(?i)\\b(insert|delete|create|clear|drop|load|copy|move|add)\\b");
        for (String name : allQueryFiles()) {
            for (String line : read(name).lines().filter(l -> l.startsWith("#")).toList()) {
                assertFalse(update.matcher(line).find(), () -> name + ": header line names an update keyword: " + line);
            }
        }
    }

    @Test
    void everyQueryHasHeadersThenPrefixesAndParses() {
        for (String name : EXPECTED_VARS.keySet()) {
            String text = read(name);
            List<String> lines = text.lines().toList();
            assertTrue(lines.get(0).matches("#\\+ summary: \\S.*"), name + ": first line must be '#+ summary: …'");
            int i = 1;
            while (i < lines.size() && lines.get(i).startsWith("#+ ")) {
                assertTrue(lines.get(i).startsWith("#+ description: "), name + ": only description headers follow the summary");
                i++;
            }
            assertTrue(lines.get(i).startsWith("PREFIX "), name + ": PREFIX declarations follow the headers");
            assertTrue(text.indexOf("#+ summary:", 1) < 0, name + ": one summary");

            Query query = QueryFactory.create(text);
            assertTrue(query.isSelectType(), name + " is a SELECT query");
            assertEquals(EXPECTED_VARS.get(name), query.getResultVars(), name + " projection");
            assertTrue(query.getGraphURIs().isEmpty() && query.getNamedGraphURIs().isEmpty(), name + ": no FROM clauses");
        }
    }

    @Test
    void queriesUseOnlyDeclaredEntTerms() {
        Model ontology = RDFParser.source(repo().resolve("ontology/entente.ttl")).lang(Lang.TURTLE).toModel();
        Pattern entTerm = Pattern.compile("\\bent:([A-Za-z][A-Za-z0-9]*)");
        Set<String> undeclared = new TreeSet<>();
        for (String name : EXPECTED_VARS.keySet()) {
            Matcher m = entTerm.matcher(read(name));
            while (m.find()) {
                String iri = ENT.NAMESPACE + m.group(1);
                if (!ontology.contains(ontology.getResource(iri), null, (RDFNode) null)) {
                    undeclared.add(name + ": " + iri);
                }
            }
        }
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void everyQueryReturnsRowsOverTheFixture() {
        for (String name : EXPECTED_VARS.keySet()) {
            assertFalse(run(name).isEmpty(), name + " returns rows over minimal.trig");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Content

    @Test
    void articles() {
        Map<String, RDFNode> row = only(run("articles.rq"));
        assertEquals(ARTICLE, iri(row, "article"));
        assertEquals("North Korean troops in Russia, Seoul says", text(row, "title"));
        assertEquals("2024-11-05", text(row, "date"));
        assertEquals(XSD.date.getURI(), row.get("date").asLiteral().getDatatypeURI());
        assertEquals("Korea Bizwire", text(row, "publisher"));
        assertEquals("Yonhap News Agency", text(row, "source"));
        assertEquals("https://example.org/news/2024/11/05/north-korean-troops-russia", text(row, "url"));
    }

    @Test
    void actorsHaveOneRowEachWithTheMostSpecificType() {
        List<Map<String, RDFNode>> rows = run("actors.rq");
        Map<String, Map<String, RDFNode>> byActor = new LinkedHashMap<>();
        rows.forEach(r -> byActor.put(iri(r, "actor"), r));
        assertEquals(rows.size(), byActor.size(), "one row per actor");
        assertEquals(12, rows.size());
        assertEquals(ENT.STATE.getURI(), iri(byActor.get(NORTH_KOREA), "type"));
        assertEquals(WD + "Q423", iri(byActor.get(NORTH_KOREA), "wikidata"));
        assertEquals("North Korea", text(byActor.get(NORTH_KOREA), "label"));
        assertEquals(ENT.INTERGOVERNMENTAL_ORGANIZATION.getURI(), iri(byActor.get(UNITED_NATIONS), "type"));
        assertEquals(ENT.PERSON.getURI(), iri(byActor.get(ZELENSKY), "type"));
        Map<String, RDFNode> rand = byActor.get(EntenteIris.actor("org", "rand-corporation"));
        assertEquals(ENT.THINK_TANK.getURI(), iri(rand, "type"));
        assertNull(rand.get("wikidata"), "unlinked actor has no Wikidata value");
        assertFalse(byActor.containsKey(EntenteIris.actor("place", "kursk-oblast")), "places are not actors");
    }

    @Test
    void actorsWithSeveralTypesAndLabelsStillGiveOneRow() {
        Dataset ds = store("""
                GRAPH <https://w3id.org/entente/graph/reference> {
                    org:rand-corporation a ent:Organization ; rdfs:label "RAND"@en , "RAND Corp."@en .
                    state:russia owl:sameAs wd:Q159 .
                }
                """);
        List<Map<String, RDFNode>> rows = run(ds, "actors.rq");
        List<Map<String, RDFNode>> rand = rows.stream()
                .filter(r -> EntenteIris.actor("org", "rand-corporation").equals(iri(r, "actor"))).toList();
        assertEquals(ENT.THINK_TANK.getURI(), iri(only(rand), "type"));
        assertEquals(12, rows.size());
    }

    @Test
    void officials() {
        List<Map<String, RDFNode>> rows = run("officials.rq");
        assertEquals(2, rows.size());
        Map<String, RDFNode> zelensky = only(rows.stream().filter(r -> ZELENSKY.equals(iri(r, "person"))).toList());
        assertEquals(WD + "Q3874799", iri(zelensky, "personWikidata"));
        assertEquals(EntenteIris.actor("office", "president-of-ukraine"), iri(zelensky, "role"));
        assertEquals("President of Ukraine", text(zelensky, "roleLabel"));
        assertEquals(UKRAINE, iri(zelensky, "org"));
        assertEquals(WD + "Q212", iri(zelensky, "orgWikidata"));
        Map<String, RDFNode> bennett = only(rows.stream()
                .filter(r -> EntenteIris.actor("person", "bruce-bennett").equals(iri(r, "person"))).toList());
        assertEquals("senior defense analyst", text(bennett, "roleLabel"));
        assertEquals("RAND Corporation", text(bennett, "orgLabel"));
        assertNull(bennett.get("personWikidata"));
        assertNull(bennett.get("orgWikidata"));
    }

    @Test
    void officialsFallBackToTheCountryOfTheOffice() {
        Dataset ds = store("""
                GRAPH <https://w3id.org/entente/graph/article/test> {
                    test:office-holding-1 a ent:OfficeHolding ;
                        ent:holder <https://w3id.org/entente/id/person/andrii-sybiha> ;
                        ent:role <https://w3id.org/entente/id/office/president-of-ukraine> .
                    test:office-holding-2 a ent:OfficeHolding ;
                        ent:holder <https://w3id.org/entente/id/person/nobody> ;
                        ent:role <https://w3id.org/entente/id/role/senior-defense-analyst> .
                }
                """);
        List<Map<String, RDFNode>> rows = run(ds, "officials.rq");
        assertEquals(4, rows.size());
        Map<String, RDFNode> viaOffice = only(rows.stream()
                .filter(r -> EntenteIris.actor("person", "andrii-sybiha").equals(iri(r, "person"))).toList());
        assertEquals(UKRAINE, iri(viaOffice, "org"));
        assertEquals("Ukraine", text(viaOffice, "orgLabel"));
        Map<String, RDFNode> noOrg = only(rows.stream()
                .filter(r -> EntenteIris.actor("person", "nobody").equals(iri(r, "person"))).toList());
        assertNull(noOrg.get("org"));
        assertNull(noOrg.get("orgLabel"), "no organization, no stray label");
        assertNull(noOrg.get("orgWikidata"), "no organization, no stray Wikidata value");
    }

    @Test
    void deployments() {
        Map<String, RDFNode> row = only(run("deployments.rq"));
        assertEquals(ARTICLE + "/deployment-26", iri(row, "deployment"));
        assertEquals(NORTH_KOREA, iri(row, "deployer"));
        assertEquals(WD + "Q423", iri(row, "deployerWikidata"));
        assertEquals(RUSSIA, iri(row, "host"));
        assertEquals(WD + "Q159", iri(row, "hostWikidata"));
        assertEquals(RUSSIA, iri(row, "place"));
        assertEquals("Russia", text(row, "placeLabel"));
        assertEquals(10000, row.get("troopsMin").asLiteral().getInt());
        assertNull(row.get("troopsMax"), "\"more than 10,000\" has no maximum");
        assertEquals("2024-10", text(row, "date"));
        assertEquals(XSD.gYearMonth.getURI(), row.get("date").asLiteral().getDatatypeURI());
        assertEquals(EntenteIris.actor("org", "national-intelligence-service"), iri(row, "reportedBy"));
        assertEquals(ARTICLE, iri(row, "article"));
        assertEquals("asserted", text(row, "modality"));
    }

    @Test
    void deploymentsFallBackToInSupportOf() {
        Dataset ds = store("""
                GRAPH <https://w3id.org/entente/graph/article/test> {
                    test:deployment-1 a ent:Deployment ;
                        prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                        ent:deployer state:north-korea ;
                        ent:inSupportOf state:russia ;
                        ent:troopsMin 1500 ; ent:troopsMax 1500 .
                    test:deployment-2 a ent:Deployment ;
                        ent:deployer state:japan .
                }
                """);
        List<Map<String, RDFNode>> rows = run(ds, "deployments.rq");
        assertEquals(3, rows.size());
        Map<String, RDFNode> supported = only(rows.stream()
                .filter(r -> "https://w3id.org/entente/article/test/deployment-1".equals(iri(r, "deployment"))).toList());
        assertEquals(RUSSIA, iri(supported, "host"));
        assertEquals(WD + "Q159", iri(supported, "hostWikidata"));
        assertEquals(1500, supported.get("troopsMax").asLiteral().getInt());
        Map<String, RDFNode> bare = only(rows.stream()
                .filter(r -> "https://w3id.org/entente/article/test/deployment-2".equals(iri(r, "deployment"))).toList());
        assertNull(bare.get("host"));
        assertNull(bare.get("hostWikidata"), "no host, no stray Wikidata value");
        assertNull(bare.get("placeLabel"));
    }

    @Test
    void engagements() {
        Map<String, RDFNode> row = only(run("engagements.rq"));
        assertEquals(UKRAINE, iri(row, "sideA"));
        assertEquals(WD + "Q212", iri(row, "sideAWikidata"));
        assertEquals(NORTH_KOREA, iri(row, "sideB"));
        assertEquals(WD + "Q423", iri(row, "sideBWikidata"));
        assertEquals(EntenteIris.actor("place", "kursk-oblast"), iri(row, "place"));
        assertEquals("Kursk Oblast", text(row, "placeLabel"));
        assertEquals("2024-11-04", text(row, "date"));
        assertEquals(ARTICLE, iri(row, "article"));
    }

    @Test
    void treatiesGiveOneRowPerParty() {
        List<Map<String, RDFNode>> rows = run("treaties.rq");
        assertEquals(2, rows.size());
        Set<String> parties = rows.stream().map(r -> iri(r, "party")).collect(Collectors.toSet());
        assertEquals(Set.of(NORTH_KOREA, RUSSIA), parties);
        for (Map<String, RDFNode> row : rows) {
            assertEquals(EntenteIris.actor("treaty", "treaty-on-comprehensive-strategic-partnership"), iri(row, "treaty"));
            assertEquals("Treaty on Comprehensive Strategic Partnership", text(row, "treatyLabel"));
            assertEquals("2024-06", text(row, "date"));
            assertEquals(ARTICLE, iri(row, "article"));
            assertTrue(iri(row, "partyWikidata").startsWith(WD));
        }
    }

    @Test
    void treatiesReportedTwiceStillGiveOneRowPerParty() {
        Dataset ds = store("""
                GRAPH <https://w3id.org/entente/graph/article/test> {
                    test:treaty-signing-1 a ent:TreatySigning ;
                        prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                        ent:treaty <https://w3id.org/entente/id/treaty/treaty-on-comprehensive-strategic-partnership> ;
                        ent:party state:russia , state:north-korea ;
                        ent:date "2024-06-19"^^xsd:date ;
                        ent:earliest "2024-06-19"^^xsd:date ;
                        ent:latest "2024-06-19"^^xsd:date .
                }
                """);
        List<Map<String, RDFNode>> rows = run(ds, "treaties.rq");
        assertEquals(2, rows.size());
        for (Map<String, RDFNode> row : rows) {
            assertEquals(ARTICLE, iri(row, "article"), "the signing with the earliest date wins");
            assertEquals("2024-06", text(row, "date"));
        }
    }

    @Test
    void aidGivesOneRowPerAidType() {
        List<Map<String, RDFNode>> rows = run("aid.rq");
        assertEquals(3, rows.size());
        List<Map<String, RDFNode>> japan = rows.stream().filter(r -> JAPAN.equals(iri(r, "donor"))).toList();
        assertEquals(Set.of("humanitarian aid", "financial aid"),
                japan.stream().map(r -> text(r, "aidType")).collect(Collectors.toSet()));
        for (Map<String, RDFNode> row : japan) {
            assertEquals(ARTICLE + "/aid-322", iri(row, "aid"));
            assertEquals(WD + "Q17", iri(row, "donorWikidata"));
            assertEquals(UKRAINE, iri(row, "recipient"));
            assertEquals(WD + "Q212", iri(row, "recipientWikidata"));
            assertNull(row.get("date"));
            assertEquals(ARTICLE, iri(row, "article"));
            assertEquals("planned", text(row, "modality"), "Japan will provide aid");
        }
        Map<String, RDFNode> un = only(rows.stream().filter(r -> UNITED_NATIONS.equals(iri(r, "donor"))).toList());
        assertEquals("humanitarian aid", text(un, "aidType"));
        assertEquals(WD + "Q1065", iri(un, "donorWikidata"));
        assertEquals("2023", text(un, "date"));
        assertEquals("asserted", text(un, "modality"));
        assertEquals(XSD.gYear.getURI(), un.get("date").asLiteral().getDatatypeURI());
    }

    @Test
    void aidTypeLabelsComeFromTheStoreWhenTheOntologyIsLoaded() {
        Dataset ds = store("""
                GRAPH <https://w3id.org/entente/graph/ontology> {
                    ent:FinancialAid rdfs:label "financial assistance"@en , "aide financière"@fr .
                }
                """);
        Set<String> types = run(ds, "aid.rq").stream().map(r -> text(r, "aidType")).collect(Collectors.toSet());
        assertEquals(Set.of("humanitarian aid", "financial assistance"), types);
    }

    @Test
    void statements() {
        List<Map<String, RDFNode>> rows = run("statements.rq");
        assertEquals(3, rows.size());
        Map<String, RDFNode> zelensky = only(rows.stream().filter(r -> ZELENSKY.equals(iri(r, "speaker"))).toList());
        assertEquals("This is a new escalation", text(zelensky, "quote"));
        assertEquals("Volodymyr Zelensky", text(zelensky, "speakerLabel"));
        assertEquals(WD + "Q3874799", iri(zelensky, "speakerWikidata"));
        assertEquals(ARTICLE + "/statement-499", iri(zelensky, "statement"));
        assertEquals(ARTICLE, iri(zelensky, "article"));
    }

    @Test
    void alliancesAggregateAssertedDyads() {
        List<Map<String, RDFNode>> rows = run("alliances.rq");
        List<String> summary = rows.stream().map(QueriesTest::dyad).toList();
        assertEquals(List.of(
                NORTH_KOREA + " " + RUSSIA + " cooperation 15.4 2",
                NORTH_KOREA + " " + UKRAINE + " conflict -10 1",
                UNITED_NATIONS + " " + UKRAINE + " cooperation 7.4 1"), summary,
                "Japan's planned aid to Ukraine does not count");
        Map<String, RDFNode> first = rows.get(0);
        assertEquals("North Korea", text(first, "aLabel"));
        assertEquals(WD + "Q423", iri(first, "aWikidata"));
        assertEquals("Russia", text(first, "bLabel"));
        assertEquals(WD + "Q159", iri(first, "bWikidata"));
        assertEquals(XSD.decimal.getURI(), first.get("weight").asLiteral().getDatatypeURI());
    }

    @Test
    void alliancesSplitPolarityAndSkipInvalidDyads() {
        Dataset ds = store("""
                GRAPH <https://w3id.org/entente/graph/article/test> {
                    test:engagement-1 a ent:ArmedEngagement ; ent:modality ent:Asserted ;
                        ent:initiator state:russia ; ent:target state:north-korea ; ent:goldstein -4.0 .
                    test:engagement-2 a ent:ArmedEngagement ;
                        ent:initiator state:north-korea ; ent:target state:russia ; ent:goldstein -1.5 .
                    test:engagement-3 a ent:ArmedEngagement ; ent:modality ent:Negated ;
                        ent:initiator state:russia ; ent:target state:north-korea ; ent:goldstein -10.0 .
                    test:statement-4 a ent:Statement ; ent:modality ent:Hypothetical ;
                        ent:initiator state:russia ; ent:target state:ukraine ; ent:goldstein -9.0 .
                    test:statement-5 a ent:Statement ;
                        ent:initiator org:united-nations ; ent:target org:rand-corporation ; ent:goldstein 3.0 .
                    test:statement-6 a ent:Statement ;
                        ent:initiator state:russia ; ent:target state:russia ; ent:goldstein 5.0 .
                    test:statement-7 a ent:Statement ;
                        ent:initiator <https://w3id.org/entente/id/person/volodymyr-zelensky> ;
                        ent:target state:russia ; ent:goldstein -5.0 .
                    test:aid-8 a ent:AidProvision ;
                        ent:initiator state:japan ; ent:target org:united-nations ; ent:goldstein 0 .
                }
                """);
        List<String> summary = run(ds, "alliances.rq").stream().map(QueriesTest::dyad).toList();
        assertEquals(List.of(
                NORTH_KOREA + " " + RUSSIA + " cooperation 15.4 2",
                NORTH_KOREA + " " + UKRAINE + " conflict -10 1",
                UNITED_NATIONS + " " + UKRAINE + " cooperation 7.4 1",
                NORTH_KOREA + " " + RUSSIA + " conflict -5.5 2",
                UNITED_NATIONS + " " + JAPAN + " conflict 0 1"), summary);
    }

    /** Facts of every modality, and some with none, for the event queries. */
    static final String MODALITIES = """
            GRAPH <https://w3id.org/entente/graph/article/test> {
                test:meeting-1 a ent:Meeting ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:participant state:russia , state:japan ; ent:modality ent:Asserted .
                test:meeting-2 a ent:Meeting ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:participant state:russia , state:ukraine ; ent:modality ent:Planned .
                test:meeting-3 a ent:Meeting ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:participant state:japan , state:ukraine ; ent:modality ent:Negated .
                test:meeting-4 a ent:Meeting ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:participant state:japan , state:north-korea .
                test:engagement-5 a ent:ArmedEngagement ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:sideA state:russia ; ent:sideB state:japan ; ent:modality ent:Hypothetical .
                test:deployment-6 a ent:Deployment ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:deployer state:japan ; ent:hostState state:ukraine ; ent:modality ent:Negated .
                test:treaty-signing-7 a ent:TreatySigning ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:treaty <https://w3id.org/entente/id/treaty/treaty-on-comprehensive-strategic-partnership> ;
                    ent:party state:russia , state:north-korea ; ent:modality ent:Planned ;
                    ent:earliest "2024-01-01"^^xsd:date .
                test:aid-8 a ent:AidProvision ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:donor state:russia ; ent:recipient state:north-korea ; ent:aidType ent:MilitaryAid ;
                    ent:modality ent:Hypothetical .
                test:sanction-9 a ent:Sanction ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:imposer state:japan ; ent:sanctioned state:russia .
                test:sanction-10 a ent:Sanction ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:imposer state:japan ; ent:sanctioned state:north-korea ; ent:modality ent:Planned .
                test:strike-11 a ent:Strike ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:attacker state:russia ; ent:attacked state:ukraine ; ent:modality ent:Hypothetical .
                test:expulsion-12 a ent:Expulsion ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:expeller state:japan ; ent:expelled state:russia ; ent:modality ent:Negated .
                test:withdrawal-13 a ent:Withdrawal ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:withdrawer state:russia ; ent:withdrawnFrom state:ukraine ; ent:modality ent:Planned .
                test:vote-14 a ent:Vote ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:votingBody org:united-nations .
                test:accession-15 a ent:Accession ; prov:wasDerivedFrom <https://w3id.org/entente/article/test> ;
                    ent:member state:ukraine ; ent:memberOrganization org:united-nations ; ent:modality ent:Hypothetical .
            }
            """;

    /** The ?modality words of a query's rows, keyed by the value of {@code keyVar}, for the test article's facts. */
    static Map<String, String> modalities(Dataset ds, String query, String keyVar) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (Map<String, RDFNode> row : run(ds, query)) {
            String old = byKey.put(iri(row, keyVar), text(row, "modality"));
            assertTrue(old == null || old.equals(text(row, "modality")), () -> query + ": one modality per " + keyVar);
        }
        return byKey;
    }

    @Test
    void eventQueriesReturnEveryModalityAsAWord() {
        Dataset ds = store(MODALITIES);
        String test = "https://w3id.org/entente/article/test/";
        assertEquals(Map.of(test + "meeting-1", "asserted", test + "meeting-2", "planned", test + "meeting-3", "negated",
                test + "meeting-4", "asserted"), modalities(ds, "meetings.rq", "meeting"),
                "meetings of every modality; no ent:modality is asserted");
        assertEquals(Map.of(ARTICLE + "/engagement-143", "asserted", test + "engagement-5", "hypothetical"),
                modalities(ds, "engagements.rq", "event"));
        assertEquals(Map.of(ARTICLE + "/deployment-26", "asserted", test + "deployment-6", "negated"),
                modalities(ds, "deployments.rq", "deployment"));
        assertEquals(Map.of(ARTICLE + "/aid-322", "planned", ARTICLE + "/aid-388", "asserted", test + "aid-8",
                "hypothetical"), modalities(ds, "aid.rq", "aid"));
        assertEquals(Map.of(test + "sanction-9", "asserted", test + "sanction-10", "planned"),
                modalities(ds, "sanctions.rq", "sanction"));
        assertEquals(Map.of(test + "strike-11", "hypothetical"), modalities(ds, "strikes.rq", "strike"));
        assertEquals(Map.of(test + "expulsion-12", "negated"), modalities(ds, "expulsions.rq", "expulsion"));
        assertEquals(Map.of(test + "withdrawal-13", "planned"), modalities(ds, "withdrawals.rq", "withdrawal"));
        assertEquals(Map.of(test + "vote-14", "asserted"), modalities(ds, "votes.rq", "vote"));
        assertEquals(Map.of(test + "accession-15", "hypothetical"), modalities(ds, "memberships.rq", "event"));

        List<String> treaties = run(ds, "treaties.rq").stream()
                .map(r -> text(r, "modality") + " " + iri(r, "party").substring(iri(r, "party").lastIndexOf('/') + 1)
                        + " " + (ARTICLE.equals(iri(r, "article")) ? "seed" : iri(r, "article")))
                .toList();
        assertEquals(List.of("asserted north-korea seed", "asserted russia seed",
                "planned north-korea https://w3id.org/entente/article/test",
                "planned russia https://w3id.org/entente/article/test"), treaties, "a planned signing does not hide, or stand for, the one that happened");
    }

    @Test
    void alliancesCountPlannedAgreementsAndThreatsButNoOtherPlansOrDenials() {
        Dataset ds = store("""
                GRAPH <https://w3id.org/entente/graph/article/test> {
                    test:coded-event-1 a ent:Event ; ent:modality ent:Planned ; ent:ploverType "AGREE" ;
                        ent:initiator state:japan ; ent:target state:south-korea ; ent:goldstein 5.2 .
                    test:coded-event-2 a ent:Event ; ent:modality ent:Planned ; ent:ploverType "THREATEN" ;
                        ent:initiator state:japan ; ent:target state:south-korea ; ent:goldstein -7.0 .
                    test:coded-event-3 a ent:Event ; ent:modality ent:Planned ; ent:ploverType "AID" ;
                        ent:initiator state:japan ; ent:target state:south-korea ; ent:goldstein 7.4 .
                    test:coded-event-4 a ent:Event ; ent:modality ent:Negated ; ent:ploverType "AGREE" ;
                        ent:initiator state:japan ; ent:target state:south-korea ; ent:goldstein 8.0 .
                    test:coded-event-5 a ent:Event ; ent:modality ent:Hypothetical ; ent:ploverType "THREATEN" ;
                        ent:initiator state:japan ; ent:target state:south-korea ; ent:goldstein -4.0 .
                }
                """);
        List<String> japanSouthKorea = run(ds, "alliances.rq").stream().map(QueriesTest::dyad)
                .filter(d -> d.startsWith(JAPAN)).toList();
        String southKorea = EntenteIris.actor("state", "south-korea");
        assertEquals(List.of(JAPAN + " " + southKorea + " conflict -7 1", JAPAN + " " + southKorea + " cooperation 5.2 1"),
                japanSouthKorea);
    }

    static String dyad(Map<String, RDFNode> row) {
        Literal weight = row.get("weight").asLiteral();
        return iri(row, "a") + " " + iri(row, "b") + " " + text(row, "polarity") + " "
                + new BigDecimal(weight.getLexicalForm()).stripTrailingZeros().toPlainString() + " "
                + row.get("evidence").asLiteral().getInt();
    }

    @Test
    void provenanceListsEveryEvidenceSpanWithItsText() {
        List<Map<String, RDFNode>> rows = run("provenance.rq");
        assertEquals(10, rows.size());
        String articleText = Txn.calculateRead(fixture, () -> fixture.getUnionModel()
                .getResource(ARTICLE).getProperty(NIF.IS_STRING).getString());
        Set<String> facts = new HashSet<>();
        for (Map<String, RDFNode> row : rows) {
            assertEquals(ARTICLE, iri(row, "article"));
            int begin = row.get("begin").asLiteral().getInt();
            int end = row.get("end").asLiteral().getInt();
            assertEquals(articleText.substring(begin, end), text(row, "sentence"));
            facts.add(iri(row, "fact"));
        }
        assertEquals(10, facts.size());
        Map<String, RDFNode> deployment = only(rows.stream()
                .filter(r -> (ARTICLE + "/deployment-26").equals(iri(r, "fact"))).toList());
        assertEquals(26, deployment.get("begin").asLiteral().getInt());
        assertEquals(142, deployment.get("end").asLiteral().getInt());
    }
}
