package org.entente.identity;

import static org.entente.identity.SyntheticArticles.NORTH_KOREA;
import static org.entente.identity.SyntheticArticles.RUSSIA;
import static org.entente.identity.SyntheticArticles.UKRAINE;
import static org.entente.identity.SyntheticArticles.deployment;
import static org.entente.identity.SyntheticArticles.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.entente.facts.ArticleFacts;
import org.entente.facts.FactType;
import org.entente.facts.Modality;
import org.entente.facts.Role;
import org.entente.link.Actor;
import org.entente.store.EntenteStore;
import org.entente.vocab.EntenteIris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental update of the events graph ({@link EventIdentity#replaceArticles}) against a full recompute, in a
 * real TDB2 store: random sequences of loads, reloads and removals of synthetic articles, checked after every step;
 * the work of one update, counted in reports read; and the fall-back to a recompute when the events graph is stale.
 */
class IncrementalEventIdentityTest {
    private static final LocalDate START = LocalDate.parse("2024-06-03");
    private static final Actor CHINA = SyntheticArticles.REGISTRY.byQid("Q148").orElseThrow();
    private static final Actor UNITED_STATES = SyntheticArticles.REGISTRY.byQid("Q30").orElseThrow();
    private static final List<Actor> FEW_ACTORS = List.of(RUSSIA, NORTH_KOREA, UKRAINE);
    private static final int ARTICLE_IDS = 14;
    private static final int STEPS = 40;

    private final EventClustering clustering = EventClustering.standard();

    @TempDir
    Path dir;

    /** What the random sequences covered, so that a passing run is known to have met merges, splits and renames. */
    private final Map<String, Integer> seen = new LinkedHashMap<>();

    @Test
    void anySequenceOfLoadsReloadsAndRemovalsGivesTheEventsGraphOfAFullRecompute() {
        List<Long> seeds = new ArrayList<>(List.of(1L, 2L, 3L));
        seeds.add(Long.getLong("entente.identity.seed", System.nanoTime()));
        for (long seed : seeds) {
            runRandomSequence(seed);
        }
        System.out.println("incremental events graph: seeds " + seeds + ", " + STEPS + " steps each: " + seen);
        for (String what : List.of("multi-report events", "events with a checksum", "merges", "splits", "removals")) {
            assertTrue(seen.getOrDefault(what, 0) > 0, "random sequences met no " + what + ": " + seen);
        }
    }

    private void runRandomSequence(long seed) {
        Random random = new Random(seed);
        withStore("seed-" + seed, store -> {
            assertTrue(EventIdentity.ensureCurrent(store).isPresent(), "a new store's events graph is not current");
            for (int step = 1; step <= STEPS; step++) {
                String when = "seed " + seed + ", step " + step;
                Set<String> ids = new TreeSet<>();
                int count = 1 + random.nextInt(3);
                while (ids.size() < count) {
                    ids.add("synthetic-" + random.nextInt(ARTICLE_IDS));
                }
                EventUpdate update;
                if (random.nextInt(4) == 0) {
                    List<Node> graphs = ids.stream().map(id -> NodeFactory.createURI(EntenteIris.articleGraph(id)))
                            .toList();
                    update = EventIdentity.removeArticles(store, graphs);
                    when += " (remove " + ids + ")";
                    count("removals");
                } else {
                    Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
                    for (String id : ids) {
                        ArticleFacts article = randomArticle(random, id);
                        graphs.put(SyntheticArticles.graph(article), SyntheticArticles.quads(article));
                    }
                    update = EventIdentity.replaceArticles(store, graphs, clustering);
                    when += " (load " + ids + ")";
                }
                assertFalse(update.recomputed(), when + ": " + update);
                if (update.eventsWritten() < update.eventsRemoved()) {
                    count("merges");
                } else if (update.eventsWritten() > update.eventsRemoved() && update.eventsRemoved() > 0) {
                    count("splits");
                }
                assertMatchesRecompute(store, when + ", " + update.summary());
            }
        });
    }

    /** One to three facts of random type, modality, participants and date precision. */
    private static ArticleFacts randomArticle(Random random, String id) {
        int facts = 1 + random.nextInt(3);
        ArticleFacts[] parts = new ArticleFacts[facts];
        for (int i = 0; i < facts; i++) {
            parts[i] = randomFact(random, id);
        }
        return facts == 1 ? parts[0] : SyntheticArticles.combine(id, START, parts);
    }

    private static ArticleFacts randomFact(Random random, String id) {
        Actor a = FEW_ACTORS.get(random.nextInt(FEW_ACTORS.size()));
        Actor b = FEW_ACTORS.stream().filter(x -> x != a).toList().get(random.nextInt(FEW_ACTORS.size() - 1));
        Modality modality = random.nextInt(6) == 0 ? Modality.PLANNED : Modality.ASSERTED;
        int kind = random.nextInt(8);
        String timex = switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> "2024-W" + (23 + random.nextInt(2));
            case 2 -> "2024-06";
            default -> START.plusDays(random.nextInt(14)).toString();
        };
        if (kind < 3) {
            List<Actor> participants = random.nextInt(8) == 0 ? List.of(a) : List.of(a, b);
            return SyntheticArticles.fact(id, START, FactType.MEETING, modality,
                    Map.of(Role.PARTICIPANT, participants), timex);
        }
        if (kind < 7) {
            Role other = random.nextBoolean() ? Role.HOST : Role.IN_SUPPORT_OF;
            return SyntheticArticles.fact(id, START, FactType.DEPLOYMENT, modality,
                    Map.of(Role.DEPLOYER, List.of(a), other, List.of(b)), timex);
        }
        return SyntheticArticles.fact(id, START, FactType.ENGAGEMENT, modality,
                Map.of(Role.SIDE_A, List.of(a), Role.SIDE_B, List.of(b)), timex);
    }

    @Test
    void anUpdateReadsOnlyTheReportsOfTheEventsItAffects() {
        withStore("bounded", store -> {
            EventIdentity.ensureCurrent(store);
            List<Actor> actors = List.of(RUSSIA, NORTH_KOREA, UKRAINE, CHINA, UNITED_STATES);
            List<ArticleFacts> articles = new ArrayList<>();
            for (Actor deployer : actors) {
                for (Actor supported : actors) {
                    if (deployer == supported) {
                        continue;
                    }
                    for (int days : new int[] {0, 6, 30, 60}) {
                        for (int copy = 0; copy < 2; copy++) {
                            articles.add(deployment("deployment-" + articles.size(), START.plusDays(days), deployer,
                                    supported));
                        }
                    }
                }
            }
            for (int from = 0; from < articles.size(); from += 40) {
                Map<Node, List<Quad>> batch = new LinkedHashMap<>();
                articles.subList(from, Math.min(articles.size(), from + 40))
                        .forEach(a -> batch.put(SyntheticArticles.graph(a), SyntheticArticles.quads(a)));
                EventIdentity.replaceArticles(store, batch);
            }
            assertMatchesRecompute(store, "after " + articles.size() + " articles");
            assertEquals(4 * 20, EventIdentityStoreTest.events(store).size(), "four events of two reports per key");

            ArticleFacts bridge = deployment("bridge", START.plusDays(3), NORTH_KOREA, RUSSIA);
            EventUpdate merged = load(store, bridge);
            assertEquals(new EventUpdate(1, 4, 2, 1, false), merged, "the new report, one report of each event it "
                    + "joins (kept whole), and the other report of the one read whole to merge them, of "
                    + articles.size() + " in the store");
            assertMatchesRecompute(store, "after the bridge");
            System.out.println("incremental events graph: the report that joins two events read " + merged.reportsRead()
                    + " reports of " + (articles.size() + 1) + " in the store");

            EventUpdate split = EventIdentity.removeArticles(store, List.of(SyntheticArticles.graph(bridge)));
            assertEquals(new EventUpdate(1, 4, 1, 2, false), split, "the four reports of the event it split");
            assertMatchesRecompute(store, "after the bridge was removed");

            ArticleFacts far = deployment("deployment-0", START.plusDays(200), NORTH_KOREA, RUSSIA);
            EventUpdate reloaded = load(store, far);
            assertEquals(new EventUpdate(1, 2, 1, 2, false), reloaded,
                    "the reloaded report, moved away from the other report of its event, and that other report");
            assertMatchesRecompute(store, "after a reload far from the others");
        });
    }

    @Test
    void articlesWrittenWithoutTheEventsGraphAreCaughtUpByTheNextUpdate() {
        withStore("stale", store -> {
            load(store, meeting("synthetic-a", START, Modality.ASSERTED, RUSSIA, NORTH_KOREA));
            assertTrue(EventIdentity.isCurrent(store));
            SyntheticArticles.store(store, meeting("synthetic-b", START.plusDays(1), Modality.ASSERTED, RUSSIA,
                    NORTH_KOREA));
            assertFalse(EventIdentity.isCurrent(store), "a write that bypasses the events graph marks it stale");

            EventUpdate update = load(store, meeting("synthetic-c", START.plusDays(2), Modality.ASSERTED, RUSSIA,
                    NORTH_KOREA));
            assertTrue(update.recomputed(), update.summary());
            assertEquals(new EventUpdate(1, 3, 1, 1, true), update);
            assertTrue(EventIdentity.isCurrent(store));
            assertTrue(EventIdentity.ensureCurrent(store).isEmpty());
            assertEquals(3, EventIdentityStoreTest.events(store).values().iterator().next().size());
            assertMatchesRecompute(store, "after the catch-up");
        });
    }

    @Test
    void aRejectedWriteChangesNeitherTheArticlesNorTheEventsGraph() {
        withStore("rejected", store -> {
            ArticleFacts first = meeting("synthetic-a", START, Modality.ASSERTED, RUSSIA, NORTH_KOREA);
            load(store, first);
            Set<Quad> before = derived(store);
            ArticleFacts second = meeting("synthetic-b", START, Modality.ASSERTED, RUSSIA, NORTH_KOREA);
            Map<Node, List<Quad>> wrongGraph = Map.of(SyntheticArticles.graph(first), SyntheticArticles.quads(second));
            assertThrows(IllegalArgumentException.class, () -> EventIdentity.replaceArticles(store, wrongGraph));
            assertEquals(before, derived(store));
            assertTrue(EventIdentity.isCurrent(store));
            assertMatchesRecompute(store, "after the rejected write");
        });
    }

    private void withStore(String name, Consumer<EntenteStore> test) {
        RecomputeCheck.withStore(dir, name, test);
    }

    private EventUpdate load(EntenteStore store, ArticleFacts article) {
        return RecomputeCheck.load(store, article, clustering);
    }

    /** The events graph and its index must be exactly those a full recompute of the store's article graphs writes. */
    private void assertMatchesRecompute(EntenteStore store, String when) {
        List<EventCluster> events = RecomputeCheck.assertMatchesRecompute(store, clustering, when);
        events.stream().filter(e -> e.members().size() > 1).forEach(e -> count("multi-report events"));
        events.stream().filter(e -> clustering.canMerge(e.representative())
                && !e.iri().equals(EventClustering.readableIri(e.members())))
                .forEach(e -> count("events with a checksum"));
    }

    private void count(String what) {
        seen.merge(what, 1, Integer::sum);
    }

    private static Set<Quad> derived(EntenteStore store) {
        return RecomputeCheck.derived(store);
    }
}
