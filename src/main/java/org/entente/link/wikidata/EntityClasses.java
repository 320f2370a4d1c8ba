package org.entente.link.wikidata;

import java.util.Set;
import org.entente.link.ActorKind;

/**
 * The Wikidata classes a candidate must be an instance of (P31, or of a subclass through P279*) for each kind of
 * actor. Only class QIDs verified in at least two independent public sources are used; they are listed with their
 * sources in {@code docs/wikidata-linking.md}.
 */
final class EntityClasses {
    /** human. */
    static final String HUMAN = "Q5";
    /** country; sovereign states are a subclass of it. */
    static final String COUNTRY = "Q6256";
    /** city. */
    static final String CITY = "Q515";
    /** organization. */
    static final String ORGANIZATION = "Q43229";
    /** international organization. */
    static final String INTERNATIONAL_ORGANIZATION = "Q484652";
    /** university. */
    static final String UNIVERSITY = "Q3918";

    private EntityClasses() {
    }

    /** The class QIDs for a kind of actor; empty for kinds the linker does not handle (offices, roles, treaties). */
    static Set<String> of(ActorKind kind) {
        if (kind.isOrganization()) {
            return Set.of(ORGANIZATION, INTERNATIONAL_ORGANIZATION, UNIVERSITY);
        }
        return switch (kind) {
            case PERSON -> Set.of(HUMAN);
            case STATE -> Set.of(COUNTRY);
            case PLACE -> Set.of(CITY);
            default -> Set.of();
        };
    }
}
