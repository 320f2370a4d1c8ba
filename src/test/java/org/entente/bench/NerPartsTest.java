package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Stacks, innermost frame first as the JVM gives them, and the part of ner each is in. */
class NerPartsTest {
    private static final String PIPELINE = "edu.stanford.nlp.pipeline.";

    private static StackTraceElement[] stack(String... classes) {
        StackTraceElement[] frames = new StackTraceElement[classes.length + 2];
        for (int i = 0; i < classes.length; i++) {
            frames[i] = new StackTraceElement(classes[i], "m", null, -1);
        }
        frames[classes.length] = new StackTraceElement(PIPELINE + "NERCombinerAnnotator", "annotate", null, -1);
        frames[classes.length + 1] = new StackTraceElement("org.entente.nlp.StagedCoreNLP", "annotate", null, -1);
        return frames;
    }

    @Test
    void eachStepOfNerHasItsPart() {
        assertEquals(NerParts.CRF, NerParts.of(stack("edu.stanford.nlp.ie.crf.CRFClassifier",
                "edu.stanford.nlp.ie.ClassifierCombiner", "edu.stanford.nlp.ie.NERClassifierCombiner")));
        assertEquals(NerParts.SUTIME, NerParts.of(stack("edu.stanford.nlp.time.TimeExpressionExtractorImpl",
                "edu.stanford.nlp.ie.regexp.NumberSequenceClassifier", "edu.stanford.nlp.ie.NERClassifierCombiner")));
        assertEquals(NerParts.NUMERIC, NerParts.of(stack("edu.stanford.nlp.ie.regexp.NumberSequenceClassifier",
                "edu.stanford.nlp.ie.NERClassifierCombiner")));
        assertEquals(NerParts.NUMERIC, NerParts.of(stack("edu.stanford.nlp.ie.QuantifiableEntityNormalizer")));
        assertEquals(NerParts.REGEXNER, NerParts.of(stack("edu.stanford.nlp.ling.tokensregex.SequenceMatcher",
                PIPELINE + "TokensRegexNERAnnotator")));
        assertEquals(NerParts.ENTITY_MENTIONS, NerParts.of(stack("edu.stanford.nlp.time.Timex",
                PIPELINE + "EntityMentionsAnnotator")));
        assertEquals(NerParts.REST, NerParts.of(stack(PIPELINE + "DocDateAnnotator")));
    }

    @Test
    void aStackOutsideNerHasNoPart() {
        assertNull(NerParts.of(new StackTraceElement[] {
            new StackTraceElement("edu.stanford.nlp.time.SUTime", "m", null, -1),
            new StackTraceElement(PIPELINE + "DependencyParseAnnotator", "annotate", null, -1)}));
        assertNull(NerParts.of(new StackTraceElement[0]));
    }
}
