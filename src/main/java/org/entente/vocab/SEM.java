package org.entente.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Simple Event Model terms that Entente events specialise.
 *
 * <pre>
 * Resource state = model.createResource(iri, SEM.EVENT);
 * </pre>
 */
public final class SEM {
    public static final String NAMESPACE = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String PREFIX = "sem";

    private SEM() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }

    /** class sem:Event */
    public static final Resource EVENT = resource("Event");
    /** class sem:Actor */
    public static final Resource ACTOR = resource("Actor");
    /** class sem:Place */
    public static final Resource PLACE = resource("Place");
    /** class sem:Time */
    public static final Resource TIME = resource("Time");
    /** property sem:hasActor */
    public static final Property HAS_ACTOR = property("hasActor");
    /** property sem:hasPlace */
    public static final Property HAS_PLACE = property("hasPlace");
    /** property sem:hasTimeStamp */
    public static final Property HAS_TIME_STAMP = property("hasTimeStamp");
    /** property sem:hasEarliestBeginTimeStamp */
    public static final Property HAS_EARLIEST_BEGIN_TIME_STAMP = property("hasEarliestBeginTimeStamp");
    /** property sem:hasLatestEndTimeStamp */
    public static final Property HAS_LATEST_END_TIME_STAMP = property("hasLatestEndTimeStamp");
    /** property sem:eventType */
    public static final Property EVENT_TYPE = property("eventType");
}
