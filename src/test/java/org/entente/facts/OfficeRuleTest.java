package org.entente.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.ingest.Article;
import org.entente.link.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Offices on short sentences written for the test: titles before names, appositions, and how a bare title is resolved. */
class OfficeRuleTest {
    private static FactExtractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = FactExtractor.create().build();
    }

    private static List<Fact> offices(String text, LocalDate published) {
        Article a = new Article("office-test", "office.txt", "Test", published, null, null, null, "en", null, null, text, 0,
                text.length());
        return extractor.extract(a).ofType(FactType.OFFICE_HOLDING);
    }

    private static List<Fact> offices(String text) {
        return offices(text, LocalDate.of(2020, 6, 19));
    }

    private static Optional<Fact> of(List<Fact> facts, String holder) {
        return facts.stream().filter(f -> f.one(Role.HOLDER).map(Actor::label).orElse("").equals(holder)).findFirst();
    }

    private static String org(List<Fact> facts, String holder) {
        Fact f = of(facts, holder).orElseThrow(() -> new AssertionError("no office of " + holder + " in " + facts));
        Actor a = f.one(Role.ORGANIZATION).orElseThrow();
        return a.qid() != null ? a.qid() : a.label();
    }

    @Test
    void anOrganizationRightBeforeTheTitleIsTheOrganization() {
        List<Fact> f = offices("In March, Harbour Party presidential nominee Walter Brennan and vice presidential nominee "
                + "Joan Pike toured the coast.");
        assertEquals("Harbour Party", org(f, "Walter Brennan"));
        assertEquals("presidential nominee", of(f, "Walter Brennan").orElseThrow().one(Role.POSITION).orElseThrow().label());
        assertEquals("Harbour Party", org(f, "Joan Pike"), "a coordinated title without its own organization shares it");
    }

    @Test
    void anAbbreviatedStateBeforeTheTitleIsNotPartOfTheTitle() {
        List<Fact> f = offices("Protesters tried to topple a statue of US President Andrew Jackson in a park.");
        assertEquals("Q30", org(f, "Andrew Jackson"));
        assertEquals("Q11696", of(f, "Andrew Jackson").orElseThrow().one(Role.POSITION).orElseThrow().qid());
    }

    @Test
    void aTitleTheRegistryRecordsForThePersonIsAlsoAFormerOffice() {
        List<Fact> f = offices("Richardson challenged President Barack Obama for the nomination.");
        assertEquals("Q30", org(f, "Barack Obama"));
    }

    @Test
    void aBareTitleIsTheOfficeOfTheStateTheArticleNames() {
        String text = "The United States sent Secretary of State Walter Brennan to the talks.";
        assertEquals("Q30", org(offices(text), "Walter Brennan"));
        List<Fact> none = offices("The ministry sent Secretary of State Walter Brennan to the talks.");
        assertTrue(of(none, "Walter Brennan").isEmpty(), () -> "no state named, nothing guessed: " + none);
    }

    @Test
    void aTitleAfterAnotherHoldersNameSharesTheirState() {
        List<Fact> f = offices("The meeting was attended by Israeli prime minister Benjamin Netanyahu and energy minister "
                + "Walter Brennan.");
        assertEquals("Q801", org(f, "Benjamin Netanyahu"));
        assertEquals("Q801", org(f, "Walter Brennan"));
    }

    @Test
    void aPluralTitleServesEachName() {
        List<Fact> f = offices("On Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed it.");
        assertEquals("Q1033", org(f, "Muhammadu Buhari"));
        assertEquals("Q962", org(f, "Patrice Talon"));
    }

    @Test
    void appositionsWithAndWithoutArticle() {
        List<Fact> after = offices("Walter Brennan, deputy director of the Harbour Institute, said the plan would fail.");
        assertEquals("Harbour Institute", org(after, "Walter Brennan"));
        List<Fact> before = offices("Later, the director of Amnesty International, Joan Pike, said the law was unjust.");
        assertEquals("Amnesty International", org(before, "Joan Pike"));
        List<Fact> verb = offices("Walter Brennan, won the election in the Harbour Party primary.");
        assertTrue(verb.isEmpty(), () -> "a verb is not a role: " + verb);
    }

    @Test
    void governorsAndMayorsAreOfThePlaceBeforeTheTitle() {
        List<Fact> f = offices("New Mexico governor Walter Brennan spoke to reporters.");
        assertEquals("New Mexico", org(f, "Walter Brennan"));
        List<Fact> none = offices("Retired businessman Walter Brennan spoke to reporters.");
        assertTrue(none.isEmpty(), () -> "a profession without organization is no holding: " + none);
    }
}
