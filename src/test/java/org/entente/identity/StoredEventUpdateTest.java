package org.entente.identity;

import static org.entente.identity.SyntheticArticles.NORTH_KOREA;
import static org.entente.identity.SyntheticArticles.RUSSIA;
import static org.entente.identity.SyntheticArticles.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.entente.facts.ArticleFacts;
import org.entente.facts.Modality;
import org.entente.store.EntenteStore;
import org.entente.vocab.ENT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events that an update keeps whole ({@link StoredEvent}): a report that joins a long event reads one of its reports,
 * whatever its length, and the events graph stays that of a full recompute when the event is renamed, merged with
 * another long event that shares an article, or told a different CAMEO coding.
 */
class StoredEventUpdateTest {
    private static final LocalDate START = LocalDate.parse("2024-06-03");
    private static final int DAYS = 40;
    private final EventClustering clustering = EventClustering.standard();

    @TempDir
    Path dir;

    @Test
    void aReportJoiningALongEventReadsOneOfItsReportsWhateverItsLength() {
        RecomputeCheck.withStore(dir, "long", store -> {
            EventIdentity.ensureCurrent(store);
            Map<Node, List<Quad>> batch = new LinkedHashMap<>();
            for (int day = 0; day < DAYS; day++) {
                ArticleFacts a = meeting("long-" + day, START.plusDays(day), Modality.ASSERTED, RUSSIA, NORTH_KOREA);
                batch.put(SyntheticArticles.graph(a), SyntheticArticles.quads(a));
                if (batch.size() == 8) {
                    EventIdentity.replaceArticles(store, batch);
                    batch.clear();
                }
            }
            assertEquals(1, RecomputeCheck.assertMatchesRecompute(store, clustering, "the long event").size());

            EventUpdate next = load(store, "next", START.plusDays(DAYS + 2));
            assertEquals(new EventUpdate(1, 2, 1, 1, false), next,
                    "the new report and one report of the event of " + DAYS + " it joins, updated in place");
            RecomputeCheck.assertMatchesRecompute(store, clustering, "after a report at the end");

            EventUpdate inside = load(store, "inside", START.plusDays(DAYS / 2));
            assertEquals(new EventUpdate(1, 2, 1, 1, false), inside, "a report inside its span");
            RecomputeCheck.assertMatchesRecompute(store, clustering, "after a report inside");

            EventUpdate earlier = load(store, "earlier", START.minusDays(3));
            assertEquals(new EventUpdate(1, 2, 1, 1, false), earlier, "a report before it: a new IRI, no more reads");
            RecomputeCheck.assertMatchesRecompute(store, clustering, "after a report before the first");

            EventUpdate reloaded = load(store, "5", START.plusDays(5));
            assertEquals(DAYS + 3, reloaded.reportsRead(), "a reloaded report opens its event: " + reloaded);
            RecomputeCheck.assertMatchesRecompute(store, clustering, "after a reload");
        });
    }

    @Test
    void twoLongEventsThatShareAnArticleMergeIntoOneCountingItOnce() {
        RecomputeCheck.withStore(dir, "shared", store -> {
            EventIdentity.ensureCurrent(store);
            ArticleFacts twice = SyntheticArticles.combine("shared-x", START,
                    meeting("shared-x", START, Modality.ASSERTED, RUSSIA, NORTH_KOREA),
                    meeting("shared-x", START.plusDays(10), Modality.ASSERTED, RUSSIA, NORTH_KOREA));
            load(store, twice);
            load(store, "a", START.plusDays(1));
            load(store, "b", START.plusDays(11));
            assertEquals(2, RecomputeCheck.assertMatchesRecompute(store, clustering, "two events").size());

            ArticleFacts bridge = SyntheticArticles.combine("shared-bridge", START.plusDays(7),
                    meeting("shared-bridge", START.plusDays(4), Modality.ASSERTED, RUSSIA, NORTH_KOREA),
                    meeting("shared-bridge", START.plusDays(7), Modality.ASSERTED, RUSSIA, NORTH_KOREA));
            EventUpdate merged = load(store, bridge);
            assertEquals(new EventUpdate(1, 5, 2, 1, false), merged,
                    "two new reports, one of each event, the other of the one read to merge them");
            List<EventCluster> events = RecomputeCheck.assertMatchesRecompute(store, clustering, "after the bridge");
            assertEquals(4, events.get(0).articles().size(), "x, a, b and the bridge");
        });
    }

    @Test
    void aReportWithAnotherCodingReadsTheEventItJoins() {
        RecomputeCheck.withStore(dir, "coding", store -> {
            EventIdentity.ensureCurrent(store);
            load(store, "a", START);
            load(store, "b", START.plusDays(1));
            EventUpdate sameCode = load(store, "c", START.plusDays(2));
            assertEquals(2, sameCode.reportsRead(), "the same coding: kept whole");

            EventUpdate otherCode = load(store, recoded(meeting("coding-d", START.plusDays(3), Modality.ASSERTED,
                    RUSSIA, NORTH_KOREA), "043", null));
            assertEquals(new EventUpdate(1, 4, 1, 1, false), otherCode,
                    "another code: the event of three is read whole");
            RecomputeCheck.assertMatchesRecompute(store, clustering, "after another code");

            EventUpdate otherWeight = load(store, recoded(meeting("coding-e", START.plusDays(4), Modality.ASSERTED,
                    RUSSIA, NORTH_KOREA), null, "9.9"));
            assertEquals(5, otherWeight.reportsRead(), "the same code with another weight: read whole");
            RecomputeCheck.assertMatchesRecompute(store, clustering, "after another weight");
        });
    }

    private EventUpdate load(EntenteStore store, String id, LocalDate day) {
        return load(store, meeting("long-" + id, day, Modality.ASSERTED, RUSSIA, NORTH_KOREA));
    }

    private EventUpdate load(EntenteStore store, ArticleFacts article) {
        return RecomputeCheck.load(store, article, clustering);
    }

    private EventUpdate load(EntenteStore store, Map<Node, List<Quad>> graph) {
        return EventIdentity.replaceArticles(store, graph, clustering);
    }

    /** The article's graph with its fact's CAMEO code or Goldstein weight replaced where given. */
    private static Map<Node, List<Quad>> recoded(ArticleFacts article, String code, String weight) {
        List<Quad> quads = SyntheticArticles.quads(article).stream().map(q -> {
            if (code != null && q.getPredicate().equals(ENT.CAMEO_CODE.asNode())) {
                return Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(),
                        NodeFactory.createLiteralString(code));
            }
            if (weight != null && q.getPredicate().equals(ENT.GOLDSTEIN.asNode())) {
                return Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(),
                        NodeFactory.createLiteralDT(weight, XSDDatatype.XSDdecimal));
            }
            return q;
        }).toList();
        return Map.of(SyntheticArticles.graph(article), quads);
    }
}
