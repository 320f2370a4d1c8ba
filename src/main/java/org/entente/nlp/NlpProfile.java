package org.entente.nlp;

import java.util.Locale;
import java.util.Properties;

/**
 * Which CoreNLP models the pipeline loads. Both profiles run tokenize, ssplit, pos, lemma, ner (with SUTime and the
 * fine-grained labels TITLE, CITY and STATE_OR_PROVINCE that the rules read) and depparse; they differ in the named-entity
 * models. Chosen with the system property {@value #PROPERTY} ({@code full} or {@code lean}), so that both can be
 * compared on one build:
 *
 * <pre>
 * java -Dentente.nlp.profile=full -jar entente.jar eval tests/gold
 * </pre>
 */
public enum NlpProfile {
    /** CoreNLP's three English CRF models (3-class, 4-class CoNLL, 7-class MUC) combined. */
    FULL,
    /** The 3-class CRF model alone (PERSON, ORGANIZATION, LOCATION); numbers and dates still come from the rules. */
    LEAN;

    /** The system property that selects a profile. */
    public static final String PROPERTY = "entente.nlp.profile";
    /**
     * The profile used when the property is not set. LEAN gave the same eval output as FULL on tests/gold (every
     * score and every listed miss identical, 2026-11-27), loads two CRF models fewer and annotates about 8% faster.
     */
    public static final NlpProfile DEFAULT = LEAN;

    static final String THREE_CLASS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** The profile named by {@value #PROPERTY}, else {@link #DEFAULT}. */
    public static NlpProfile configured() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            return DEFAULT;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " must be full or lean, not '" + name + "'", e);
        }
    }

    /** Adds this profile's settings to CoreNLP properties. */
    void apply(Properties p) {
        if (this == LEAN) {
            p.setProperty("ner.model", THREE_CLASS_MODEL);
        }
    }
}
