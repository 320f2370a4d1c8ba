package org.entente.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.entente.error.ProblemCollector;
import org.entente.facts.ArticleFacts;
import org.entente.facts.Fact;
import org.entente.facts.FactExtractor;
import org.entente.facts.FactType;
import org.entente.facts.Modality;
import org.entente.facts.Role;
import org.entente.ingest.Article;
import org.entente.link.Actor;
import org.entente.load.ArticleLoader;
import org.entente.rdf.QuadCollector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Votes, memberships, expulsions, withdrawals and strikes on short sentences written for these tests (none is from a
 * corpus article), each type with the readings that must not fire: elections, persons joining parties, labour and
 * sport strikes, figurative attacks, withdrawn bills.
 */
class EventTypesTest {
    private static FactExtractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = FactExtractor.create().build();
    }

    private static ArticleFacts extract(String text) {
        Article a = new Article("events-test", "events.txt", "Test", LocalDate.of(2023, 3, 15), null, null, null, "en",
                null, null, text, 0, text.length());
        return extractor.extract(a);
    }

    private static List<Fact> of(String text, FactType type) {
        return extract(text).ofType(type);
    }

    private static Optional<String> qid(Fact f, Role role) {
        return f.one(role).map(Actor::qid);
    }

    private static String label(Fact f, Role role) {
        return f.one(role).map(Actor::label).orElse("?");
    }

    @Test
    void bodiesVoteOnMotions() {
        List<Fact> passed = of("Parliament passed the budget on Tuesday.", FactType.VOTE);
        assertEquals(1, passed.size(), passed::toString);
        assertEquals("Parliament", label(passed.get(0), Role.VOTING_BODY));
        assertEquals(Optional.of("the budget"), passed.get(0).quote());
        assertEquals("2023-03-14", passed.get(0).date().orElseThrow().precise());
        List<Fact> council = of("The Leeds city council voted to close the library.", FactType.VOTE);
        assertEquals(1, council.size(), council::toString);
        assertEquals("Leeds city council", label(council.get(0), Role.VOTING_BODY));
        assertEquals(Optional.of("close the library"), council.get(0).quote());
        List<Fact> passive = of("The bill was approved by the National Assembly.", FactType.VOTE);
        assertEquals(1, passive.size(), passive::toString);
        assertEquals("National Assembly", label(passive.get(0), Role.VOTING_BODY));
        List<Fact> two = of("The lower house approved the reform, but the senate rejected it.", FactType.VOTE);
        assertEquals(2, two.size(), two::toString);
    }

    @Test
    void plannedRefusedAndExpectedVotes() {
        List<Fact> planned = of("The Senate will vote on the treaty next week.", FactType.VOTE);
        assertEquals(1, planned.size(), planned::toString);
        assertEquals(Modality.PLANNED, planned.get(0).modality());
        List<Fact> refused = of("The Senate refused to vote on the nomination.", FactType.VOTE);
        assertEquals(1, refused.size(), refused::toString);
        assertEquals(Modality.NEGATED, refused.get(0).modality());
        assertTrue(of("A vote is expected next month.", FactType.VOTE).isEmpty());
        List<Fact> conditional = of("He said he would resign if the Senate voted against the budget.", FactType.VOTE);
        assertEquals(1, conditional.size(), conditional::toString);
        assertEquals(Modality.HYPOTHETICAL, conditional.get(0).modality());
    }

    @Test
    void aBodyNamedByItsStateKeepsTheStateInItsName() {
        List<Fact> iraq = of("Yesterday, the Parliament of Iraq voted on a resolution to expel foreign troops.", FactType.VOTE);
        assertEquals(1, iraq.size(), iraq::toString);
        assertEquals("Parliament of Iraq", label(iraq.get(0), Role.VOTING_BODY));
        assertEquals(Optional.of("a resolution to expel foreign troops"), iraq.get(0).quote());
    }

    @Test
    void electionsAndPeopleAreNoBodyVotes() {
        assertTrue(of("Voters voted for the opposition candidate in the election.", FactType.VOTE).isEmpty());
        assertTrue(of("Maria Lopez voted against the proposal.", FactType.VOTE).isEmpty());
        assertTrue(of("The party approved its new logo.", FactType.VOTE).isEmpty());
        assertTrue(of("The Senate rejected the claims of the witness.", FactType.VOTE).isEmpty(),
                "rejecting claims is no vote; rejecting needs a motion");
    }

    @Test
    void statesJoinAndLeaveOrganizations() {
        List<Fact> joined = of("Montenegro joined NATO in 2017.", FactType.ACCESSION);
        assertEquals(1, joined.size(), joined::toString);
        assertEquals(Optional.of("Q236"), qid(joined.get(0), Role.MEMBER));
        assertEquals("2017", joined.get(0).date().orElseThrow().precise());
        List<Fact> member = of("Croatia became a member of the European Union.", FactType.ACCESSION);
        assertEquals(1, member.size(), member::toString);
        assertEquals(Optional.of("Q224"), qid(member.get(0), Role.MEMBER));
        List<Fact> left = of("The United States withdrew from the World Health Organization.", FactType.EXIT);
        assertEquals(1, left.size(), left::toString);
        assertEquals(Optional.of("Q30"), qid(left.get(0), Role.MEMBER));
        List<Fact> both = of("Benin and Nigeria joined the African Union.", FactType.ACCESSION);
        assertEquals(2, both.size(), both::toString);
    }

    @Test
    void refusedPlannedAndRequiredMemberships() {
        List<Fact> refused = of("Switzerland refused to join the European Union.", FactType.ACCESSION);
        assertEquals(1, refused.size(), refused::toString);
        assertEquals(Modality.NEGATED, refused.get(0).modality());
        List<Fact> pending = of("Thousands protested the pending exit of the United Kingdom from the European Union.",
                FactType.EXIT);
        assertEquals(1, pending.size(), pending::toString);
        assertEquals(Modality.PLANNED, pending.get(0).modality());
        List<Fact> planned = of("Ukraine will join NATO.", FactType.ACCESSION);
        assertEquals(Modality.PLANNED, planned.get(0).modality());
        List<Fact> required = of("Johnson said that Britain must leave the European Union by October.", FactType.EXIT);
        assertEquals(1, required.size(), required::toString);
        assertEquals(Modality.PLANNED, required.get(0).modality());
    }

    @Test
    void anExitWithoutItsOrganizationIsOneMoreSentenceOfTheArticlesExit() {
        List<Fact> exits = of("Britain left the European Union in 2020. Britain left with a trade deal.", FactType.EXIT);
        assertEquals(1, exits.size(), exits::toString);
        assertEquals(2, exits.get(0).evidence().size(), exits::toString);
        assertTrue(of("France must leave by Friday.", FactType.EXIT).isEmpty(), "no organization to leave is known");
    }

    @Test
    void peopleJoiningPartiesAndStatesJoiningTalksAreNoMemberships() {
        ArticleFacts f = extract("Jesse Ventura joined the Green Party. Italy joined the talks on Monday. "
                + "Britons voted in a referendum to leave the European Union.");
        assertTrue(f.ofType(FactType.ACCESSION).isEmpty(), () -> f.facts().toString());
        assertTrue(f.ofType(FactType.EXIT).isEmpty(), "Britons are people, not the state: " + f.facts());
    }

    @Test
    void diplomatsAreExpelled() {
        List<Fact> capital = of("Athens expelled the Libyan ambassador over the dispute.", FactType.EXPULSION);
        assertEquals(1, capital.size(), capital::toString);
        assertEquals(Optional.of("Q41"), qid(capital.get(0), Role.EXPELLER));
        assertEquals(Optional.of("Q1016"), qid(capital.get(0), Role.EXPELLED));
        List<Fact> passive = of("Two Czech diplomats were expelled by Moscow.", FactType.EXPULSION);
        assertEquals(1, passive.size(), passive::toString);
        assertEquals(Optional.of("Q159"), qid(passive.get(0), Role.EXPELLER));
        assertEquals(Optional.of("Q213"), qid(passive.get(0), Role.EXPELLED));
        List<Fact> png = of("Germany declared the Iranian ambassador persona non grata.", FactType.EXPULSION);
        assertEquals(1, png.size(), png::toString);
        assertEquals(Optional.of("Q794"), qid(png.get(0), Role.EXPELLED));
        List<Fact> threat = of("Poland threatened to expel Russian diplomats.", FactType.EXPULSION);
        assertEquals(Modality.PLANNED, threat.get(0).modality());
    }

    @Test
    void expellingPlayersOrMigrantsIsNoDiplomaticExpulsion() {
        assertTrue(of("The club expelled two players from the league.", FactType.EXPULSION).isEmpty());
        assertTrue(of("France expelled hundreds of Romanian migrants.", FactType.EXPULSION).isEmpty());
    }

    @Test
    void forcesWithdraw() {
        List<Fact> transitive = of("The United States withdrew its troops from Afghanistan.", FactType.WITHDRAWAL);
        assertEquals(1, transitive.size(), transitive::toString);
        assertEquals(Optional.of("Q30"), qid(transitive.get(0), Role.WITHDRAWER));
        assertEquals(Optional.of("Q889"), qid(transitive.get(0), Role.WITHDRAWN_FROM));
        List<Fact> pulled = of("Russian troops pulled out of the region in November.", FactType.WITHDRAWAL);
        assertEquals(1, pulled.size(), pulled::toString);
        assertEquals(Optional.of("Q159"), qid(pulled.get(0), Role.WITHDRAWER));
        List<Fact> noun = of("The withdrawal of French soldiers from Mali began in August.", FactType.WITHDRAWAL);
        assertEquals(1, noun.size(), noun::toString);
        assertEquals(Optional.of("Q142"), qid(noun.get(0), Role.WITHDRAWER));
        assertEquals(Optional.of("Q912"), qid(noun.get(0), Role.WITHDRAWN_FROM));
        List<Fact> planned = of("Germany plans to withdraw its soldiers from Niger.", FactType.WITHDRAWAL);
        assertEquals(Modality.PLANNED, planned.get(0).modality());
    }

    @Test
    void withdrawnBillsCandidatesAndEvacuationsAreNoWithdrawals() {
        ArticleFacts f = extract("The government will withdraw the bill. Senator Amy Klobuchar withdrew her name from "
                + "consideration. Japan evacuated its citizens from Wuhan. Italy withdrew from the treaty.");
        assertTrue(f.ofType(FactType.WITHDRAWAL).isEmpty(), () -> f.facts().toString());
    }

    @Test
    void statesStrikeStatesAndPlaces() {
        List<Fact> targets = of("Israel struck targets in Syria on Sunday.", FactType.STRIKE);
        assertEquals(1, targets.size(), targets::toString);
        assertEquals(Optional.of("Q801"), qid(targets.get(0), Role.ATTACKER));
        assertEquals(Optional.of("Q858"), qid(targets.get(0), Role.ATTACKED));
        assertEquals("2023-03-12", targets.get(0).date().orElseThrow().precise());
        List<Fact> weapons = of("Russian missiles hit Kyiv overnight.", FactType.STRIKE);
        assertEquals(1, weapons.size(), weapons::toString);
        assertEquals(Optional.of("Q159"), qid(weapons.get(0), Role.ATTACKER));
        assertEquals(Optional.of("Q212"), qid(weapons.get(0), Role.ATTACKED));
        List<Fact> noun = of("A Saudi air strike on Sanaa killed 12 people.", FactType.STRIKE);
        assertEquals(1, noun.size(), noun::toString);
        assertEquals(Optional.of("Q851"), qid(noun.get(0), Role.ATTACKER));
        List<Fact> threat = of("Iran threatened to strike Israel.", FactType.STRIKE);
        assertEquals(1, threat.size(), threat::toString);
        assertEquals(Modality.PLANNED, threat.get(0).modality());
    }

    @Test
    void aStrikeIsNotAlsoCountedAsAnEngagement() {
        ArticleFacts f = extract("Israel bombed Iranian bases in Syria.");
        assertEquals(1, f.ofType(FactType.STRIKE).size(), () -> f.facts().toString());
        assertEquals(Optional.of("Q794"), qid(f.ofType(FactType.STRIKE).get(0), Role.ATTACKED));
        assertTrue(f.ofType(FactType.ENGAGEMENT).isEmpty(), () -> f.facts().toString());
    }

    @Test
    void labourSportFigurativeAndNaturalStrikesAreNotMilitary() {
        ArticleFacts f = extract("Workers went on strike in France. French workers struck for higher wages. "
                + "The striker scored twice for Argentina. The president attacked the media. "
                + "China attacked Washington's decision to impose tariffs. The storm struck Florida. "
                + "Iran and the United States struck a deal. The team's attack was strong in the second half.");
        assertTrue(f.ofType(FactType.STRIKE).isEmpty(), () -> f.ofType(FactType.STRIKE).toString());
        assertTrue(f.ofType(FactType.ENGAGEMENT).isEmpty(), () -> f.ofType(FactType.ENGAGEMENT).toString());
    }

    @Test
    void newEventTypesAreWrittenWithTheirCodesAndPassShacl() {
        String text = "Athens expelled the Libyan ambassador over the dispute. Israel struck targets in Syria on Sunday. "
                + "Montenegro joined NATO in 2017. Parliament passed the budget on Tuesday. "
                + "The United States withdrew its troops from Afghanistan.";
        Article a = new Article("events-rdf", "events.txt", "Test", LocalDate.of(2023, 3, 15), null, null, null, "en",
                null, null, text, 0, text.length());
        QuadCollector out = new QuadCollector();
        ProblemCollector problems = new ProblemCollector();
        ArticleFacts facts = ArticleLoader.create().sink(out).problems(problems).build().load(a);
        assertTrue(facts != null && !problems.hasErrors(), () -> problems.problems().toString());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        out.quads().forEach(dsg::add);
        String q = """
                PREFIX ent: <https://w3id.org/entente/ontology#>
                SELECT ?class ?code ?g WHERE { GRAPH ?graph { ?f a ?class ; ent:modality ent:Asserted .
                  VALUES ?class { ent:Vote ent:Accession ent:Exit ent:Expulsion ent:Withdrawal ent:Strike }
                  OPTIONAL { ?f ent:cameoCode ?code ; ent:goldstein ?g } } } ORDER BY ?class
                """;
        StringBuilder rows = new StringBuilder();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                rows.append(r.getResource("class").getLocalName()).append(' ')
                        .append(r.contains("code") ? r.getLiteral("code").getString() + " " + r.getLiteral("g").getString()
                                : "-").append('\n');
            }
        }
        assertEquals("""
                Accession 060 6.0
                Expulsion 161 -4.0
                Strike 190 -10.0
                Vote -
                Withdrawal 087 9.0
                """, rows.toString());
    }
}
