package org.entente.identity;

import static org.entente.identity.SyntheticArticles.NORTH_KOREA;
import static org.entente.identity.SyntheticArticles.RUSSIA;
import static org.entente.identity.SyntheticArticles.UKRAINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.entente.facts.ArticleFacts;
import org.entente.facts.FactType;
import org.entente.facts.Modality;
import org.entente.facts.Role;
import org.entente.link.Actor;
import org.entente.store.EntenteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index buckets of the incremental update ({@link EventIndex#buckets}) at their edges: reports exactly the window
 * apart and one day further, on either side of a bucket boundary, with several clusterings (bucket lengths 1, 5, 12
 * and 14 days), checked against a full recompute after every step.
 */
class EventBucketEdgesTest {
    private static final List<EventClustering> CLUSTERINGS = List.of(
            EventClustering.create().windowDays(0).maxSpanDays(0).build(),
            EventClustering.create().windowDays(1).maxSpanDays(2).build(),
            EventClustering.create().windowDays(5).maxSpanDays(1).build(),
            EventClustering.standard());
    private static final List<Actor> ACTORS = List.of(RUSSIA, NORTH_KOREA, UKRAINE);
    private static final int ARTICLE_IDS = 12;
    private static final int STEPS = 25;

    @TempDir
    Path dir;

    @Test
    void aStretchIsAsLongAsAReportReachesAndAReportReachesAtMostTwo() {
        EventClustering standard = EventClustering.standard();
        assertEquals(14, EventIndex.bucketDays(standard), "a week, and three days on either side");
        LocalDate boundary = boundaryAfter(LocalDate.parse("2024-06-01"), standard);
        assertEquals(0, boundary.toEpochDay() % 14);
        ReportedFact lastDay = EventClusteringTest.meeting("a", boundary.minusDays(1).toString(),
                EventClusteringTest.asserted(), EventClusteringTest.RUSSIA, EventClusteringTest.NORTH_KOREA);
        assertEquals(List.of(lastDay.identityKey() + "|" + boundary.minusDays(14),
                lastDay.identityKey() + "|" + boundary), EventIndex.bucketsReachedBy(lastDay, standard));
        ReportedFact middle = EventClusteringTest.meeting("b", boundary.plusDays(7).toString(),
                EventClusteringTest.asserted(), EventClusteringTest.RUSSIA, EventClusteringTest.NORTH_KOREA);
        assertEquals(List.of(middle.identityKey() + "|" + boundary), EventIndex.bucketsReachedBy(middle, standard));
        assertEquals(3, EventIndex.buckets("k", boundary.minusDays(1), boundary.plusDays(14), standard).size());
    }

    @Test
    void reportsTheWindowApartAcrossABoundaryMergeAndOneDayFurtherDoNot() {
        for (EventClustering clustering : CLUSTERINGS.stream().filter(c -> c.windowDays() > 0).toList()) {
            int w = clustering.windowDays();
            int days = EventIndex.bucketDays(clustering);
            LocalDate boundary = boundaryAfter(LocalDate.parse("2024-06-01"), clustering);
            RecomputeCheck.withStore(dir, "edges-" + w + "-" + days, store -> {
                EventIdentity.refresh(store.dataset(), clustering);
                load(store, clustering, "a", boundary.minusDays(1));
                load(store, clustering, "b", boundary.minusDays(1));
                LocalDate latest = boundary.plusDays(w - 1);
                EventUpdate joined = load(store, clustering, "c", latest);
                assertEquals(1, joined.eventsWritten(), clustering.settings() + ": the window apart: " + joined);
                assertEquals(1, joined.eventsRemoved(), clustering.settings() + ": updated in place: " + joined);
                RecomputeCheck.assertMatchesRecompute(store, clustering, clustering.settings() + " after c");
                EventUpdate apart = load(store, clustering, "d", latest.plusDays(w + 1));
                assertEquals(0, apart.eventsRemoved(), clustering.settings() + ": one day too far: " + apart);
                RecomputeCheck.assertMatchesRecompute(store, clustering, clustering.settings() + " after d");
                EventUpdate bridge = load(store, clustering, "e", latest.plusDays(w));
                assertEquals(2, bridge.eventsRemoved(), clustering.settings() + ": joins both: " + bridge);
                RecomputeCheck.assertMatchesRecompute(store, clustering, clustering.settings() + " after e");
                EventUpdate before = load(store, clustering, "f", boundary.minusDays(1 + w));
                assertEquals(1, before.eventsRemoved(), clustering.settings() + ": earlier, renames: " + before);
                RecomputeCheck.assertMatchesRecompute(store, clustering, clustering.settings() + " after f");
            });
        }
    }

    @Test
    void anySequenceAroundBucketBoundariesGivesTheEventsGraphOfAFullRecompute() {
        List<Long> seeds = new ArrayList<>(List.of(11L));
        seeds.add(Long.getLong("entente.identity.seed", System.nanoTime()));
        for (EventClustering clustering : CLUSTERINGS) {
            for (long seed : seeds) {
                Random random = new Random(seed);
                RecomputeCheck.withStore(dir, "random-" + clustering.windowDays() + "-" + clustering.maxSpanDays() + "-"
                        + seed, store -> runRandomSequence(store, clustering, random, clustering.settings() + ", seed "
                        + seed));
            }
        }
    }

    private void runRandomSequence(EntenteStore store, EventClustering clustering, Random random, String what) {
        EventIdentity.refresh(store.dataset(), clustering);
        LocalDate boundary = boundaryAfter(LocalDate.parse("2024-06-01"), clustering);
        List<Integer> offsets = edgeOffsets(clustering);
        int merged = 0;
        for (int step = 1; step <= STEPS; step++) {
            Set<String> ids = new TreeSet<>();
            int count = 1 + random.nextInt(3);
            while (ids.size() < count) {
                ids.add("edge-" + random.nextInt(ARTICLE_IDS));
            }
            boolean remove = random.nextInt(5) == 0;
            Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
            for (String id : ids) {
                LocalDate day = boundary.plusDays(offsets.get(random.nextInt(offsets.size())));
                ArticleFacts article = article(random, id, day);
                graphs.put(SyntheticArticles.graph(article), remove ? List.of() : SyntheticArticles.quads(article));
            }
            EventUpdate update = EventIdentity.replaceArticles(store, graphs, clustering);
            assertFalse(update.recomputed(), what + ", step " + step + ": " + update);
            merged += update.eventsWritten() < update.eventsRemoved() ? 1 : 0;
            RecomputeCheck.assertMatchesRecompute(store, clustering, what + ", step " + step + " " + ids + ": "
                    + update.summary());
        }
        assertTrue(merged > 0, what + ": no step merged events");
    }

    /** Day offsets from a boundary: the window and one more on either side of two boundaries, and a few others. */
    private static List<Integer> edgeOffsets(EventClustering clustering) {
        int w = clustering.windowDays();
        int days = EventIndex.bucketDays(clustering);
        List<Integer> offsets = new ArrayList<>();
        for (int edge : new int[] {0, days}) {
            for (int d : new int[] {-w - 1, -w, -1, 0, w - 1, w, w + 1}) {
                offsets.add(edge + d);
            }
        }
        offsets.add(-days);
        offsets.add(2 * days - 1);
        return offsets;
    }

    /** One or two meetings or deployments between two of three states, on the day or in its ISO week. */
    private static ArticleFacts article(Random random, String id, LocalDate day) {
        int facts = 1 + random.nextInt(2);
        ArticleFacts[] parts = new ArticleFacts[facts];
        for (int i = 0; i < facts; i++) {
            LocalDate on = day.plusDays(i * random.nextInt(3));
            Actor a = ACTORS.get(random.nextInt(2));
            Actor b = ACTORS.get(2 - random.nextInt(2));
            String timex = random.nextInt(6) == 0 ? String.format("%d-W%02d",
                    on.get(IsoFields.WEEK_BASED_YEAR), on.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) : on.toString();
            parts[i] = random.nextInt(3) == 0
                    ? SyntheticArticles.fact(id, day, FactType.DEPLOYMENT, Modality.ASSERTED,
                            Map.of(Role.DEPLOYER, List.of(a), Role.IN_SUPPORT_OF, List.of(b)), timex)
                    : SyntheticArticles.fact(id, day, FactType.MEETING, Modality.ASSERTED,
                            Map.of(Role.PARTICIPANT, List.of(a, b)), timex);
        }
        return facts == 1 ? parts[0] : SyntheticArticles.combine(id, day, parts);
    }

    private static EventUpdate load(EntenteStore store, EventClustering clustering, String id, LocalDate day) {
        return RecomputeCheck.load(store, SyntheticArticles.meeting("edge-" + id, day, Modality.ASSERTED, RUSSIA,
                NORTH_KOREA), clustering);
    }

    /** The first day of the first bucket that starts on or after {@code day}. */
    private static LocalDate boundaryAfter(LocalDate day, EventClustering clustering) {
        int days = EventIndex.bucketDays(clustering);
        return LocalDate.ofEpochDay(Math.floorDiv(day.toEpochDay() + days - 1, days) * days);
    }
}
