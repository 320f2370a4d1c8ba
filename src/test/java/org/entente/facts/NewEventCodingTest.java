package org.entente.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.ActorRegistry;
import org.junit.jupiter.api.Test;

/**
 * The CAMEO codes and Goldstein weights of the newer event types (docs/cameo.md), and the merging and folding that
 * keep one real event one fact: a strike restated as an engagement, an exit restated without its organization.
 */
class NewEventCodingTest {
    private static final ActorRegistry REGISTRY = ActorRegistry.bundled();
    private static final Evidence FIRST = new Evidence(0, 10, "first one.");
    private static final Evidence SECOND = new Evidence(11, 22, "second one.");

    private static Actor state(String qid) {
        return REGISTRY.byQid(qid).orElseThrow();
    }

    private static Optional<Interaction> coded(Fact f) {
        return Interaction.of(f, REGISTRY::interactingActor);
    }

    @Test
    void eachNewInteractionHasItsCodeAndWeight() {
        Fact strike = new Fact(FactType.STRIKE, FIRST).add(Role.ATTACKER, state("Q801")).add(Role.ATTACKED, state("Q858"));
        assertEquals("190", coded(strike).orElseThrow().cameoCode());
        assertEquals(new BigDecimal("-10.0"), coded(strike).orElseThrow().goldstein());
        Fact expulsion = new Fact(FactType.EXPULSION, FIRST).add(Role.EXPELLER, state("Q41")).add(Role.EXPELLED, state("Q1016"));
        assertEquals("161", coded(expulsion).orElseThrow().cameoCode());
        assertEquals("Q41", coded(expulsion).orElseThrow().initiator().qid());
        Fact withdrawal = new Fact(FactType.WITHDRAWAL, FIRST).add(Role.WITHDRAWER, state("Q30"))
                .add(Role.WITHDRAWN_FROM, state("Q889"));
        assertEquals(new BigDecimal("9.0"), coded(withdrawal).orElseThrow().goldstein());
        Actor nato = REGISTRY.lookup("NATO").get(0).actor();
        Fact joined = new Fact(FactType.ACCESSION, FIRST).add(Role.MEMBER, state("Q236")).add(Role.MEMBER_ORGANIZATION, nato);
        assertEquals("060", coded(joined).orElseThrow().cameoCode());
        Fact left = new Fact(FactType.EXIT, FIRST).add(Role.MEMBER, state("Q145")).add(Role.MEMBER_ORGANIZATION, nato);
        assertTrue(coded(left).orElseThrow().goldstein().signum() < 0);
    }

    @Test
    void votesAndWithdrawalsWithoutAStateLeftAreNoInteractions() {
        Fact vote = new Fact(FactType.VOTE, FIRST).add(Role.VOTING_BODY, Actor.local(ActorKind.GOVERNMENT_BODY, "Senate"));
        assertTrue(coded(vote).isEmpty());
        assertTrue(coded(new Fact(FactType.WITHDRAWAL, FIRST).add(Role.WITHDRAWER, state("Q30"))).isEmpty());
    }

    @Test
    void strikesOfOnePairAreOneFactPerArticleButVotesOfOneBodyAreOnePerSentence() {
        List<Fact> strikes = new FactMerger().merge(List.of(
                new Fact(FactType.STRIKE, FIRST).add(Role.ATTACKER, state("Q801")).add(Role.ATTACKED, state("Q858")),
                new Fact(FactType.STRIKE, SECOND).add(Role.ATTACKER, state("Q801")).add(Role.ATTACKED, state("Q858"))));
        assertEquals(1, strikes.size());
        assertEquals(List.of(FIRST, SECOND), strikes.get(0).evidence());
        Actor senate = Actor.local(ActorKind.GOVERNMENT_BODY, "Senate");
        List<Fact> votes = new FactMerger().merge(List.of(new Fact(FactType.VOTE, FIRST).add(Role.VOTING_BODY, senate),
                new Fact(FactType.VOTE, SECOND).add(Role.VOTING_BODY, senate)));
        assertEquals(2, votes.size(), "a body votes on many motions");
    }

    @Test
    void anEngagementThatRestatesAStrikeIsDropped() {
        Fact strike = new Fact(FactType.STRIKE, FIRST).add(Role.ATTACKER, state("Q801")).add(Role.ATTACKED, state("Q794"));
        Fact same = new Fact(FactType.ENGAGEMENT, FIRST).add(Role.SIDE_A, state("Q801")).add(Role.SIDE_B, state("Q794"));
        Fact elsewhere = new Fact(FactType.ENGAGEMENT, SECOND).add(Role.SIDE_A, state("Q801")).add(Role.SIDE_B, state("Q794"));
        Fact others = new Fact(FactType.ENGAGEMENT, FIRST).add(Role.SIDE_A, state("Q159")).add(Role.SIDE_B, state("Q212"));
        List<Fact> kept = StrikeRule.withoutRestatedEngagements(List.of(strike, same, elsewhere, others));
        assertEquals(List.of(strike, elsewhere, others), kept);
    }

    @Test
    void anExitWithoutOrganizationJoinsTheOnlyExitOfItsMemberOrIsDropped() {
        Actor eu = REGISTRY.lookup("European Union").get(0).actor();
        Fact exit = new Fact(FactType.EXIT, FIRST).add(Role.MEMBER, state("Q145")).add(Role.MEMBER_ORGANIZATION, eu);
        Fact partial = new Fact(FactType.EXIT, SECOND).add(Role.MEMBER, state("Q145"));
        Fact otherMember = new Fact(FactType.EXIT, SECOND).add(Role.MEMBER, state("Q142"));
        Fact planned = new Fact(FactType.EXIT, SECOND).add(Role.MEMBER, state("Q145")).modality(Modality.PLANNED);
        List<Fact> out = MembershipRule.withPartialExitsFolded(List.of(exit, partial, otherMember, planned));
        assertEquals(List.of(exit), out);
        assertEquals(List.of(FIRST, SECOND), exit.evidence());
    }
}
