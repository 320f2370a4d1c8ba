package org.entente.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteIris;
import org.junit.jupiter.api.Test;

/** The clustering rules on hand-made facts: window, precision, modality, participants, order independence, IRIs. */
class EventClusteringTest {
    static final String NORTH_KOREA = EntenteIris.actor("state", "north-korea");
    static final String RUSSIA = EntenteIris.actor("state", "russia");
    static final String UKRAINE = EntenteIris.actor("state", "ukraine");
    static final String MEETING = ENT.MEETING.getURI();
    static final String ENGAGEMENT = ENT.ARMED_ENGAGEMENT.getURI();
    private final EventClustering clustering = EventClustering.standard();

    static ReportedFact meeting(String article, String day, String modality, String... actors) {
        LocalDate d = day == null ? null : LocalDate.parse(day);
        return fact(article, MEETING, modality, Map.of("participant", List.of(actors)), d, d, day);
    }

    static ReportedFact fact(String article, String type, String modality, Map<String, List<String>> roles,
            LocalDate earliest, LocalDate latest, String dateText) {
        String articleIri = EntenteIris.article(article);
        return new ReportedFact(articleIri + "/" + EventClustering.segment(type) + "-0", articleIri, type, modality,
                ReportedFact.roles(roles), earliest, latest, dateText, "Meeting: " + String.join(", ", roles.keySet()),
                "040", new BigDecimal("1.0"));
    }

    static String asserted() {
        return ENT.ASSERTED.getURI();
    }

    @Test
    void reportsTwoDaysApartAreOneEventWithTwoReports() {
        List<EventCluster> events = clustering.cluster(List.of(
                meeting("a", "2024-06-19", asserted(), RUSSIA, NORTH_KOREA),
                meeting("b", "2024-06-21", asserted(), NORTH_KOREA, RUSSIA)));
        assertEquals(1, events.size());
        EventCluster e = events.get(0);
        assertEquals(2, e.members().size());
        assertEquals(2, e.articles().size());
        assertEquals(EventClustering.EVENT_BASE + "meeting-2024-06-19-north-korea-russia", e.iri());
        assertEquals(LocalDate.parse("2024-06-21"), e.latest().orElseThrow());
        assertEquals("040", e.coding().orElseThrow().getKey());
    }

    @Test
    void reportsThirtyDaysApartAreTwoEvents() {
        List<EventCluster> events = clustering.cluster(List.of(
                meeting("a", "2024-06-19", asserted(), RUSSIA, NORTH_KOREA),
                meeting("b", "2024-07-19", asserted(), RUSSIA, NORTH_KOREA)));
        assertEquals(2, events.size());
        assertEquals(List.of(EventClustering.EVENT_BASE + "meeting-2024-06-19-north-korea-russia",
                EventClustering.EVENT_BASE + "meeting-2024-07-19-north-korea-russia"),
                events.stream().map(EventCluster::iri).toList());
    }

    @Test
    void theWindowIsInclusiveAndLinksInChains() {
        assertEquals(1, clustering.cluster(List.of(meeting("a", "2024-06-19", asserted(), RUSSIA, NORTH_KOREA),
                meeting("b", "2024-06-22", asserted(), RUSSIA, NORTH_KOREA))).size(), "3 days: same event");
        assertEquals(2, clustering.cluster(List.of(meeting("a", "2024-06-19", asserted(), RUSSIA, NORTH_KOREA),
                meeting("b", "2024-06-23", asserted(), RUSSIA, NORTH_KOREA))).size(), "4 days: two events");
        List<EventCluster> chain = clustering.cluster(List.of(
                meeting("a", "2024-06-19", asserted(), RUSSIA, NORTH_KOREA),
                meeting("b", "2024-06-22", asserted(), RUSSIA, NORTH_KOREA),
                meeting("c", "2024-06-25", asserted(), RUSSIA, NORTH_KOREA)));
        assertEquals(1, chain.size(), "single linkage: a-b and b-c are close, so a, b and c are one event");
    }

    @Test
    void otherModalitiesStayOutOfAssertedEvents() {
        List<EventCluster> events = clustering.cluster(List.of(
                meeting("a", "2024-06-19", asserted(), RUSSIA, NORTH_KOREA),
                meeting("b", "2024-06-19", ENT.PLANNED.getURI(), RUSSIA, NORTH_KOREA),
                meeting("c", "2024-06-20", ENT.PLANNED.getURI(), RUSSIA, NORTH_KOREA),
                meeting("d", "2024-06-19", ENT.NEGATED.getURI(), RUSSIA, NORTH_KOREA)));
        assertEquals(3, events.size());
        EventCluster asserted = events.stream().filter(e -> e.representative().modality().equals(asserted()))
                .findFirst().orElseThrow();
        assertEquals(1, asserted.members().size());
        EventCluster planned = events.stream().filter(e -> e.iri().contains("-planned-")).findFirst().orElseThrow();
        assertEquals(2, planned.members().size(), "two reports of the same plan are one planned event");
    }

