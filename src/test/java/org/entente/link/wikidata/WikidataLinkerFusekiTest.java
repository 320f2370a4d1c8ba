package org.entente.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.error.Location;
import org.entente.error.ProblemCollector;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linker against a real SPARQL endpoint over HTTP: an embedded Fuseki serving the Wikidata-shaped fixture. */
class WikidataLinkerFusekiTest {
    static final LocalDate DATE = LocalDate.of(2024, 11, 5);
    static WikidataFixture fixture;
    static WikidataLinker linker;
    static ProblemCollector problems;

    @BeforeAll
    static void start(@TempDir Path cache) {
        fixture = WikidataFixture.start();
        linker = WikidataLinker.create().endpoint(fixture.endpoint()).cache(cache).build();
        problems = new ProblemCollector();
    }

    @AfterAll
    static void stop() {
        fixture.close();
        assertEquals(List.of(), problems.problems(), "no warnings against a healthy endpoint");
    }

    static LinkResult resolve(ActorKind kind, String name, LinkContext context) {
        return linker.forArticle(Location.of("fixture-article.txt"), problems).resolve(Actor.local(kind, name), context);
    }

    static List<String> qids(LinkResult r) {
        return r.candidates().stream().map(ScoredCandidate::qid).toList();
    }

    @Test
    void realOfficeHolderIsLinkedByLabelAndCountry() {
        LinkResult r = resolve(ActorKind.PERSON, "Denys Shmyhal", LinkContext.of(DATE).withCountries(List.of("Q212")));
        assertEquals(LinkStatus.LINKED, r.status(), r.detail());
        assertEquals("Q66094865", r.qid().orElseThrow());
        assertEquals(0.80, r.candidates().get(0).score(), 1e-9);
        Actor linked = r.linkedActor().orElseThrow();
        assertEquals(Actor.local(ActorKind.PERSON, "Denys Shmyhal").iri(), linked.iri(), "keeps its IRI");
        assertEquals("Q66094865", linked.qid());
        assertEquals("Q212", linked.countryQid());
    }

    @Test
    void aliasWithOfficeAndDateLinksWithFullScore() {
        LinkContext ctx = LinkContext.of(DATE).withCountries(List.of("Q212")).withOffices(List.of("Q579677"))
                .withOfficeWords(List.of("President"));
        LinkResult r = resolve(ActorKind.PERSON, "Volodymyr Zelensky", ctx);
        assertEquals("Q3874799", r.qid().orElseThrow());
        ScoredCandidate best = r.candidates().get(0);
        assertFalse(best.candidate().labelMatch(), "matched through skos:altLabel");
        assertEquals("Volodymyr Zelenskyy", best.candidate().label());
        assertEquals(1.0, best.score(), 1e-9, best.reasons().toString());
        assertEquals(LocalDate.of(2019, 1, 1), best.candidate().positions().get(0).start());
    }

    @Test
    void sameNameInDifferentCountriesIsResolvedByCountry() {
        LinkResult ukraine = resolve(ActorKind.PERSON, "Mira Tessaly", LinkContext.of(DATE).withCountries(List.of("Q212")));
        assertEquals("Q9990000001", ukraine.qid().orElseThrow());
        assertEquals(0.70, ukraine.candidates().get(0).score(), 1e-9);
        assertEquals(0.15, ukraine.candidates().get(1).score(), 1e-9);
        LinkResult us = resolve(ActorKind.PERSON, "Mira Tessaly", LinkContext.of(DATE).withCountries(List.of("Q30")));
        assertEquals("Q9990000002", us.qid().orElseThrow());
    }

    @Test
    void sameNameWithoutContextStaysUnlinkedWithBothCandidates() {
        LinkResult r = resolve(ActorKind.PERSON, "Mira Tessaly", LinkContext.of(DATE));
        assertEquals(LinkStatus.BELOW_THRESHOLD, r.status());
        assertTrue(r.qid().isEmpty());
        assertTrue(r.linkedActor().isEmpty());
        assertTrue(r.needsReview());
        assertEquals(Set.of("Q9990000001", "Q9990000002"), Set.copyOf(qids(r)));
        assertEquals(0.45, r.candidates().get(1).score(), 1e-9);
    }

    @Test
    void evenAnswersAboveTheThresholdAreNotLinkedWhenTooClose() {
        WikidataLinker lenient = WikidataLinker.create().endpoint(fixture.endpoint()).noCache().threshold(0.4).build();
        LinkResult r = lenient.forArticle(Location.of("a.txt"), problems)
                .resolve(Actor.local(ActorKind.PERSON, "Mira Tessaly"), LinkContext.of(DATE));
        assertEquals(LinkStatus.AMBIGUOUS, r.status(), r.detail());
        assertEquals(2, r.candidates().size());
    }

