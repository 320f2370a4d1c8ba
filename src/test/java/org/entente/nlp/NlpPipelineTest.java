package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import org.entente.ingest.Article;
import org.entente.pipeline.SeedFixture;
import org.junit.jupiter.api.Test;

/** The NLP stage on the seed: offsets into the article text, dateline left out, dates anchored on publication. */
class NlpPipelineTest {

    @Test
    void offsetsPointIntoTheArticleTextAndTheDatelineIsNotBody() {
        Article seed = SeedFixture.seedArticle();
        CoreDocument doc = NlpPipeline.shared().annotate(seed);
        CoreSentence first = doc.sentences().get(0);
        assertTrue(seed.text().startsWith("The front-line deployment", first.charOffsets().first()), first.text());
        for (CoreSentence s : doc.sentences()) {
            for (CoreLabel t : s.tokens()) {
                assertEquals(t.originalText(), seed.text().substring(t.beginPosition(), t.endPosition()));
            }
        }
    }

    @Test
    void relativeDatesResolveAgainstThePublicationDate() {
        CoreDocument doc = NlpPipeline.shared().annotate(SeedFixture.seedArticle());
        String tuesday = doc.tokens().stream().filter(t -> t.word().equals("Tuesday"))
                .map(t -> t.get(TimeAnnotations.TimexAnnotation.class)).map(Timex::value).findFirst().orElseThrow();
        assertEquals("2024-11-05", tuesday, "the article is dated Wednesday 2024-11-06");
    }
}
