package org.entente.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * W3C PROV-O terms used for the provenance of extracted facts.
 *
 * <pre>
 * Resource state = model.createResource(iri, PROV.ENTITY);
 * </pre>
 */
public final class PROV {
    public static final String NAMESPACE = "http://www.w3.org/ns/prov#";
    public static final String PREFIX = "prov";

    private PROV() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }

    /** class prov:Entity */
    public static final Resource ENTITY = resource("Entity");
    /** class prov:Activity */
    public static final Resource ACTIVITY = resource("Activity");
    /** property prov:wasDerivedFrom */
    public static final Property WAS_DERIVED_FROM = property("wasDerivedFrom");
    /** property prov:wasGeneratedBy */
    public static final Property WAS_GENERATED_BY = property("wasGeneratedBy");
    /** property prov:generatedAtTime */
    public static final Property GENERATED_AT_TIME = property("generatedAtTime");
    /** property prov:wasAttributedTo */
    public static final Property WAS_ATTRIBUTED_TO = property("wasAttributedTo");
}
