package org.entente.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.facts.ArticleFacts;
import org.entente.facts.FactExtractor;
import org.entente.ingest.Article;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.ActorRegistry;
import org.entente.link.Mention;
import org.entente.link.MentionFinder;
import org.entente.nlp.NlpPipeline;
import org.entente.vocab.EntenteIris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same person is one IRI across articles, whatever the article calls them, and an office title stands for whoever
 * held it when the article was written. Runs the shared CoreNLP pipeline and the real extractor over short synthetic
 * articles written for this test (not real news).
 */
class ActorIdentityTest {
    static final String ERDOGAN = EntenteIris.actor("person", "recep-tayyip-erdogan");
    static final String TRUMP_QID = "Q22686";
    static final String BIDEN_QID = "Q6279";
    private static FactExtractor extractor;
    private static MentionFinder finder;

    @BeforeAll
    static void setUp() {
        extractor = FactExtractor.create().build();
        finder = new MentionFinder(ActorRegistry.bundled());
    }

    static Article synthetic(String id, LocalDate published, String text) {
        return new Article(id, id + ".txt", "Synthetic " + id, published, null, null, null, "en", null, null, text, 0,
                text.length());
    }

    /** Surface text of each person mention → the person's IRI. */
    static Map<String, String> personMentions(Article article) {
        List<Mention> mentions = finder.find(NlpPipeline.shared().annotate(article), article.datePublished()).all();
        Map<String, String> out = new TreeMap<>();
        for (Mention m : mentions) {
            if (m.actor().kind() == ActorKind.PERSON) {
                out.put(m.text(), m.actor().iri());
            }
        }
        return out;
    }

    static Set<String> personIris(ArticleFacts facts) {
        return facts.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).map(Actor::iri)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Optional<String> qidOf(String iri) {
        return ActorRegistry.bundled().all().stream().filter(a -> a.iri().equals(iri)).map(Actor::qid).findFirst();
    }

    @Test
    void erdoganIsOneIriInTwoArticlesWhateverTheyCallHim() {
        Article first = synthetic("synthetic-erdogan-1", LocalDate.of(2019, 4, 8),
                "Turkish President Recep Tayyip Erdoğan met Russian President Vladimir Putin in Moscow on Monday. "
                        + "Erdoğan said that Turkey would buy more Russian gas.");
        Article second = synthetic("synthetic-erdogan-2", LocalDate.of(2019, 4, 10),
                "Erdogan told reporters in Ankara on Wednesday that the deal was final. "
                        + "Turkey's president also criticised new American sanctions.");
        Map<String, String> one = personMentions(first);
        Map<String, String> two = personMentions(second);
        assertEquals(ERDOGAN, one.get("Recep Tayyip Erdoğan"), one.toString());
        assertEquals(ERDOGAN, one.get("Erdoğan"), one.toString());
        assertEquals(ERDOGAN, two.get("Erdogan"), two.toString());
        assertEquals(ERDOGAN, two.get("president"), "\"Turkey's president\" in 2019: " + two);

        Set<String> inFirst = personIris(extractor.extract(first));
        Set<String> inSecond = personIris(extractor.extract(second));
        assertTrue(inFirst.contains(ERDOGAN) && inSecond.contains(ERDOGAN), inFirst + " / " + inSecond);
        assertEquals(Set.of(), inFirst.stream().filter(i -> i.contains("erdo") && !i.equals(ERDOGAN))
                .collect(Collectors.toSet()), "no second IRI for Erdoğan");
        assertEquals(Set.of(), inSecond.stream().filter(i -> i.contains("erdo") && !i.equals(ERDOGAN))
                .collect(Collectors.toSet()), "no second IRI for Erdoğan");
    }

    @Test
    void theUsPresidentIsWhoeverHeldTheOfficeThen() {
        String text = "The US president met Japanese Prime Minister Fumio Kishida at the White House on Friday.";
        Map<String, String> in2019 = personMentions(synthetic("synthetic-president-2019", LocalDate.of(2019, 5, 24),
                text));
        assertEquals(Optional.of(TRUMP_QID), qidOf(in2019.get("president")), in2019.toString());
        Map<String, String> in2022 = personMentions(synthetic("synthetic-president-2022", LocalDate.of(2022, 5, 20),
                text));
        assertEquals(Optional.of(BIDEN_QID), qidOf(in2022.get("president")), in2022.toString());
    }

    @Test
    void inAYearOfTransitionTheTitleFollowsTheHolderTheArticleNames() {
        Map<String, String> named = personMentions(synthetic("synthetic-president-2021", LocalDate.of(2021, 3, 15),
                "US President Joe Biden spoke with Japanese Prime Minister Yoshihide Suga on Monday. "
                        + "The US president said the alliance was strong."));
        assertEquals(Optional.of(BIDEN_QID), qidOf(named.get("president")), "2021, Biden named: " + named);
        Map<String, String> unnamed = personMentions(synthetic("synthetic-president-2021-unnamed",
                LocalDate.of(2021, 3, 15), "The US president said the alliance with Japan was strong."));
        assertEquals(null, unnamed.get("president"),
                "2021 had two presidents and the registry knows terms by year only: no guess. " + unnamed);
    }
}
