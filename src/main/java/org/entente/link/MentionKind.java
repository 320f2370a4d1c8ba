package org.entente.link;

/** How a piece of text refers to an actor. */
public enum MentionKind {
    /** Its name or an alias: "South Korea", "DPRK". */
    NAME,
    /**
     * A nationality adjective standing for the state ("North Korean troops"), or a party adjective standing for the
     * party ("Republican Kevin McCarthy", "the Democrats").
     */
    DEMONYM,
    /** A capital or seat of government standing for the government (metonymy): "Seoul has sent aid". */
    CAPITAL,
    /**
     * A city or region of the gazetteer (from the Phoenix country dictionary), taken only where CoreNLP tags the words
     * as a location: "Basra", "a court in Lyon".
     */
    GAZETTEER,
    /** A name found by CoreNLP's NER that the registry does not know. */
    NER,
    /** A surname or short form resolved to a full name seen earlier in the same article. */
    SHORT_NAME,
    /** A title without a name standing for the office's holder at the article's date: "Turkey's president". */
    TITLE,
    /** A pronoun or possessive resolved to an earlier actor: "his country". */
    ANAPHOR
}
