package org.entente.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * A bundled query rewritten for speed answers exactly as the formulation it replaced: for every file in
 * {@code tests/fixtures/queries-before-rewrite/}, the query of the same name in {@code queries/} gives the same rows in
 * the same order, on the model fixture and on the fixture with data for every branch of the query.
 */
class QueryRewritesTest {
    /** Office holdings for each way officials.rq finds an organization, and the same official twice. */
    private static final String OFFICES = """
            PREFIX office: <https://w3id.org/entente/id/office/>
            PREFIX person: <https://w3id.org/entente/id/person/>
            PREFIX state:  <https://w3id.org/entente/id/state/>
            PREFIX org:    <https://w3id.org/entente/id/org/>
            PREFIX fact:   <https://w3id.org/entente/article/rewrite-test/>
            <https://w3id.org/entente/graph/reference> {
                office:prime-minister-of-japan rdfs:label "Prime Minister of Japan"@en ; ent:country state:japan .
                office:envoy rdfs:label "envoy"@en .
                office:foreign-minister-of-japan ent:country state:japan .
                state:japan rdfs:label "Japan"@en ; owl:sameAs wd:Q17 .
                org:asean rdfs:label "ASEAN"@en ; owl:sameAs wd:Q7768 , <http://example.org/not-wikidata> .
                org:g7 rdfs:label "G7"@en , "G7 (group)"@en .
                person:shigeru-ishiba rdfs:label "Shigeru Ishiba"@en ; owl:sameAs wd:Q1059551 .
                person:an-envoy rdfs:label "An Envoy"@en .
            }
            <https://w3id.org/entente/graph/article/rewrite-test> {
                fact:office-holding-1 a ent:OfficeHolding ; ent:holder person:shigeru-ishiba ;
                    ent:role office:prime-minister-of-japan .
                fact:office-holding-2 a ent:OfficeHolding ; ent:holder person:shigeru-ishiba ;
                    ent:role office:prime-minister-of-japan .
                fact:office-holding-3 a ent:OfficeHolding ; ent:holder person:an-envoy ; ent:role office:envoy ;
                    ent:organization org:asean , org:g7 .
                fact:office-holding-4 a ent:OfficeHolding ; ent:holder person:an-envoy ; ent:role office:envoy .
                fact:office-holding-5 a ent:OfficeHolding ; ent:holder person:an-envoy ;
                    ent:role office:foreign-minister-of-japan ; ent:organization org:g7 .
                fact:office-holding-6 ent:holder person:an-envoy ; ent:role office:prime-minister-of-japan .
            }
            """;

    @Test
    void everyRewrittenQueryAnswersAsTheFormulationItReplaced() throws IOException {
        List<Path> before;
        try (Stream<Path> listing = Files.list(QueriesTest.repo().resolve("tests/fixtures/queries-before-rewrite"))) {
            before = listing.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(before.isEmpty(), "no query kept in its former formulation");
        Dataset fixture = QueriesTest.store("");
        Dataset withBranches = QueriesTest.store(OFFICES);
        for (Path old : before) {
            String name = old.getFileName().toString();
            String formerText = Files.readString(old, StandardCharsets.UTF_8);
            String text = Files.readString(QueriesTest.queryFile(name), StandardCharsets.UTF_8);
            for (Dataset ds : List.of(fixture, withBranches)) {
                String expected = rows(ds, formerText);
                assertTrue(expected.lines().count() > 1, name + " has rows on the fixture");
                assertEquals(expected, rows(ds, text), name);
            }
        }
    }

    private static String rows(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsTSV(out, qe.execSelect());
                return out.toString(StandardCharsets.UTF_8);
            }
        });
    }
}