    @Test
    void cityAndStateSharingANameAreSeparatedByKindAndCountry() {
        LinkResult city = resolve(ActorKind.PLACE, "Georgia", LinkContext.of(DATE).withCountries(List.of("Q30")));
        assertEquals("Q9990000003", city.qid().orElseThrow());
        assertEquals(List.of("Q9990000003"), qids(city), "the state Q230 is no city");
        LinkResult state = resolve(ActorKind.STATE, "Georgia", LinkContext.of(DATE));
        assertEquals(List.of("Q230"), qids(state), "the decoy city is no country");
        LinkResult cityElsewhere = resolve(ActorKind.PLACE, "Georgia", LinkContext.of(DATE).withCountries(List.of("Q212")));
        assertEquals(LinkStatus.BELOW_THRESHOLD, cityElsewhere.status());
        assertEquals(0.25, cityElsewhere.candidates().get(0).score(), 1e-9);
    }

    @Test
    void personAndOrganizationSharingANameAreSeparatedByKind() {
        LinkContext us = LinkContext.of(DATE).withCountries(List.of("Q30"));
        assertEquals("Q9990000004", resolve(ActorKind.PERSON, "Hollis Brandt", us).qid().orElseThrow());
        assertEquals("Q9990000005", resolve(ActorKind.THINK_TANK, "Hollis Brandt", us).qid().orElseThrow());
        LinkResult alias = resolve(ActorKind.ORGANIZATION, "Brandt Institute", us);
        assertEquals("Q9990000005", alias.qid().orElseThrow());
        assertEquals(0.70, alias.candidates().get(0).score(), 1e-9);
    }

    @Test
    void articleDateChoosesTheHolderInOffice() {
        LinkContext words = LinkContext.of(DATE).withCountries(List.of("Q212")).withOfficeWords(List.of("minister"));
        LinkResult now = resolve(ActorKind.PERSON, "Petro Valko", words);
        assertEquals("Q9990000007", now.qid().orElseThrow(), now.toString());
        assertEquals(0.95, now.candidates().get(0).score(), 1e-9);
        assertEquals(0.70, now.candidates().get(1).score(), 1e-9);
        LinkContext earlier = new LinkContext(LocalDate.of(2010, 6, 1), words.countryQids(), Set.of(), words.officeWords());
        assertEquals("Q9990000006", resolve(ActorKind.PERSON, "Petro Valko", earlier).qid().orElseThrow());
    }

    @Test
    void unknownNamesAndUnsupportedKindsStayUnlinked() {
        LinkResult none = resolve(ActorKind.PERSON, "Nobody Inparticular", LinkContext.of(DATE));
        assertEquals(LinkStatus.NO_CANDIDATES, none.status());
        assertTrue(none.candidates().isEmpty());
        LinkResult office = resolve(ActorKind.OFFICE, "President of Ukraine", LinkContext.of(DATE));
        assertEquals(LinkStatus.UNSUPPORTED_KIND, office.status());
        Actor registered = new Actor(ActorKind.PERSON, "vladimir-putin", "Vladimir Putin", "Q7747", List.of(), "Q159",
                null, List.of());
        LinkResult already = linker.forArticle(Location.of("a.txt"), problems).resolve(registered, LinkContext.of(DATE));
        assertEquals(LinkStatus.ALREADY_LINKED, already.status());
        assertEquals("Q7747", already.qid().orElseThrow());
    }

    @Test
    void namesWithQuotesAreEscapedNotInjected() {
        LinkResult r = resolve(ActorKind.PERSON, "Mira\" } UNION { ?item ?p ?o } #", LinkContext.of(DATE));
        assertEquals(LinkStatus.NO_CANDIDATES, r.status());
    }

    @Test
    void sessionKeepsEveryResultForReview() {
        ArticleLinking session = linker.forArticle(Location.of("b.txt"), problems);
        session.link(Actor.local(ActorKind.PERSON, "Mira Tessaly"), LinkContext.of(DATE));
        session.link(Actor.local(ActorKind.PERSON, "Denys Shmyhal"), LinkContext.of(DATE).withCountries(List.of("Q212")));
        List<LinkResult> results = session.results();
        assertEquals(2, results.size());
        assertEquals(List.of(true, false), results.stream().map(LinkResult::needsReview).toList());
    }
}
