package org.entente.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * W3C Organization Ontology terms: posts, roles and memberships.
 *
 * <pre>
 * Resource state = model.createResource(iri, ORG.ORGANIZATION);
 * </pre>
 */
public final class ORG {
    public static final String NAMESPACE = "http://www.w3.org/ns/org#";
    public static final String PREFIX = "org";

    private ORG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }

    /** class org:Organization */
    public static final Resource ORGANIZATION = resource("Organization");
    /** class org:FormalOrganization */
    public static final Resource FORMAL_ORGANIZATION = resource("FormalOrganization");
    /** class org:Membership */
    public static final Resource MEMBERSHIP = resource("Membership");
    /** class org:Role */
    public static final Resource ROLE = resource("Role");
    /** class org:Post */
    public static final Resource POST = resource("Post");
    /** property org:member */
    public static final Property MEMBER = property("member");
    /** property org:organization */
    public static final Property ORGANIZATION_PROP = property("organization");
    /** property org:role */
    public static final Property ROLE_PROP = property("role");
    /** property org:memberOf */
    public static final Property MEMBER_OF = property("memberOf");
}
