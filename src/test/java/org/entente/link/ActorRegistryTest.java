package org.entente.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled registry as the linker sees it: names, demonyms, capitals, offices, terms. */
class ActorRegistryTest {
    private final ActorRegistry registry = ActorRegistry.bundled();

    private static Set<String> qids(List<NameEntry> entries) {
        return entries.stream().map(e -> e.actor().qid()).collect(Collectors.toSet());
    }

    @Test
    void capitalsAreMetonymsOfTheirState() {
        List<NameEntry> hits = registry.lookup("Pyongyang");
        assertTrue(hits.stream().anyMatch(e -> "Q423".equals(e.actor().qid()) && e.kind() == MentionKind.CAPITAL), hits::toString);
        assertTrue(qids(registry.lookup("Kyiv")).contains("Q212"));
    }

    @Test
    void demonymsAndAliasesNameTheState() {
        assertTrue(registry.lookup("North Korean").stream()
                .anyMatch(e -> "Q423".equals(e.actor().qid()) && e.kind() == MentionKind.DEMONYM));
        assertTrue(qids(registry.lookup("DPRK")).contains("Q423"));
        assertTrue(qids(registry.lookup("Russian Federation")).contains("Q159"));
    }

    @Test
    void normalizationFoldsDiacriticsAndTypographicApostrophes() {
        assertEquals(ActorRegistry.normalize("Erdogan"), ActorRegistry.normalize("Erdoğan"));
        assertEquals("russia's", ActorRegistry.normalize("Russia\u2019s"));
        assertEquals("u.s.", ActorRegistry.normalize("U. S."));
    }

    @Test
    void officesResolveByStateAndTitle() {
        Actor president = registry.office("Q212", "President").orElseThrow();
        assertEquals("Q579677", president.qid());
        assertTrue(registry.office("Q212", "Emperor").isEmpty());
    }

    @Test
    void termsAreTimeAware() {
        assertTrue(registry.termsOf("Q3874799").stream().anyMatch(t -> t.covers(2024)));
        assertFalse(registry.termsOf("Q3874799").stream().anyMatch(t -> t.covers(2015)));
    }

    @Test
    void recognisedStatesHaveIsoCodesAndEveryQidIsWellFormed() {
        List<Actor> states = registry.all().stream().filter(a -> a.kind() == ActorKind.STATE).toList();
        long withIso = states.stream().filter(s -> s.isoCode() != null).count();
        assertTrue(withIso >= 193, "states with an ISO 3166 code: " + withIso);
        for (Actor s : states) {
            assertTrue(s.isoCode() == null || s.isoCode().matches("[A-Z]{3}"), s::toString);
        }
        registry.all().stream().filter(Actor::isLinked).forEach(a -> assertTrue(a.qid().matches("Q[1-9][0-9]*")));
    }

    @Test
    void gazetteerPlacesBelongToOneStateAndGiveWayToCuratedNames() {
        NameEntry basra = registry.lookup("Basra").get(0);
        assertEquals(ActorKind.PLACE, basra.actor().kind());
        assertEquals(MentionKind.GAZETTEER, basra.kind());
        assertEquals("Q796", basra.actor().countryQid());
        assertEquals("Q142", registry.lookup("Lyon").get(0).actor().countryQid());
        assertTrue(registry.lookup("Kandahar").stream().noneMatch(e -> e.kind() == MentionKind.GAZETTEER),
                "a curated place keeps its row: " + registry.lookup("Kandahar"));
        assertTrue(registry.lookup("Baghdad").stream().allMatch(e -> e.actor().kind() == ActorKind.STATE),
                "a capital stays its state's metonym");
    }

    @Test
    void caseRulesKeepCommonWordsOut() {
        assertTrue(MentionFinder.caseFits("US"));
        assertFalse(MentionFinder.caseFits("us"));
        assertFalse(MentionFinder.caseFits("Us"));
        assertTrue(MentionFinder.caseFits("Ukraine"));
        assertFalse(MentionFinder.caseFits("ukraine"));
    }

