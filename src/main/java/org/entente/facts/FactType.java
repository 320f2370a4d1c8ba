package org.entente.facts;

import org.apache.jena.rdf.model.Resource;
import org.entente.vocab.ENT;

/** The kinds of fact Entente extracts; each names the IRI segment of its facts and its ontology class. */
public enum FactType {
    DEPLOYMENT("deployment", ENT.DEPLOYMENT),
    ENGAGEMENT("engagement", ENT.ARMED_ENGAGEMENT),
    TREATY_SIGNING("treaty-signing", ENT.TREATY_SIGNING),
    AID("aid", ENT.AID_PROVISION),
    MEETING("meeting", ENT.MEETING),
    SANCTION("sanction", ENT.SANCTION),
    VOTE("vote", ENT.VOTE),
    ACCESSION("accession", ENT.ACCESSION),
    EXIT("exit", ENT.EXIT),
    EXPULSION("expulsion", ENT.EXPULSION),
    WITHDRAWAL("withdrawal", ENT.WITHDRAWAL),
    STRIKE("strike", ENT.STRIKE),
    /** An interaction coded from the codebook: any PLOVER event type, with its CAMEO code. */
    CODED_EVENT("event", ENT.CODED_EVENT),
    STATEMENT("statement", ENT.STATEMENT),
    OFFICE_HOLDING("office-holding", ENT.OFFICE_HOLDING);

    private final String segment;
    private final Resource ontologyClass;

    FactType(String segment, Resource ontologyClass) {
        this.segment = segment;
        this.ontologyClass = ontologyClass;
    }

    public String segment() {
        return segment;
    }

    public Resource ontologyClass() {
        return ontologyClass;
    }
}
