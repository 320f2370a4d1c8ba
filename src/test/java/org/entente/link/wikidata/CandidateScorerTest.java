package org.entente.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.junit.jupiter.api.Test;

/** The score's arithmetic, component by component, and the threshold and margin decisions. */
class CandidateScorerTest {
    static final CandidateScorer SCORER = new CandidateScorer(0.65, 0.15);
    static final LocalDate DATE = LocalDate.of(2024, 11, 5);
    static final HeldPosition OLD_TERM = new HeldPosition("Q1", "Minister of Defence", LocalDate.of(2001, 1, 1),
            LocalDate.of(2004, 1, 1));
    static final HeldPosition OPEN_TERM = new HeldPosition("Q1", "Minister of Defence", LocalDate.of(2022, 1, 1), null);

    static Candidate person(String qid, boolean label, Set<String> countries, List<HeldPosition> positions) {
        return new Candidate(qid, "N", "", label, countries, positions);
    }

    static double score(Candidate c, boolean unique, LinkContext ctx) {
        return SCORER.score(c, unique, ctx).score();
    }

    @Test
    void nameAloneNeverReachesTheThreshold() {
        assertEquals(0.45, score(person("Q10", true, Set.of(), List.of()), false, LinkContext.of(DATE)), 1e-9);
        assertEquals(0.35, score(person("Q10", false, Set.of(), List.of()), false, LinkContext.of(DATE)), 1e-9);
        assertEquals(0.55, score(person("Q10", true, Set.of(), List.of()), true, LinkContext.of(DATE)), 1e-9);
    }

    @Test
    void countryAgreesDisagreesOrIsUnknown() {
        LinkContext ukraine = LinkContext.of(DATE).withCountries(List.of("Q212"));
        assertEquals(0.70, score(person("Q10", true, Set.of("Q212", "Q159"), List.of()), false, ukraine), 1e-9);
        assertEquals(0.15, score(person("Q10", true, Set.of("Q30"), List.of()), false, ukraine), 1e-9);
        assertEquals(0.45, score(person("Q10", true, Set.of(), List.of()), false, ukraine), 1e-9);
        assertEquals(0.45, score(person("Q10", true, Set.of("Q30"), List.of()), false, LinkContext.of(DATE)), 1e-9);
    }

    @Test
    void officeByQidOutranksOfficeByWordsAndTheDateAddsOrSubtracts() {
        LinkContext byQid = LinkContext.of(DATE).withOffices(List.of("Q1"));
        LinkContext byWords = LinkContext.of(DATE).withOfficeWords(List.of("the Defence Minister"));
        assertEquals(0.45 + 0.25 + 0.10, score(person("Q10", true, Set.of(), List.of(OPEN_TERM)), false, byQid), 1e-9);
        assertEquals(0.45 + 0.15 + 0.10, score(person("Q10", true, Set.of(), List.of(OPEN_TERM)), false, byWords), 1e-9);
        assertEquals(0.45 + 0.15 - 0.15, score(person("Q10", true, Set.of(), List.of(OLD_TERM)), false, byWords), 1e-9);
        HeldPosition noDates = new HeldPosition("Q1", "Minister of Defence", null, null);
        assertEquals(0.45 + 0.15, score(person("Q10", true, Set.of(), List.of(noDates)), false, byWords), 1e-9);
        LinkContext noDate = new LinkContext(null, Set.of(), Set.of(), List.of("minister"));
        assertEquals(0.45 + 0.15, score(person("Q10", true, Set.of(), List.of(OLD_TERM)), false, noDate), 1e-9);
    }

    @Test
    void officeWordsAlsoMatchTheDescriptionButNotStopWords() {
        Candidate analyst = new Candidate("Q10", "N", "American defense analyst", true, Set.of(), List.of());
        assertEquals(0.60, score(analyst, false, LinkContext.of(DATE).withOfficeWords(List.of("senior analyst"))), 1e-9);
        assertEquals(0.45, score(analyst, false, LinkContext.of(DATE).withOfficeWords(List.of("the senior"))), 1e-9);
    }

    @Test
    void scoreIsClampedToOne() {
        LinkContext all = LinkContext.of(DATE).withCountries(List.of("Q212")).withOffices(List.of("Q1"));
        assertEquals(1.0, score(person("Q10", true, Set.of("Q212"), List.of(OPEN_TERM)), true, all), 1e-9);
    }

    @Test
    void decisionNeedsTheThresholdAndTheMargin() {
        Actor local = Actor.local(ActorKind.PERSON, "N");
        LinkContext ukraine = LinkContext.of(DATE).withCountries(List.of("Q212"));
        Candidate a = person("Q10", true, Set.of("Q212"), List.of());
        Candidate b = person("Q11", true, Set.of("Q30"), List.of());
        Candidate c = person("Q12", true, Set.of("Q212"), List.of());
        assertEquals(LinkStatus.LINKED, SCORER.decide(local, SCORER.score(List.of(a, b), ukraine)).status());
        assertEquals(LinkStatus.AMBIGUOUS, SCORER.decide(local, SCORER.score(List.of(a, c), ukraine)).status());
        assertEquals(LinkStatus.BELOW_THRESHOLD, SCORER.decide(local, SCORER.score(List.of(a, b),
                LinkContext.of(DATE))).status());
        assertEquals(LinkStatus.NO_CANDIDATES, SCORER.decide(local, List.of()).status());
        LinkResult exactlyAtThreshold = new CandidateScorer(0.70, 0.15).decide(local, SCORER.score(List.of(a, b), ukraine));
        assertEquals("Q10", exactlyAtThreshold.qid().orElseThrow());
        List<ScoredCandidate> sorted = SCORER.score(List.of(b, a), ukraine);
        assertEquals(List.of("Q10", "Q11"), sorted.stream().map(ScoredCandidate::qid).toList(), "best first");
    }
}
