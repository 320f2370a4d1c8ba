package org.entente.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.entente.ingest.Article;
import org.entente.link.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Party adjectives as actors, organization names CoreNLP cuts short, and statements without a reporting clause, on
 * short sentences written for the test (positive and negative cases).
 */
class PartiesAndStatementsTest {
    private static FactExtractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = FactExtractor.create().build();
    }

    private static ArticleFacts extract(String text) {
        Article a = new Article("parties-test", "parties.txt", "Test", LocalDate.of(2020, 6, 19), null, null, null, "en",
                null, null, text, 0, text.length());
        return extractor.extract(a);
    }

    private static List<String> labels(ArticleFacts f) {
        return f.actors().stream().map(Actor::label).toList();
    }

    @Test
    void partyAdjectivesNameTheUsPartiesInAnArticleAboutTheUnitedStates() {
        ArticleFacts f = extract("The United States Senate met on Monday. Republican Walter Brennan voted against the bill, "
                + "and the Democrats said they would try again.");
        assertTrue(labels(f).containsAll(List.of("Republican Party", "Democratic Party")), () -> labels(f).toString());
        assertTrue(f.ofType(FactType.OFFICE_HOLDING).stream().anyMatch(o -> o.one(Role.ORGANIZATION).orElseThrow().label()
                .equals("Republican Party")), () -> f.facts().toString());
    }

    @Test
    void partyAdjectivesInsideOtherNamesOrOutsideTheUsAreNotTheParties() {
        ArticleFacts congo = extract("The United States praised the Democratic Republic of the Congo and the Christian "
                + "Democratic Union.");
        assertFalse(labels(congo).contains("Democratic Party"), () -> labels(congo).toString());
        ArticleFacts elsewhere = extract("In Ireland, Republican Walter Brennan opposed the bill.");
        assertFalse(labels(elsewhere).contains("Republican Party"), () -> labels(elsewhere).toString());
    }

    @Test
    void organizationNamesCutAtADashOrAStateAreMended() {
        ArticleFacts f = extract("Harbour Export\u2013Import Bank president Joan Pike said the rules would change. "
                + "The US Green Party nominated Walter Brennan.");
        assertTrue(labels(f).contains("Harbour Export\u2013Import Bank"), () -> labels(f).toString());
        assertFalse(labels(f).contains("Import Bank"), () -> labels(f).toString());
        assertTrue(labels(f).contains("Green Party") && !labels(f).contains("US Green Party"), () -> labels(f).toString());
    }

    @Test
    void stanceVerbsReportWhatTheirObjectSays() {
        List<Fact> s = extract("Benjamin Netanyahu envisioned the pipeline to end the isolation of his country.")
                .ofType(FactType.STATEMENT);
        assertEquals(1, s.size(), () -> s.toString());
        assertTrue(s.get(0).quote().orElseThrow().startsWith("the pipeline to end"), () -> s.toString());
        assertTrue(extract("Benjamin Netanyahu visited the pipeline site.").ofType(FactType.STATEMENT).isEmpty());
    }

    @Test
    void anUnnamedOfficialIsNotTheStatesSpeaker() {
        List<Fact> s = extract("A Turkish official said that the pipeline was a waste of money.").ofType(FactType.STATEMENT);
        assertTrue(s.isEmpty(), () -> s.toString());
        List<Fact> named = extract("Harbour University expert and former Israeli official, Walter Brennan, said the "
                + "pipeline was a waste of money.").ofType(FactType.STATEMENT);
        assertEquals(1, named.size(), () -> named.toString());
        assertEquals("Walter Brennan", named.get(0).one(Role.SPEAKER).orElseThrow().label());
    }
    @Test
    void aShortOrganizationNameIsTheLongerOneOfTheSameArticle() {
        ArticleFacts f = extract("Harbour Motor Company said the investigation had started. Harbour said it was fully "
                + "cooperating with the government.");
        assertTrue(labels(f).contains("Harbour Motor Company") && !labels(f).contains("Harbour"), () -> labels(f).toString());
        assertTrue(f.ofType(FactType.STATEMENT).stream().allMatch(st -> st.one(Role.SPEAKER).orElseThrow().label()
                .equals("Harbour Motor Company")), () -> f.ofType(FactType.STATEMENT).toString());
    }
    @Test
    void formsOfAddressAndTicketsAreNotPartOfAPersonsName() {
        ArticleFacts f = extract("The bill was criticised by archbishop Monsenor Jorge Eduardo Scheinig. Rocky De La Fuente "
                + "chose Darcy Richardson, and the Reform Party nominated the De La Fuente/Richardson presidential ticket.");
        assertTrue(labels(f).contains("Jorge Eduardo Scheinig"), () -> labels(f).toString());
        assertTrue(labels(f).stream().noneMatch(l -> l.startsWith("Monsenor") || l.contains("/")), () -> labels(f).toString());
    }
}