    @Test
    void differentParticipantsOrRolesOrTypesAreDifferentEvents() {
        LocalDate day = LocalDate.parse("2024-06-19");
        List<EventCluster> events = clustering.cluster(List.of(
                meeting("a", "2024-06-19", asserted(), RUSSIA, NORTH_KOREA),
                meeting("b", "2024-06-19", asserted(), RUSSIA, UKRAINE),
                fact("c", ENGAGEMENT, asserted(), Map.of("side", List.of(RUSSIA, NORTH_KOREA)), day, day, "2024-06-19"),
                fact("d", ENT.AID_PROVISION.getURI(), asserted(),
                        Map.of("donor", List.of(RUSSIA), "recipient", List.of(NORTH_KOREA)), day, day, "2024-06-19"),
                fact("e", ENT.AID_PROVISION.getURI(), asserted(),
                        Map.of("donor", List.of(NORTH_KOREA), "recipient", List.of(RUSSIA)), day, day, "2024-06-19")));
        assertEquals(5, events.size());
        assertEquals(5, events.stream().map(EventCluster::iri).distinct().count());
    }

    @Test
    void undatedVagueOrOneSidedReportsNeverMerge() {
        LocalDate june = LocalDate.parse("2024-06-01");
        LocalDate endOfJune = LocalDate.parse("2024-06-30");
        List<ReportedFact> facts = List.of(
                meeting("a", null, asserted(), RUSSIA, NORTH_KOREA),
                meeting("b", null, asserted(), RUSSIA, NORTH_KOREA),
                fact("c", MEETING, asserted(), Map.of("participant", List.of(RUSSIA, NORTH_KOREA)), june, endOfJune,
                        "2024-06"),
                fact("d", MEETING, asserted(), Map.of("participant", List.of(RUSSIA, NORTH_KOREA)), june, endOfJune,
                        "2024-06"),
                meeting("e", "2024-06-19", asserted(), RUSSIA),
                meeting("f", "2024-06-19", asserted(), RUSSIA));
        List<EventCluster> events = clustering.cluster(facts);
        assertEquals(6, events.size(), events.toString());
        assertTrue(events.stream().allMatch(e -> e.members().size() == 1));
        assertTrue(events.stream().anyMatch(e -> e.iri().startsWith(EventClustering.EVENT_BASE
                + "meeting-undated-north-korea-russia-")));
        assertTrue(events.stream().anyMatch(e -> e.iri().startsWith(EventClustering.EVENT_BASE
                + "meeting-2024-06-north-korea-russia-")));
    }

    @Test
    void weekDatesMergeWithDaysInsideThem() {
        LocalDate monday = LocalDate.parse("2024-06-17");
        List<EventCluster> events = clustering.cluster(List.of(
                fact("a", MEETING, asserted(), Map.of("participant", List.of(RUSSIA, NORTH_KOREA)), monday,
                        monday.plusDays(6), null),
                meeting("b", "2024-06-19", asserted(), RUSSIA, NORTH_KOREA)));
        assertEquals(1, events.size());
        assertEquals(EventClustering.EVENT_BASE + "meeting-2024-06-17-north-korea-russia", events.get(0).iri());
    }

    @Test
    void resultAndIrisDoNotDependOnInputOrder() {
        List<ReportedFact> facts = new ArrayList<>(List.of(
                meeting("a", "2024-06-19", asserted(), RUSSIA, NORTH_KOREA),
                meeting("b", "2024-06-21", asserted(), RUSSIA, NORTH_KOREA),
                meeting("c", "2024-07-30", asserted(), RUSSIA, NORTH_KOREA),
                meeting("d", null, asserted(), RUSSIA, NORTH_KOREA),
                meeting("e", "2024-06-20", ENT.PLANNED.getURI(), RUSSIA, NORTH_KOREA),
                meeting("f", "2024-06-20", asserted(), RUSSIA, UKRAINE)));
        List<EventCluster> expected = clustering.cluster(facts);
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(facts, random);
            assertEquals(expected, clustering.cluster(facts));
        }
        assertEquals(5, expected.size());
    }

    @Test
    void sameReadableIriForDifferentRoleStructuresGetsDistinctSuffixes() {
        LocalDate day = LocalDate.parse("2024-06-19");
        List<EventCluster> events = clustering.cluster(List.of(
                fact("a", ENT.DEPLOYMENT.getURI(), asserted(),
                        Map.of("deployer", List.of(NORTH_KOREA), "hostState", List.of(RUSSIA)), day, day, null),
                fact("b", ENT.DEPLOYMENT.getURI(), asserted(),
                        Map.of("deployer", List.of(NORTH_KOREA), "inSupportOf", List.of(RUSSIA)), day, day, null)));
        assertEquals(2, events.size());
        assertNotEquals(events.get(0).iri(), events.get(1).iri());
        assertTrue(events.get(0).iri().startsWith(EventClustering.EVENT_BASE + "deployment-2024-06-19-north-korea-russia-"));
    }

    @Test
    void builderChecksItsOptions() {
        assertThrows(IllegalArgumentException.class, () -> EventClustering.create().windowDays(-1).build());
        assertThrows(IllegalArgumentException.class, () -> EventClustering.create().maxSpanDays(400).build());
        assertEquals(0, EventClustering.create().windowDays(0).build().windowDays());
    }
}
