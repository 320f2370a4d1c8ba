package org.entente.facts;

import org.apache.jena.rdf.model.Property;
import org.entente.vocab.ENT;

/** The part an actor plays in a fact, with the property that states it. */
public enum Role {
    DEPLOYER(ENT.DEPLOYER),
    HOST(ENT.HOST_STATE),
    IN_SUPPORT_OF(ENT.IN_SUPPORT_OF),
    LOCATION(ENT.LOCATION),
    REPORTED_BY(ENT.REPORTED_BY),
    SIDE_A(ENT.SIDE_A),
    SIDE_B(ENT.SIDE_B),
    PARTY(ENT.PARTY),
    DONOR(ENT.DONOR),
    RECIPIENT(ENT.RECIPIENT),
    PARTICIPANT(ENT.PARTICIPANT),
    IMPOSER(ENT.IMPOSER),
    SANCTIONED(ENT.SANCTIONED),
    SPEAKER(ENT.SPEAKER),
    HOLDER(ENT.HOLDER),
    POSITION(ENT.ROLE_PROP),
    ORGANIZATION(ENT.ORGANIZATION_PROP),
    VOTING_BODY(ENT.VOTING_BODY),
    MEMBER(ENT.MEMBER),
    MEMBER_ORGANIZATION(ENT.MEMBER_ORGANIZATION),
    EXPELLER(ENT.EXPELLER),
    EXPELLED(ENT.EXPELLED),
    WITHDRAWER(ENT.WITHDRAWER),
    WITHDRAWN_FROM(ENT.WITHDRAWN_FROM),
    ATTACKER(ENT.ATTACKER),
    ATTACKED(ENT.ATTACKED),
    /** The actor that acts in a coded event, as the text names it (a person, a body, a state, its forces). */
    SOURCE(ENT.SOURCE_ACTOR),
    /** The actor a coded event is directed at, as the text names it. */
    TARGET(ENT.TARGET_ACTOR);

    private final Property property;

    Role(Property property) {
        this.property = property;
    }

    /** Roles a fact can fill with several actors (places, parties, supporters, reporters); the others hold one. */
    public boolean multiValued() {
        return this == LOCATION || this == PARTY || this == IN_SUPPORT_OF || this == REPORTED_BY || this == PARTICIPANT
                || this == SANCTIONED;
    }

    public Property property() {
        return property;
    }
}
