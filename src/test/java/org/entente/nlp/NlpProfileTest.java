package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The NLP profile is chosen by a system property, and the profiles differ only in the named-entity models. */
class NlpProfileTest {
    private final String before = System.getProperty(NlpProfile.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(NlpProfile.PROPERTY);
        } else {
            System.setProperty(NlpProfile.PROPERTY, before);
        }
    }

    @Test
    void thePropertySelectsTheProfile() {
        System.clearProperty(NlpProfile.PROPERTY);
        assertEquals(NlpProfile.DEFAULT, NlpProfile.configured());
        System.setProperty(NlpProfile.PROPERTY, " Full ");
        assertEquals(NlpProfile.FULL, NlpProfile.configured());
        System.setProperty(NlpProfile.PROPERTY, "lean");
        assertEquals(NlpProfile.LEAN, NlpProfile.configured());
        System.setProperty(NlpProfile.PROPERTY, "fastest");
        assertThrows(IllegalArgumentException.class, NlpProfile::configured);
    }

    @Test
    void leanKeepsEveryAnnotatorAndTheFineGrainedLabelsButUsesOneNerModel() {
        Properties full = NlpPipeline.properties(NlpProfile.FULL);
        Properties lean = NlpPipeline.properties(NlpProfile.LEAN);
        assertFalse(full.containsKey("ner.model"), "FULL keeps CoreNLP's default three models");
        assertEquals(NlpProfile.THREE_CLASS_MODEL, lean.getProperty("ner.model"));
        Properties leanWithoutModel = new Properties();
        leanWithoutModel.putAll(lean);
        leanWithoutModel.remove("ner.model");
        assertEquals(full, leanWithoutModel, "the profiles differ only in ner.model");
        assertEquals("true", lean.getProperty("ner.applyFineGrained"), "rules read TITLE, CITY, STATE_OR_PROVINCE");
        assertEquals(NlpPipeline.ANNOTATORS, lean.getProperty("annotators"));
    }
}
