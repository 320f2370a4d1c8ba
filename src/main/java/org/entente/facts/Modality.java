package org.entente.facts;

import org.apache.jena.rdf.model.Resource;
import org.entente.vocab.ENT;

/** Whether the text asserts a fact, denies it, announces it as a plan or threat, or only entertains it. */
public enum Modality {
    ASSERTED(ENT.ASSERTED),
    NEGATED(ENT.NEGATED),
    PLANNED(ENT.PLANNED),
    HYPOTHETICAL(ENT.HYPOTHETICAL);

    private final Resource individual;

    Modality(Resource individual) {
        this.individual = individual;
    }

    public Resource individual() {
        return individual;
    }
}
