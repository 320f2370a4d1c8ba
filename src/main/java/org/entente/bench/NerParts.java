package org.entente.bench;

import java.util.List;

/**
 * The part of CoreNLP's {@code ner} annotator (NERCombinerAnnotator) a stack is in, for splitting ner's time by stack
 * samples: the steps it runs after the statistical models (fine-grained regexner, entity mentions) first, then SUTime
 * (which the numeric classifiers call), the other numeric classifiers, and the CRF models; the rest (document date,
 * bookkeeping) last. A stack outside ner has no part.
 */
final class NerParts {
    static final String ENTITY_MENTIONS = "entity mentions";
    static final String REGEXNER = "fine-grained regexner";
    static final String SUTIME = "SUTime";
    static final String NUMERIC = "numeric classifiers";
    static final String CRF = "CRF models";
    static final String REST = "rest of ner";
    /** Every part, in the order the profile table lists them. */
    static final List<String> ALL = List.of(CRF, NUMERIC, SUTIME, REGEXNER, ENTITY_MENTIONS, REST);

    private static final String PIPELINE = "edu.stanford.nlp.pipeline.";

    private NerParts() {
    }

    /** The part of ner the innermost frames are in, or null when the stack is not in ner. */
    static String of(StackTraceElement[] stack) {
        boolean inNer = false;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals(PIPELINE + "NERCombinerAnnotator")) {
                inNer = true;
                break;
            }
        }
        if (!inNer) {
            return null;
        }
        if (any(stack, PIPELINE + "EntityMentionsAnnotator")) {
            return ENTITY_MENTIONS;
        }
        if (any(stack, PIPELINE + "TokensRegexNERAnnotator")) {
            return REGEXNER;
        }
        if (any(stack, "edu.stanford.nlp.time.")) {
            return SUTIME;
        }
        if (any(stack, "edu.stanford.nlp.ie.regexp.NumberSequenceClassifier")
                || any(stack, "edu.stanford.nlp.ie.QuantifiableEntityNormalizer")
                || any(stack, "edu.stanford.nlp.ie.NumberNormalizer")) {
            return NUMERIC;
        }
        if (any(stack, "edu.stanford.nlp.ie.crf.") || any(stack, "edu.stanford.nlp.ie.ClassifierCombiner")) {
            return CRF;
        }
        return REST;
    }

    private static boolean any(StackTraceElement[] stack, String classPrefix) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith(classPrefix)) {
                return true;
            }
        }
        return false;
    }
}
