package org.entente.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.entente.error.ProblemCollector;
import org.entente.facts.ArticleFacts;
import org.entente.facts.Bounds;
import org.entente.facts.Fact;
import org.entente.facts.FactExtractor;
import org.entente.facts.FactType;
import org.entente.ingest.Article;
import org.entente.load.ArticleLoader;
import org.entente.rdf.QuadCollector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Casualties of strikes and battles, on sentences written for these tests: the counts of the trigger's clause are
 * taken with their bounds; counts of other clauses, of other things and of other events are not.
 */
class CasualtiesTest {
    private static FactExtractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = FactExtractor.create().build();
    }

    private static Article article(String text) {
        return new Article("casualties-test", "casualties.txt", "Test", LocalDate.of(2023, 3, 15), null, null, null, "en",
                null, null, text, 0, text.length());
    }

    private static Fact only(String text, FactType type) {
        List<Fact> facts = extractor.extract(article(text)).ofType(type);
        assertEquals(1, facts.size(), () -> text + " -> " + facts);
        return facts.get(0);
    }

    @Test
    void countsOfTheStrikeClauseAreTaken() {
        Fact participle = only("Russian missiles hit Kyiv, killing at least 12 people and wounding 40.", FactType.STRIKE);
        assertEquals(Optional.of(new Bounds(12L, null)), participle.killed());
        assertEquals(Optional.of(new Bounds(40L, 40L)), participle.injured());
        Fact subject = only("A Saudi air strike on Sanaa killed 12 people.", FactType.STRIKE);
        assertEquals(Optional.of(new Bounds(12L, 12L)), subject.killed());
        assertEquals(Optional.empty(), subject.injured());
        Fact passive = only("More than 30 soldiers were killed when Israel bombed Iranian bases in Syria.",
                FactType.STRIKE);
        assertEquals(Optional.of(new Bounds(30L, null)), passive.killed(), passive::toString);
    }

    @Test
    void battlesCountTheirDead() {
        Fact battle = only("Armenian forces clashed with Azerbaijani troops, killing up to 50 soldiers.", FactType.ENGAGEMENT);
        assertEquals(Optional.of(new Bounds(null, 50L)), battle.killed(), battle::toString);
    }

    @Test
    void noCountIsInventedOrBorrowed() {
        assertEquals(Optional.empty(), only("Israel struck targets in Syria on Sunday.", FactType.STRIKE).killed());
        Fact reported = only("Israel struck targets in Syria, and officials said a storm killed 12 people in Turkey.",
                FactType.STRIKE);
        assertEquals(Optional.empty(), reported.killed(), reported::toString);
        Fact things = only("Turkish artillery shelled Kobani, destroying 12 buildings.", FactType.STRIKE);
        assertEquals(Optional.empty(), things.killed(), things::toString);
        assertEquals(Optional.empty(), things.injured(), things::toString);
    }

    @Test
    void casualtiesAreWrittenAndQueriedAndPassShacl() throws Exception {
        String text = "Russian missiles hit Kyiv, killing at least 12 people and wounding 40.";
        QuadCollector out = new QuadCollector();
        ProblemCollector problems = new ProblemCollector();
        ArticleFacts facts = ArticleLoader.create().sink(out).problems(problems).build().load(article(text));
        assertTrue(facts != null && !problems.hasErrors(), () -> problems.problems().toString());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        out.quads().forEach(dsg::add);
        StringBuilder rows = new StringBuilder();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(DatasetGraphFactory.wrap(dsg.getUnionGraph())))
                .query(Files.readString(SeedFixture.repo().resolve("queries/strikes.rq"))).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                for (String v : List.of("killedMin", "killedMax", "injuredMin", "injuredMax")) {
                    rows.append(v).append('=').append(r.contains(v) ? r.getLiteral(v).getLexicalForm() : "-").append(' ');
                }
                rows.append('\n');
            }
        }
        assertEquals("killedMin=12 killedMax=- injuredMin=40 injuredMax=40 \n", rows.toString());
    }
}
