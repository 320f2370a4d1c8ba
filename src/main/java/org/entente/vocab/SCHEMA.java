package org.entente.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * schema.org terms used to describe news articles.
 *
 * <pre>
 * Resource state = model.createResource(iri, SCHEMA.NEWS_ARTICLE);
 * </pre>
 */
public final class SCHEMA {
    public static final String NAMESPACE = "https://schema.org/";
    public static final String PREFIX = "schema";

    private SCHEMA() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }

    /** class schema:NewsArticle */
    public static final Resource NEWS_ARTICLE = resource("NewsArticle");
    /** class schema:Person */
    public static final Resource PERSON = resource("Person");
    /** class schema:Place */
    public static final Resource PLACE = resource("Place");
    /** class schema:Organization */
    public static final Resource ORGANIZATION = resource("Organization");
    /** property schema:headline */
    public static final Property HEADLINE = property("headline");
    /** property schema:datePublished */
    public static final Property DATE_PUBLISHED = property("datePublished");
    /** property schema:publisher */
    public static final Property PUBLISHER = property("publisher");
    /** property schema:url */
    public static final Property URL = property("url");
    /** property schema:inLanguage */
    public static final Property IN_LANGUAGE = property("inLanguage");
    /** property schema:sourceOrganization */
    public static final Property SOURCE_ORGANIZATION = property("sourceOrganization");
    /** property schema:isBasedOn */
    public static final Property IS_BASED_ON = property("isBasedOn");
    /** property schema:license */
    public static final Property LICENSE = property("license");
    /** property schema:mentions */
    public static final Property MENTIONS = property("mentions");
}
