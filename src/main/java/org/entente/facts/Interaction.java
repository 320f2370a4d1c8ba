package org.entente.facts;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.entente.link.Actor;

/**
 * A fact seen as an interaction between two actors, coded as event-data researchers code it: a CAMEO event code and a
 * weight on the Goldstein scale from -10 (most conflictual) to +10 (most cooperative). The weights are Entente's
 * coding table (see {@code docs/cameo.md}): 057 sign formal agreement +8.0; 062 cooperate militarily +7.4;
 * 070 provide aid +7.0, 071 economic +7.4, 072 military +8.3, 073 humanitarian +7.4; 040 consult (meetings) +1.0;
 * 163 impose embargo, boycott or sanctions -8.0; 190 use conventional military force -10.0 (engagements and
 * strikes); 060 material cooperation +6.0 (joining an organization); 160 reduce relations -4.0 (leaving one);
 * 161 reduce or break diplomatic relations -4.0 (expelling diplomats); 087 de-escalate military engagement +9.0
 * (withdrawing forces). Votes are not interactions. Meetings and sanctions
 * between people or bodies count for the states they belong to. Facts that are not interactions (statements, offices) and deployments that support nobody have none.
 */
public record Interaction(Actor initiator, Actor target, String cameoCode, BigDecimal goldstein) {


    /**
     * The interaction a fact states, each end mapped by {@code side} (e.g. a person to the state they act for); no
     * interaction when an end cannot be mapped or both ends map to the same actor.
     */
    public static Optional<Interaction> of(Fact fact, Function<Actor, Optional<Actor>> side) {
        return raw(fact).flatMap(i -> {
            Optional<Actor> a = side.apply(i.initiator());
            Optional<Actor> b = side.apply(i.target());
            if (a.isEmpty() || b.isEmpty() || a.get().iri().equals(b.get().iri())) {
                return Optional.empty();
            }
            return Optional.of(new Interaction(a.get(), b.get(), i.cameoCode(), i.goldstein()));
        });
    }

    private static Optional<Interaction> raw(Fact fact) {
        return switch (fact.type()) {
            case DEPLOYMENT -> pair(fact, Role.DEPLOYER, Role.IN_SUPPORT_OF, "062", "7.4");
            case ENGAGEMENT -> pair(fact, Role.SIDE_A, Role.SIDE_B, "190", "-10.0");
            case TREATY_SIGNING -> fact.all(Role.PARTY).size() < 2 ? Optional.empty()
                    : Optional.of(new Interaction(fact.all(Role.PARTY).get(0), fact.all(Role.PARTY).get(1), "057",
                            new BigDecimal("8.0")));
            case AID -> aid(fact);
            case MEETING -> fact.all(Role.PARTICIPANT).size() < 2 ? Optional.empty()
                    : Optional.of(new Interaction(fact.all(Role.PARTICIPANT).get(0), fact.all(Role.PARTICIPANT).get(1),
                            "040", new BigDecimal("1.0")));
            case SANCTION -> pair(fact, Role.IMPOSER, Role.SANCTIONED, "163", "-8.0");
            case ACCESSION -> pair(fact, Role.MEMBER, Role.MEMBER_ORGANIZATION, "060", "6.0");
            case EXIT -> pair(fact, Role.MEMBER, Role.MEMBER_ORGANIZATION, "160", "-4.0");
            case EXPULSION -> pair(fact, Role.EXPELLER, Role.EXPELLED, "161", "-4.0");
            case WITHDRAWAL -> pair(fact, Role.WITHDRAWER, Role.WITHDRAWN_FROM, "087", "9.0");
            case STRIKE -> pair(fact, Role.ATTACKER, Role.ATTACKED, "190", "-10.0");
            case VOTE, STATEMENT, OFFICE_HOLDING -> Optional.empty();
        };
    }

    private static Optional<Interaction> aid(Fact fact) {
        String code = "070";
        String weight = "7.0";
        if (fact.aidKinds().contains(AidKind.MILITARY)) {
            code = "072";
            weight = "8.3";
        } else if (fact.aidKinds().contains(AidKind.HUMANITARIAN)) {
            code = "073";
            weight = "7.4";
        } else if (fact.aidKinds().contains(AidKind.ECONOMIC) || fact.aidKinds().contains(AidKind.FINANCIAL)) {
            code = "071";
            weight = "7.4";
        }
        return pair(fact, Role.DONOR, Role.RECIPIENT, code, weight);
    }

    private static Optional<Interaction> pair(Fact fact, Role from, Role to, String code, String weight) {
        Optional<Actor> a = fact.one(from);
        Optional<Actor> b = fact.one(to);
        if (a.isEmpty() || b.isEmpty() || a.get().iri().equals(b.get().iri())) {
            return Optional.empty();
        }
        return Optional.of(new Interaction(a.get(), b.get(), code, new BigDecimal(weight)));
    }
}
