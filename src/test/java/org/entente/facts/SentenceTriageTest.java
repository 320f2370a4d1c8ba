package org.entente.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.ingest.Article;
import org.entente.link.ActorRegistry;
import org.entente.link.ArticleMentions;
import org.entente.link.MentionFinder;
import org.entente.nlp.NlpPipeline;
import org.entente.nlp.Stages;
import org.junit.jupiter.api.Test;

/**
 * Only sentences that name or refer to an actor are parsed, and a sentence parsed alone gets the graph it gets when
 * every sentence is parsed.
 */
class SentenceTriageTest {
    private static final String TEXT = String.join("\n",
            "Russia and Ukraine held talks in Istanbul on Tuesday.",
            "The talks lasted nine hours.",
            "He said the meeting was useful.",
            "The two sides agreed to meet again.",
            "The weather was cold and the roads were icy.",
            "It rejected the offer.",
            "The Olympic stadium stayed empty.") + "\n";

    @Test
    void sentencesWithoutActorsAreNotParsed() {
        Article article = article();
        NlpPipeline nlp = NlpPipeline.shared();
        CoreDocument doc = nlp.tag(article, Stages.NONE);
        ArticleMentions mentions = new MentionFinder(ActorRegistry.bundled()).find(doc, article.datePublished());
        List<Boolean> triage = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            triage.add(SentenceTriage.mayHoldFact(doc.sentences().get(i), i, mentions));
        }
        assertEquals(List.of(true, false, true, true, false, true, false), triage);

        nlp.parse(doc, triage::get, Stages.NONE);
        CoreDocument whole = nlp.annotate(article);
        for (int i = 0; i < triage.size(); i++) {
            if (triage.get(i)) {
                assertNotNull(doc.sentences().get(i).dependencyParse());
                assertEquals(whole.sentences().get(i).dependencyParse().toList(),
                        doc.sentences().get(i).dependencyParse().toList(), "sentence " + i);
            } else {
                assertNull(doc.sentences().get(i).dependencyParse(), "sentence " + i);
            }
        }
    }

    private static Article article() {
        return new Article("triage-test", "triage.txt", "Test", LocalDate.of(2022, 3, 30), null, null, null, "en",
                null, null, TEXT, 0, TEXT.length());
    }
}