    @Test
    void unknownOrganizationsAreTypedByTheirName() {
        assertEquals(ActorKind.UNIVERSITY, MentionFinder.organizationKind("Kookmin University"));
        assertEquals(ActorKind.MEDIA, MentionFinder.organizationKind("Yonhap News Agency"));
        assertEquals(ActorKind.GOVERNMENT_BODY, MentionFinder.organizationKind("Ministry of Unification"));
        assertEquals(ActorKind.ORGANIZATION, MentionFinder.organizationKind("Acme Holdings"));
    }

    @Test
    void localKeysAreSlugsOrChecksums() {
        assertEquals("bruce-bennett", Actor.keyOf("Bruce Bennett"));
        assertTrue(Actor.keyOf("\u91d1\u6b63\u6069").matches("n[0-9a-f]+"));
        assertEquals(Actor.keyOf("\u91d1\u6b63\u6069"), Actor.keyOf("\u91d1\u6b63\u6069"));
    }
    @Test
    void aTitleHeldOnlyBeforeTheYearIsAFormerOfficeAndALaterOneIsNeverGuessed() {
        assertEquals("Q11696", registry.heldOffice("Q76", "President", 2020).orElseThrow().qid(),
                "Obama's presidency ended in 2017: in 2020 it is his former office");
        assertTrue(registry.heldOffice("Q76", "President", 2005).isEmpty(), "in 2005 he had not yet held it");
        assertTrue(registry.heldOffice("Q76", "Prime Minister", 2020).isEmpty());
    }

    @Test
    void headsOfStateAndGovernmentSince1945HoldTheirOfficeInTheirYears() {
        assertEquals("Q14211", registry.heldOffice("Q9545", "Prime Minister", 1999).orElseThrow().qid(),
                "Tony Blair, Prime Minister of the United Kingdom 1997-2007");
        assertEquals("Q274948", registry.heldOffice("Q130852", "Prime Minister", 2004).orElseThrow().qid(),
                "Junichiro Koizumi, Prime Minister of Japan");
        assertEquals(List.of("Q207"), registry.holdersIn("Q11696", 2005).stream().map(OfficeTerm::personQid).toList(),
                "George W. Bush alone held the US presidency in 2005");
        assertEquals(List.of("Q22686"), registry.holdersIn("Q11696", 2019).stream().map(OfficeTerm::personQid)
                .toList(), "an open term the 2021-24 reference does not confirm is left out");
        assertEquals(Set.of("Q14362"), qids(registry.lookup("Chun Doo Hwan")), "Korean names without their hyphen");
        assertEquals("Q30", registry.stateOf(registry.byQid("Q9960").orElseThrow()).orElseThrow().qid(),
                "Ronald Reagan acts for the United States");
    }

    @Test
    void anEarlierTermOfAnOfficeHeldAgainLaterIsKeptWithItsGap() {
        assertEquals(List.of("Q7747"), registry.holdersIn("Q218295", 2005).stream().map(OfficeTerm::personQid)
                .toList(), "Vladimir Putin, President of Russia 2000-2008 and again from 2012");
        assertTrue(registry.holdersIn("Q218295", 2010).stream().noneMatch(t -> t.personQid().equals("Q7747")),
                "Dmitry Medvedev was President of Russia in 2010");
        assertTrue(registry.holdersIn("Q208487", 2005).stream().noneMatch(t -> t.personQid().equals("Q43723")),
                "Benjamin Netanyahu, Prime Minister of Israel 1996-1999 and from 2009, not in 2005");
        assertTrue(registry.holdersIn("Q208487", 1997).stream().anyMatch(t -> t.personQid().equals("Q43723")));
    }

    @Test
    void officesByTitleAcrossStates() {
        assertEquals(List.of("Q30"), registry.officesTitled("Secretary of State").stream().map(Actor::countryQid).toList());
        assertTrue(registry.officesTitled("President").size() > 20, "many states have a president");
        assertTrue(registry.officesTitled("Podcast host").isEmpty());
    }
}
