package org.entente.identity;

import static org.entente.identity.SyntheticArticles.NORTH_KOREA;
import static org.entente.identity.SyntheticArticles.RUSSIA;
import static org.entente.identity.SyntheticArticles.UKRAINE;
import static org.entente.identity.SyntheticArticles.deployment;
import static org.entente.identity.SyntheticArticles.engagement;
import static org.entente.identity.SyntheticArticles.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.entente.cli.EntenteCli;
import org.entente.facts.ArticleFacts;
import org.entente.facts.Modality;
import org.entente.pipeline.QueryRows;
import org.entente.store.EntenteStore;
import org.entente.validate.ShaclCheck;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteIris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events graph in a real TDB2 store: synthetic articles written by the real graph writer, refreshed by
 * {@link EventIdentity}, read back with the competency queries.
 */
class EventIdentityStoreTest {
    static final Node EVENTS = NodeFactory.createURI(EntenteIris.EVENTS_GRAPH);
    static final LocalDate JUNE_19 = LocalDate.parse("2024-06-19");

    @TempDir
    Path dir;

    /** Event IRI → its reports (fact IRIs), read from the events graph. */
    static Map<String, Set<String>> events(EntenteStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            Map<String, Set<String>> out = new TreeMap<>();
            ds.asDatasetGraph().find(EVENTS, Node.ANY, RDF.type.asNode(), ENT.CONSOLIDATED_EVENT.asNode())
                    .forEachRemaining(q -> out.put(q.getSubject().getURI(), new TreeSet<>()));
            ds.asDatasetGraph().find(EVENTS, Node.ANY, ENT.HAS_REPORT.asNode(), Node.ANY)
                    .forEachRemaining(q -> out.get(q.getSubject().getURI()).add(q.getObject().getURI()));
            return out;
        });
    }

    private EntenteStore open(String name) {
        return EntenteStore.open(dir.resolve(name));
    }

    private static void close(EntenteStore store) {
        TDBInternal.expel(store.dataset().asDatasetGraph(), true);
    }

    @Test
    void twoArticlesTwoDaysApartGiveOneEventWithTwoReports() throws Exception {
        EntenteStore store = open("two-days");
        try {
            SyntheticArticles.store(store, meeting("synthetic-a", JUNE_19, Modality.ASSERTED, RUSSIA, NORTH_KOREA));
            SyntheticArticles.store(store, meeting("synthetic-b", JUNE_19.plusDays(2), Modality.ASSERTED, NORTH_KOREA,
                    RUSSIA));
            List<Map<String, String>> before = QueryRows.of(store.dataset(), "alliances.rq");
            assertEquals("2", only(before).get("evidence"), "without the events graph every report counts");

            EventRefresh result = EventIdentity.refresh(store);
            assertEquals(new EventRefresh(2, 1, 1, 1, result.quads()), result);
            Map<String, Set<String>> events = events(store);
            assertEquals(Set.of(EventClustering.EVENT_BASE + "meeting-2024-06-19-north-korea-russia"), events.keySet());
            assertEquals(Set.of(EntenteIris.article("synthetic-a") + "/meeting-0",
                    EntenteIris.article("synthetic-b") + "/meeting-0"), events.values().iterator().next());

            Map<String, String> dyad = only(QueryRows.of(store.dataset(), "alliances.rq"));
            assertEquals("1", dyad.get("evidence"), "one event, however many articles report it");
            assertEquals(1.0, Double.parseDouble(dyad.get("weight")), 1e-9);
            assertEquals("cooperation", dyad.get("polarity"));

            Map<String, String> row = only(QueryRows.of(store.dataset(), "events.rq"));
            assertEquals("2", row.get("reports"));
            assertEquals("2", row.get("articles"));
            assertEquals(ENT.MEETING.getURI(), row.get("type"));
            assertEquals("2024-06-19", row.get("earliest"));
            assertEquals("2024-06-21", row.get("latest"));
            assertEquals("040", row.get("cameoCode"));
            assertTrue(row.get("actors").contains("Russia") && row.get("actors").contains("North Korea"), row.toString());

            ValidationReport report = Txn.calculateRead(store.dataset(),
                    () -> ShaclCheck.bundled().validate(store.dataset().asDatasetGraph().getUnionGraph()));
            assertTrue(report.conforms(), () -> report.getEntries().toString());
        } finally {
            close(store);
        }
    }

    @Test
    void sidesOfAnEngagementAreUnordered() throws Exception {
        EntenteStore store = open("sides");
        try {
            SyntheticArticles.store(store, engagement("synthetic-a", JUNE_19, UKRAINE, NORTH_KOREA));
            SyntheticArticles.store(store, engagement("synthetic-b", JUNE_19.plusDays(1), NORTH_KOREA, UKRAINE));
            EventIdentity.refresh(store);
            Map<String, Set<String>> events = events(store);
            assertEquals(Set.of(EventClustering.EVENT_BASE + "engagement-2024-06-19-north-korea-ukraine"),
                    events.keySet());
            Map<String, String> dyad = only(QueryRows.of(store.dataset(), "alliances.rq"));
            assertEquals("1", dyad.get("evidence"));
            assertEquals(-10.0, Double.parseDouble(dyad.get("weight")), 1e-9);
        } finally {
            close(store);
        }
    }

    @Test
    void articlesThirtyDaysApartGiveTwoEvents() {
        EntenteStore store = open("thirty-days");
        try {
            SyntheticArticles.store(store, meeting("synthetic-a", JUNE_19, Modality.ASSERTED, RUSSIA, NORTH_KOREA));
            SyntheticArticles.store(store, meeting("synthetic-b", JUNE_19.plusDays(30), Modality.ASSERTED, RUSSIA,
                    NORTH_KOREA));
            EventIdentity.refresh(store);
            assertEquals(Set.of(EventClustering.EVENT_BASE + "meeting-2024-06-19-north-korea-russia",
                    EventClustering.EVENT_BASE + "meeting-2024-07-19-north-korea-russia"), events(store).keySet());
        } finally {
            close(store);
        }
    }

    @Test
    void aPlannedMeetingIsNotMergedWithTheMeetingThatHappened() {
        EntenteStore store = open("modality");
        try {
            SyntheticArticles.store(store, meeting("synthetic-a", JUNE_19, Modality.ASSERTED, RUSSIA, NORTH_KOREA));
            SyntheticArticles.store(store, meeting("synthetic-b", JUNE_19, Modality.PLANNED, RUSSIA, NORTH_KOREA));
            EventIdentity.refresh(store);
            Map<String, Set<String>> events = events(store);
            assertEquals(2, events.size(), events.toString());
            assertTrue(events.values().stream().allMatch(r -> r.size() == 1));
            assertTrue(events.containsKey(EventClustering.EVENT_BASE + "meeting-planned-2024-06-19-north-korea-russia"));
        } finally {
            close(store);
        }
    }

    @Test
    void reloadingOneArticleAndRefreshingKeepsTheEventsGraphRight() {
        EntenteStore store = open("reload");
        String first = EventClustering.EVENT_BASE + "meeting-2024-06-19-north-korea-russia";
        try {
            SyntheticArticles.store(store, meeting("synthetic-a", JUNE_19, Modality.ASSERTED, RUSSIA, NORTH_KOREA));
            SyntheticArticles.store(store, meeting("synthetic-b", JUNE_19.plusDays(1), Modality.ASSERTED, RUSSIA,
                    NORTH_KOREA));
            EventIdentity.refresh(store);
            assertEquals(Set.of(first), events(store).keySet());

            SyntheticArticles.store(store, meeting("synthetic-b", JUNE_19.plusDays(40), Modality.ASSERTED, RUSSIA,
                    NORTH_KOREA));
            EventIdentity.refresh(store);
            Map<String, Set<String>> split = events(store);
            assertEquals(Set.of(first, EventClustering.EVENT_BASE + "meeting-2024-07-29-north-korea-russia"),
                    split.keySet());
            assertEquals(Set.of(EntenteIris.article("synthetic-a") + "/meeting-0"), split.get(first));

            SyntheticArticles.store(store, meeting("synthetic-b", JUNE_19.plusDays(1), Modality.ASSERTED, RUSSIA,
                    NORTH_KOREA));
            EventIdentity.refresh(store);
            assertEquals(Set.of(first), events(store).keySet());
            assertEquals(2, events(store).get(first).size());
        } finally {
            close(store);
        }
    }

    @Test
    void aRefreshMissedByACrashIsMadeUpByTheNextOneFromTheCommandLine() {
        EntenteStore store = open("missed");
        try {
            SyntheticArticles.store(store, meeting("synthetic-a", JUNE_19, Modality.ASSERTED, RUSSIA, NORTH_KOREA));
            EventIdentity.refresh(store);
            SyntheticArticles.store(store, meeting("synthetic-b", JUNE_19, Modality.ASSERTED, RUSSIA, NORTH_KOREA));
            assertEquals(1, events(store).values().iterator().next().size(), "stale until the next refresh");
        } finally {
            store.close();
        }
        assertEquals(0, EntenteCli.run("reconcile", "--store", dir.resolve("missed").toString()));
        EntenteStore reopened = open("missed");
        try {
            assertEquals(2, events(reopened).values().iterator().next().size());
        } finally {
            close(reopened);
        }
    }

    @Test
    void eventIrisAndGraphDoNotDependOnLoadOrder() {
        List<ArticleFacts> articles = List.of(
                meeting("synthetic-a", JUNE_19, Modality.ASSERTED, RUSSIA, NORTH_KOREA),
                meeting("synthetic-b", JUNE_19.plusDays(2), Modality.ASSERTED, RUSSIA, NORTH_KOREA),
                meeting("synthetic-c", JUNE_19.plusDays(4), Modality.ASSERTED, RUSSIA, NORTH_KOREA),
                deployment("synthetic-d", JUNE_19, NORTH_KOREA, RUSSIA),
                deployment("synthetic-e", JUNE_19.plusDays(1), NORTH_KOREA, RUSSIA),
                meeting("synthetic-f", JUNE_19, Modality.ASSERTED, RUSSIA, UKRAINE));
        Set<Quad> forward = loadAndRefresh("forward", articles);
        List<ArticleFacts> reversed = new ArrayList<>(articles);
        Collections.reverse(reversed);
        Set<Quad> backward = loadAndRefresh("backward", reversed);
        assertEquals(forward, backward);
        long events = forward.stream().filter(q -> q.getPredicate().equals(RDF.type.asNode())).count();
        assertEquals(3, events, "a-b-c chain, d-e, f");
    }

    private Set<Quad> loadAndRefresh(String name, List<ArticleFacts> articles) {
        EntenteStore store = open(name);
        try {
            for (ArticleFacts a : articles) {
                SyntheticArticles.store(store, a);
                EventIdentity.refresh(store);
            }
            return Txn.calculateRead(store.dataset(), () -> {
                Set<Quad> quads = new HashSet<>();
                store.dataset().asDatasetGraph().find(EVENTS, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                return quads;
            });
        } finally {
            close(store);
        }
    }

    private static Map<String, String> only(List<Map<String, String>> rows) {
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }
}
