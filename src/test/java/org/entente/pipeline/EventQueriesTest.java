package org.entente.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.error.ProblemCollector;
import org.entente.ingest.Article;
import org.entente.load.ArticleLoader;
import org.entente.store.EntenteStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The competency queries of the newer event types, and the alliance network they feed, over a real TDB2 store loaded
 * from one article written for this test.
 */
class EventQueriesTest {
    private static final String TEXT = "Athens expelled the Libyan ambassador over the dispute. "
            + "Israel struck targets in Syria on Sunday. Montenegro joined NATO in 2017. "
            + "Parliament passed the budget on Tuesday. The United States withdrew its troops from Afghanistan. "
            + "Iran threatened to strike Israel.";

    @TempDir
    static Path dir;
    private static EntenteStore store;

    @BeforeAll
    static void load() {
        store = EntenteStore.open(dir.resolve("tdb2"));
        Article a = new Article("new-events", "new-events.txt", "New events", LocalDate.of(2023, 3, 15), null, null, null,
                "en", null, null, TEXT, 0, TEXT.length());
        ProblemCollector problems = new ProblemCollector();
        assertTrue(ArticleLoader.create().store(store).problems(problems).build().load(a) != null && !problems.hasErrors(),
                () -> problems.problems().toString());
    }

    @AfterAll
    static void close() {
        TDBInternal.expel(store.dataset().asDatasetGraph(), true);
    }

    private static Map<String, String> only(List<Map<String, String>> rows) {
        assertEquals(1, rows.size(), rows::toString);
        return rows.get(0);
    }

    @Test
    void eachNewTypeHasItsQuery() throws Exception {
        Map<String, String> vote = only(QueryRows.of(store.dataset(), "votes.rq"));
        assertEquals("Parliament", vote.get("bodyLabel"));
        assertEquals("the budget", vote.get("motion"));
        assertEquals("2023-03-14", vote.get("date"));
        Map<String, String> joined = only(QueryRows.of(store.dataset(), "memberships.rq"));
        assertEquals("join", joined.get("action"));
        assertEquals("http://www.wikidata.org/entity/Q236", joined.get("memberWikidata"));
        Map<String, String> expulsion = only(QueryRows.of(store.dataset(), "expulsions.rq"));
        assertEquals("http://www.wikidata.org/entity/Q1016", expulsion.get("expelledWikidata"));
        Map<String, String> withdrawal = only(QueryRows.of(store.dataset(), "withdrawals.rq"));
        assertEquals("http://www.wikidata.org/entity/Q889", withdrawal.get("fromWikidata"));
        List<Map<String, String>> strikes = QueryRows.of(store.dataset(), "strikes.rq");
        assertEquals(2, strikes.size(), strikes::toString);
        assertTrue(strikes.stream().anyMatch(r -> "planned".equals(r.get("modality"))), strikes::toString);
    }

    @Test
    void assertedNewEventsAreWeightedEdgesOfTheAllianceNetwork() throws Exception {
        Map<String, String> weights = new TreeMap<>();
        for (Map<String, String> row : QueryRows.of(store.dataset(), "alliances.rq")) {
            weights.put(row.get("aLabel") + " / " + row.get("bLabel") + " " + row.get("polarity"),
                    row.get("weight") + " x" + row.get("evidence"));
        }
        assertEquals(Map.of(
                "Greece / Libya conflict", "-4.0 x1",
                "Israel / Syria conflict", "-10.0 x1",
                "Afghanistan / United States cooperation", "9.0 x1",
                "NATO / Montenegro cooperation", "6.0 x1",
                "Iran / Israel conflict", "-7.0 x1"), weights,
                "the threatened strike on Israel is a threat (CAMEO 1384), once");
    }
}
