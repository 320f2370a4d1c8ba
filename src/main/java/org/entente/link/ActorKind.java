package org.entente.link;

import org.apache.jena.rdf.model.Resource;
import org.entente.vocab.ENT;

/** What kind of thing an {@link Actor} is; it decides the IRI path segment and the ontology class. */
public enum ActorKind {
    STATE("state", ENT.STATE),
    PERSON("person", ENT.PERSON),
    ORGANIZATION("org", ENT.ORGANIZATION),
    INTERGOVERNMENTAL_ORGANIZATION("org", ENT.INTERGOVERNMENTAL_ORGANIZATION),
    GOVERNMENT_BODY("org", ENT.GOVERNMENT_BODY),
    THINK_TANK("org", ENT.THINK_TANK),
    UNIVERSITY("org", ENT.UNIVERSITY),
    MEDIA("org", ENT.MEDIA_ORGANIZATION),
    /** A state's armed forces or police named generically ("Brazilian federal police"): they act for their state. */
    MILITARY_FORCE("force", ENT.MILITARY_FORCE),
    /** A sector of society named generically ("protesters", "workers", "rebels"): it acts for itself. */
    SOCIAL_GROUP("group", ENT.SOCIAL_GROUP),
    PLACE("place", ENT.PLACE),
    OFFICE("office", ENT.OFFICE),
    ROLE("role", ENT.ROLE),
    TREATY("treaty", ENT.TREATY);

    private final String pathSegment;
    private final Resource ontologyClass;

    ActorKind(String pathSegment, Resource ontologyClass) {
        this.pathSegment = pathSegment;
        this.ontologyClass = ontologyClass;
    }

    public String pathSegment() {
        return pathSegment;
    }

    public Resource ontologyClass() {
        return ontologyClass;
    }

    /** States, people and organizations: the things that act in events. */
    public boolean isAgent() {
        return this != PLACE && this != OFFICE && this != ROLE && this != TREATY;
    }

    public boolean isOrganization() {
        return pathSegment.equals("org");
    }

    /** Parses the {@code type} column of organizations.tsv. */
    public static ActorKind ofOrganizationType(String type) {
        return switch (type) {
            case "igo" -> INTERGOVERNMENTAL_ORGANIZATION;
            case "think-tank" -> THINK_TANK;
            case "university" -> UNIVERSITY;
            case "media" -> MEDIA;
            case "government-body" -> GOVERNMENT_BODY;
            default -> ORGANIZATION;
        };
    }
}
