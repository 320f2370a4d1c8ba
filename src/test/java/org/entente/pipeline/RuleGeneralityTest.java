package org.entente.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.facts.AidKind;
import org.entente.facts.ArticleFacts;
import org.entente.facts.Fact;
import org.entente.facts.FactExtractor;
import org.entente.facts.FactType;
import org.entente.facts.Modality;
import org.entente.facts.Role;
import org.apache.jena.vocabulary.RDF;
import org.entente.error.ProblemCollector;
import org.entente.ingest.Article;
import org.entente.load.ArticleLoader;
import org.entente.rdf.QuadCollector;
import org.entente.vocab.ENT;
import org.entente.link.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules on sentences that are not in the seed article: news English in general, including what must not fire. */
class RuleGeneralityTest {
    private static FactExtractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = FactExtractor.create().build();
    }

    private static ArticleFacts extract(String text) {
        return extract(text, LocalDate.of(2023, 3, 15));
    }

    private static ArticleFacts extract(String text, LocalDate published) {
        Article a = new Article("test-article", "test.txt", "Test", published, null, null, null, "en",
                null, null, text, 0, text.length());
        return extractor.extract(a);
    }

    private static Optional<String> qid(Fact f, Role role) {
        return f.one(role).map(Actor::qid);
    }

    @Test
    void verbDeploymentWithCountAndDestination() {
        List<Fact> d = extract("China sent 500 soldiers to Mali last month.").ofType(FactType.DEPLOYMENT);
        assertEquals(1, d.size(), () -> d.toString());
        assertEquals(Optional.of("Q148"), qid(d.get(0), Role.DEPLOYER));
        assertEquals(Optional.of("Q912"), qid(d.get(0), Role.HOST));
        assertEquals(Optional.of(500L), d.get(0).troopsMin());
        assertEquals(Modality.ASSERTED, d.get(0).modality());
    }

    @Test
    void refusalIsNegatedAndThreatIsPlanned() {
        List<Fact> refused = extract("Germany refused to send troops to Ukraine.").ofType(FactType.DEPLOYMENT);
        assertEquals(1, refused.size());
        assertEquals(Modality.NEGATED, refused.get(0).modality());
        List<Fact> planned = extract("France will deploy 1,000 troops to Estonia.").ofType(FactType.DEPLOYMENT);
        assertEquals(1, planned.size());
        assertEquals(Modality.PLANNED, planned.get(0).modality());
    }

    @Test
    void aidWithCapitalMetonymyAndKinds() {
        List<Fact> aid = extract("Tokyo has provided humanitarian aid to Kyiv.").ofType(FactType.AID);
        assertEquals(1, aid.size());
        assertEquals(Optional.of("Q17"), qid(aid.get(0), Role.DONOR));
        assertEquals(Optional.of("Q212"), qid(aid.get(0), Role.RECIPIENT));
        assertTrue(aid.get(0).aidKinds().contains(AidKind.HUMANITARIAN));
    }

    @Test
    void treatySignedByTwoStatesWithDate() {
        List<Fact> t = extract("Japan and South Korea signed a defense pact on Monday.").ofType(FactType.TREATY_SIGNING);
        assertEquals(1, t.size());
        assertEquals(List.of("Q17", "Q884"), t.get(0).all(Role.PARTY).stream().map(Actor::qid).sorted().toList());
        assertEquals("2023-03-13", t.get(0).date().orElseThrow().precise());
    }

    @Test
    void invasionBetweenStates() {
        List<Fact> e = extract("Iraq's invasion of Kuwait in 1990 was condemned.").ofType(FactType.ENGAGEMENT);
        assertEquals(1, e.size());
        assertEquals(Optional.of("Q796"), qid(e.get(0), Role.SIDE_A));
        assertEquals(Optional.of("Q817"), qid(e.get(0), Role.SIDE_B));
        assertEquals("1990", e.get(0).date().orElseThrow().precise());
    }

    @Test
    void statementWithAppositionAndOffice() {
        ArticleFacts f = extract("\u201CWe will not accept this,\u201D said Anna Smith, a senior fellow at Chatham House.");
        List<Fact> s = f.ofType(FactType.STATEMENT);
        assertEquals(1, s.size(), () -> s.toString());
        assertEquals("Anna Smith", s.get(0).one(Role.SPEAKER).orElseThrow().label());
        assertEquals("We will not accept this", s.get(0).quote().orElseThrow());
        List<Fact> o = f.ofType(FactType.OFFICE_HOLDING);
        assertEquals(1, o.size());
        assertEquals("senior fellow", o.get(0).one(Role.POSITION).orElseThrow().label());
    }

    @Test
    void twoStatementsInOneSentenceAreTwoFactsThatPassShacl() {
        String text = "John Smith said the talks had failed, and Mary Jones said they would resume next week.";
        Article a = new Article("two-statements", "two.txt", "Test", LocalDate.of(2023, 3, 15), null, null, null, "en",
                null, null, text, 0, text.length());
        QuadCollector out = new QuadCollector();
        ProblemCollector problems = new ProblemCollector();
        ArticleFacts facts = ArticleLoader.create().sink(out).problems(problems).build().load(a);
        assertTrue(facts != null && !problems.hasErrors(), () -> problems.problems().toString());
        long statements = out.quads().stream().filter(q -> q.getPredicate().equals(RDF.type.asNode())
                && q.getObject().equals(ENT.STATEMENT.asNode())).map(q -> q.getSubject()).distinct().count();
        assertEquals(2, statements);
    }

    @Test
    void aTitleWithoutANameIsTheHolderInTheArticlesYear() {
        String text = "Turkey's president said the talks with Greece would continue next month.";
        List<Fact> s2019 = extract(text, LocalDate.of(2019, 5, 2)).ofType(FactType.STATEMENT);
        assertEquals(1, s2019.size(), () -> s2019.toString());
        assertEquals(Optional.of("Q39259"), qid(s2019.get(0), Role.SPEAKER));
        String us = "The US president said the sanctions would stay in place.";
        assertEquals(Optional.of("Q22686"), qid(extract(us, LocalDate.of(2019, 5, 2)).ofType(FactType.STATEMENT).get(0),
                Role.SPEAKER));
        List<Fact> s2021 = extract(us, LocalDate.of(2021, 5, 2)).ofType(FactType.STATEMENT);
        assertEquals(Optional.of("Q30"), qid(s2021.get(0), Role.SPEAKER),
                "2021 had two US presidents: no person is guessed, the statement stays with the state");
    }

    @Test
    void meetingsAndVisits() {
        List<Fact> met = extract("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Tuesday.").ofType(FactType.MEETING);
        assertEquals(1, met.size(), () -> met.toString());
        assertEquals(List.of("Q39259", "Q7747"), met.get(0).all(Role.PARTICIPANT).stream().map(Actor::qid).sorted().toList());
        List<Fact> visit = extract("Japanese officials said Shinzo Abe visited Beijing last week.").ofType(FactType.MEETING);
        assertEquals(1, visit.size(), () -> visit.toString());
        assertTrue(visit.get(0).all(Role.PARTICIPANT).stream().anyMatch(a -> "Q148".equals(a.qid())));
        assertTrue(extract("The committee met on Tuesday to discuss the budget.").ofType(FactType.MEETING).isEmpty());
    }

    @Test
    void sanctionsImposedThreatenedAndLifted() {
        List<Fact> imposed = extract("The United States imposed sanctions on Iran on Monday.").ofType(FactType.SANCTION);
        assertEquals(1, imposed.size(), () -> imposed.toString());
        assertEquals(Optional.of("Q30"), qid(imposed.get(0), Role.IMPOSER));
        assertEquals(Optional.of("Q794"), qid(imposed.get(0), Role.SANCTIONED));
        assertEquals(Modality.ASSERTED, imposed.get(0).modality());
        List<Fact> threat = extract("France threatened to impose sanctions on Russia.").ofType(FactType.SANCTION);
        assertEquals(1, threat.size(), () -> threat.toString());
        assertEquals(Modality.PLANNED, threat.get(0).modality());
        assertTrue(extract("The European Union lifted sanctions on Belarus.").ofType(FactType.SANCTION).isEmpty());
    }

    @Test
    void questionsAssertNothingAndConflictNeedsArms() {
        List<Fact> asked = extract("Did Iraq's invasion of Kuwait change the region?").ofType(FactType.ENGAGEMENT);
        assertEquals(1, asked.size());
        assertEquals(Modality.HYPOTHETICAL, asked.get(0).modality());
        assertTrue(extract("The trade conflict between China and Japan deepened.").ofType(FactType.ENGAGEMENT).isEmpty());
        assertEquals(1, extract("The armed conflict between Armenia and Azerbaijan resumed.").ofType(FactType.ENGAGEMENT)
                .size());
    }

    @Test
    void forcesInAStateAreHostedThere() {
        List<Fact> d = extract("Officials criticised the presence of United States troops in Iraq.").ofType(FactType.DEPLOYMENT);
        assertEquals(1, d.size(), () -> d.toString());
        assertEquals(Optional.of("Q30"), qid(d.get(0), Role.DEPLOYER));
        assertEquals(Optional.of("Q796"), qid(d.get(0), Role.HOST));
    }

    @Test
    void namesInsideOtherNamesAreNotStates() {
        List<String> qids = extract("Stacey Abrams of Georgia campaigned in New Mexico, and "
                + "Chad Smith wrote about it in the Washington Post.").actors().stream().map(Actor::qid).toList();
        assertTrue(!qids.contains("Q230") && !qids.contains("Q96") && !qids.contains("Q657") && !qids.contains("Q30"),
                qids::toString);
    }

    @Test
    void capitalsAndDemonymsActOnlyWhereTheyStandForTheState() {
        List<String> acting = extract("Seoul criticised the plan. The minister flew to Warsaw, where Spanish was spoken "
                + "and Russian troops were seen.").actors().stream().map(Actor::qid).toList();
        assertTrue(acting.contains("Q884"), "Seoul criticised: South Korea acts");
        assertTrue(acting.contains("Q159"), "Russian troops: Russia acts");
        assertTrue(!acting.contains("Q36") && !acting.contains("Q29"), () -> "a trip to Warsaw, a language: " + acting);
    }

    @Test
    void transcriptTurnsAreStatementsOfTheTaggedPerson() {
        ArticleFacts f = extract("((WN))  What did the team find in the cave?\n"
                + "((Maria Lopez))  We found bone tools that were shaped with great care. They were used for leather.\n");
        List<Fact> s = f.ofType(FactType.STATEMENT);
        assertEquals(1, s.size(), () -> s.toString());
        assertEquals("Maria Lopez", s.get(0).one(Role.SPEAKER).orElseThrow().label());
        assertTrue(s.get(0).quote().orElseThrow().startsWith("We found bone tools"));
        assertTrue(s.get(0).directQuote());
    }

    @Test
    void aNounEventIsPresupposedAsSubjectAndPlannedAsObjectOfPlanning() {
        List<Fact> subject = extract("The deployment of Chinese troops to Mali would pose new risks.").ofType(FactType.DEPLOYMENT);
        assertEquals(1, subject.size());
        assertEquals(Modality.ASSERTED, subject.get(0).modality());
        List<Fact> arranged = extract("Diplomats worked to arrange a meeting between Vladimir Putin and Recep Tayyip Erdogan.")
                .ofType(FactType.MEETING);
        assertEquals(1, arranged.size(), () -> arranged.toString());
        assertEquals(Modality.PLANNED, arranged.get(0).modality());
    }

    @Test
    void nonPoliticalTextYieldsNoEvents() {
        ArticleFacts f = extract("The football team won the championship on Sunday. Fans celebrated in the streets of "
                + "Madrid, and the coach said the victory belonged to the whole city.");
        assertTrue(f.facts().stream().noneMatch(x -> x.type() != FactType.STATEMENT), () -> f.facts().toString());
    }
}
