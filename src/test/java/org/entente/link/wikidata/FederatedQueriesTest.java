package org.entente.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

/**
 * The federated queries over tests/fixtures/model/minimal.trig (in memory, union default graph as served), with their
 * SERVICE pointed at the embedded Fuseki that serves the Wikidata-shaped fixture.
 */
class FederatedQueriesTest {
    static final String SERVICE = "<https://query.wikidata.org/sparql>";
    static final String WD = "http://www.wikidata.org/entity/";
    static final String STATE = "https://w3id.org/entente/id/state/";

    static String read(String name) throws IOException {
        return Files.readString(WikidataFixture.repo().resolve("queries").resolve(name));
    }

    static List<Map<String, RDFNode>> run(String name, WikidataFixture wikidata) throws IOException {
        String text = read(name);
        assertTrue(text.contains("SERVICE " + SERVICE), name + " federates with the Wikidata Query Service");
        Query query = QueryFactory.create(text.replace(SERVICE, "<" + wikidata.endpoint() + ">"));
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> RDFParser.source(WikidataFixture.repo().resolve("tests/fixtures/model/minimal.trig"))
                .lang(Lang.TRIG).parse(ds));
        return Txn.calculateRead(ds, () -> {
            List<Map<String, RDFNode>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution qs = rs.next();
                    Map<String, RDFNode> row = new LinkedHashMap<>();
                    rs.getResultVars().forEach(v -> row.put(v, qs.get(v)));
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    static String iri(Map<String, RDFNode> row, String var) {
        return row.get(var) == null ? null : row.get(var).asResource().getURI();
    }

    static String text(Map<String, RDFNode> row, String var) {
        return row.get(var) == null ? null : row.get(var).asLiteral().getLexicalForm();
    }

    @Test
    void everyFederatedQueryHasHeadersPrefixesAndAFixedProjection() throws IOException {
        Map<String, List<String>> expected = Map.of(
                "federated-alliance-members.rq", List.of("state", "stateLabel", "stateWikidata", "population",
                        "headOfGovernment", "headOfGovernmentLabel"),
                "federated-official-party.rq", List.of("person", "personLabel", "personWikidata", "party", "partyLabel"));
        try (Stream<Path> files = Files.list(WikidataFixture.repo().resolve("queries"))) {
            assertEquals(expected.keySet(), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("federated-")).collect(Collectors.toSet()));
        }
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            List<String> lines = read(e.getKey()).lines().toList();
            assertTrue(lines.get(0).matches("#\\+ summary: \\S.*"), e.getKey());
            int i = 1;
            while (lines.get(i).startsWith("#+ description: ")) {
                i++;
            }
            assertTrue(lines.get(i).startsWith("PREFIX "), e.getKey());
            Query q = QueryFactory.create(read(e.getKey()));
            assertTrue(q.isSelectType());
            assertEquals(e.getValue(), q.getResultVars(), e.getKey());
        }
    }

    @Test
    void allianceMembersGetPopulationAndHeadOfGovernmentFromWikidata() throws IOException {
        try (WikidataFixture wikidata = WikidataFixture.start()) {
            List<Map<String, RDFNode>> rows = run("federated-alliance-members.rq", wikidata);
            assertEquals(List.of(STATE + "north-korea", STATE + "russia", STATE + "ukraine"),
                    rows.stream().map(r -> iri(r, "state")).toList(), "Japan's only event is planned: not a member");
            Map<String, RDFNode> ukraine = rows.get(2);
            assertEquals("Ukraine", text(ukraine, "stateLabel"));
            assertEquals(WD + "Q212", iri(ukraine, "stateWikidata"));
            assertEquals(0, new BigDecimal("41000000").compareTo(new BigDecimal(text(ukraine, "population"))),
                    "population from the Wikidata side");
            assertEquals(WD + "Q66094865", iri(ukraine, "headOfGovernment"));
            assertEquals("Denys Shmyhal", text(ukraine, "headOfGovernmentLabel"));
            assertEquals("Mikhail Mishustin", text(rows.get(1), "headOfGovernmentLabel"));
            assertEquals("Kim Tok-hun", text(rows.get(0), "headOfGovernmentLabel"));
        }
    }

    @Test
    void officialsGetTheirPartyFromWikidata() throws IOException {
        try (WikidataFixture wikidata = WikidataFixture.start()) {
            List<Map<String, RDFNode>> rows = run("federated-official-party.rq", wikidata);
            assertEquals(1, rows.size(), "Bruce Bennett has no QID, so no party: " + rows);
            Map<String, RDFNode> row = rows.get(0);
            assertEquals("https://w3id.org/entente/id/person/volodymyr-zelensky", iri(row, "person"));
            assertEquals("Volodymyr Zelensky", text(row, "personLabel"));
            assertEquals(WD + "Q3874799", iri(row, "personWikidata"));
            assertEquals(WD + "Q9990000020", iri(row, "party"));
            assertEquals("Fixture Party A", text(row, "partyLabel"));
        }
    }
}
