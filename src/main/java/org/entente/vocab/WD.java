package org.entente.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Wikidata namespaces: entities ({@code wd:}) and direct properties ({@code wdt:}).
 *
 * <pre>
 * Resource northKorea = WD.entity("Q423");
 * </pre>
 */
public final class WD {
    public static final String NAMESPACE = "http://www.wikidata.org/entity/";
    public static final String PREFIX = "wd";
    public static final String PROP_NAMESPACE = "http://www.wikidata.org/prop/direct/";
    public static final String PROP_PREFIX = "wdt";

    private WD() {
    }

    /** The entity IRI of a QID such as {@code Q423}; rejects anything that is not a QID. */
    public static Resource entity(String qid) {
        if (qid == null || !qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata QID: " + qid);
        }
        return ResourceFactory.createResource(NAMESPACE + qid);
    }
}
