package org.entente.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.entente.facts.ArticleFacts;
import org.entente.facts.FactExtractor;
import org.entente.ingest.Article;
import org.entente.link.ActorRegistry;
import org.junit.jupiter.api.Test;

/** The writer's provenance: offsets in code points, so SPARQL's SUBSTR gives the sentence back even after an emoji. */
class ArticleGraphWriterTest {

    @Test
    void evidenceOffsetsAreCodePointsThatSparqlSubstrResolves() {
        String text = "Fans cheered \uD83D\uDE00 loudly.\nJapan and South Korea signed a defense pact on Monday.\n";
        Article a = new Article("emoji", "emoji.txt", "Emoji", LocalDate.of(2023, 3, 15), null, null, null, "en", null,
                null, text, 0, text.length());
        ArticleFacts facts = FactExtractor.create().build().extract(a);
        QuadCollector out = new QuadCollector();
        new ArticleGraphWriter(out, ActorRegistry.bundled()).write(facts);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        out.quads().forEach(dsg::add);
        Dataset ds = DatasetFactory.wrap(dsg);
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX ent: <https://w3id.org/entente/ontology#>
                SELECT ?anchor (SUBSTR(?text, ?b + 1, ?e - ?b) AS ?cut) WHERE { GRAPH ?g {
                  ?f a ent:TreatySigning ; ent:evidence ?span . ?span nif:anchorOf ?anchor ; nif:beginIndex ?b ;
                     nif:endIndex ?e ; nif:referenceContext ?ctx . ?ctx nif:isString ?text } }
                """;
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            ResultSet rows = qe.execSelect();
            assertTrue(rows.hasNext(), "no treaty evidence");
            QuerySolution row = rows.next();
            assertEquals(row.getLiteral("anchor").getString(), row.getLiteral("cut").getString());
        }
    }
}
