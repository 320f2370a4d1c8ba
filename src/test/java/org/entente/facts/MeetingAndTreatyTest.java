package org.entente.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.entente.ingest.Article;
import org.entente.link.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Multi-party meetings named by a noun, telephone calls, and agreements signed by those who met (written sentences). */
class MeetingAndTreatyTest {
    private static FactExtractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = FactExtractor.create().build();
    }

    private static List<Fact> facts(String text, FactType type) {
        Article a = new Article("meeting-test", "meeting.txt", "Test", LocalDate.of(2020, 1, 10), null, null, null, "en",
                null, null, text, 0, text.length());
        return extractor.extract(a).ofType(type);
    }

    private static List<String> qids(Fact f, Role role) {
        return f.all(role).stream().map(Actor::qid).sorted().toList();
    }

    @Test
    void aMeetingOfSeveralStatesNamedByANoun() {
        List<Fact> m = facts("During the trilateral meeting of Portugal, Spain and Morocco in May, a new railway was "
                + "considered as an alternative route.", FactType.MEETING);
        assertEquals(1, m.size(), () -> m.toString());
        assertEquals(List.of("Q1028", "Q29", "Q45"), qids(m.get(0), Role.PARTICIPANT));
        assertEquals(Modality.ASSERTED, m.get(0).modality(), "the time of another event is presupposed");
        assertTrue(facts("The meeting of the committee lasted three hours.", FactType.MEETING).isEmpty());
    }

    @Test
    void aTelephoneCallIsAMeetingButACallForSomethingIsNot() {
        List<Fact> m = facts("The ministry released a summary of a phone call made by Emmanuel Macron to Vladimir Putin.",
                FactType.MEETING);
        assertEquals(1, m.size(), () -> m.toString());
        assertEquals(List.of("Q3052772", "Q7747"), qids(m.get(0), Role.PARTICIPANT));
        List<Fact> appeal = facts("The ministry ignored the call for restraint made by Emmanuel Macron to Vladimir Putin.",
                FactType.MEETING);
        assertTrue(appeal.isEmpty(), () -> "an appeal is not a telephone call: " + appeal);
    }

    @Test
    void whoMetToSignAnAgreementSignedIt() {
        String text = "On Thursday, the delegations of Portugal, Spain and Morocco met in Lisbon to sign an agreement to "
                + "build the railway by 2030.";
        List<Fact> t = facts(text, FactType.TREATY_SIGNING);
        assertEquals(1, t.size(), () -> t.toString());
        assertEquals(List.of("Q1028", "Q29", "Q45"), qids(t.get(0), Role.PARTY));
        List<Fact> m = facts(text, FactType.MEETING);
        assertEquals(1, m.size(), () -> m.toString());
        assertTrue(facts("The delegations met in Lisbon to sign an agreement.", FactType.TREATY_SIGNING).isEmpty());
    }
}
