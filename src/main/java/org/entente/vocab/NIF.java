package org.entente.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * NLP Interchange Format core terms used for text evidence: a sentence span of an article, by character offsets.
 *
 * <pre>
 * Resource state = model.createResource(iri, NIF.CONTEXT);
 * </pre>
 */
public final class NIF {
    public static final String NAMESPACE = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PREFIX = "nif";

    private NIF() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }

    /** class nif:Context */
    public static final Resource CONTEXT = resource("Context");
    /** class nif:String */
    public static final Resource STRING = resource("String");
    /** class nif:Phrase */
    public static final Resource PHRASE = resource("Phrase");
    /** class nif:RFC5147String */
    public static final Resource RFC5147_STRING = resource("RFC5147String");
    /** property nif:isString */
    public static final Property IS_STRING = property("isString");
    /** property nif:beginIndex */
    public static final Property BEGIN_INDEX = property("beginIndex");
    /** property nif:endIndex */
    public static final Property END_INDEX = property("endIndex");
    /** property nif:anchorOf */
    public static final Property ANCHOR_OF = property("anchorOf");
    /** property nif:referenceContext */
    public static final Property REFERENCE_CONTEXT = property("referenceContext");
    /** property nif:sourceUrl */
    public static final Property SOURCE_URL = property("sourceUrl");
}
