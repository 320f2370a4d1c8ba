package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.entente.ingest.Article;
import org.entente.pipeline.SeedFixture;
import org.junit.jupiter.api.Test;

/**
 * The SUTime gate skips only sentences where SUTime finds nothing: SUTime itself, run on every sentence of the gold
 * articles that the gate skips, finds no time expression and no number there. And the shared pipeline still dates
 * what it dated.
 */
class TimeExpressionGateTest {

    @Test
    void skipsOnlySentencesInWhichSutimeFindsNothing() throws IOException {
        Properties tagging = new Properties();
        tagging.setProperty("annotators", "tokenize,ssplit,pos");
        tagging.setProperty("ssplit.newlineIsSentenceBreak", "always");
        StanfordCoreNLP tagger = new StanfordCoreNLP(tagging);
        Properties pipeline = NlpPipeline.properties(NlpProfile.configured());
        TimeExpressionExtractor sutime = TimeExpressionExtractorFactory.createExtractor("sutime",
                PropertiesUtils.extractPrefixedProperties(pipeline, "sutime.", true));
        int sentences = 0;
        List<String> skipped = new ArrayList<>();
        List<String> wronglySkipped = new ArrayList<>();
        for (Path text : goldTexts()) {
            CoreDocument doc = new CoreDocument(Files.readString(text));
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, "2020-06-01");
            tagger.annotate(doc);
            for (CoreMap sentence : doc.annotation().get(CoreAnnotations.SentencesAnnotation.class)) {
                sentences++;
                List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                if (TimeExpressionGate.mayHoldTime(tokens)) {
                    continue;
                }
                String words = sentence.get(CoreAnnotations.TextAnnotation.class);
                skipped.add(words);
                List<CoreMap> found = sutime.extractTimeExpressionCoreMaps(sentence, doc.annotation());
                boolean numbers = sentence.get(CoreAnnotations.NumerizedTokensAnnotation.class).stream()
                        .anyMatch(n -> n.containsKey(CoreAnnotations.NumericCompositeValueAnnotation.class));
                if (!found.isEmpty() || numbers) {
                    wronglySkipped.add(words + " -> " + found);
                }
            }
        }
        assertTrue(sentences > 500, "the gold articles have " + sentences + " sentences");
        assertTrue(skipped.size() > sentences / 5, "the gate skips a fair share: " + skipped.size());
        assertEquals(List.of(), wronglySkipped, "sentences skipped in which SUTime finds a time or a number");
    }

    @Test
    void wordsDigitsAndCardinalsOpenTheGate() {
        assertTrue(gateOpens("The ministers met on Tuesday ."));
        assertTrue(gateOpens("Talks resumed in mid-January ."));
        assertTrue(gateOpens("Forty people were hurt ."));
        assertTrue(gateOpens("The treaty was signed in 1997 ."));
        assertTrue(gateOpens("It rained all night ."));
        assertFalse(gateOpens("The talks went well , the spokesman said ."));
    }

    @Test
    void theSharedPipelineStillDatesWhatSutimeDates() {
        String text = "The two leaders met on Tuesday.\nThe talks went well, the spokesman said.\n";
        Article article = new Article("gate-test", "gate.txt", "Test", LocalDate.of(2020, 6, 5), null, null, null,
                "en", null, null, text, 0, text.length());
        Annotation annotated = NlpPipeline.shared().annotate(article).annotation();
        List<CoreMap> sentences = annotated.get(CoreAnnotations.SentencesAnnotation.class);
        CoreLabel tuesday = sentences.get(0).get(CoreAnnotations.TokensAnnotation.class).get(5);
        assertEquals("DATE", tuesday.ner());
        assertEquals("2020-06-02", tuesday.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
    }

    private static boolean gateOpens(String spaced) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String word : spaced.split(" ")) {
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            token.setTag(word.matches("Forty|\\d+") ? "CD" : "NN");
            tokens.add(token);
        }
        return TimeExpressionGate.mayHoldTime(tokens);
    }

    private static List<Path> goldTexts() throws IOException {
        try (Stream<Path> files = Files.walk(SeedFixture.repo().resolve("tests/gold/wikinews"))) {
            return files.filter(p -> p.getFileName().toString().equals("article.txt")).sorted().toList();
        }
    }
}
