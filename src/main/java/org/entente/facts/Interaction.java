package org.entente.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.link.ActorRegistry;
import org.entente.link.Actor;

/**
 * A fact seen as an interaction between two actors, coded as event-data researchers code it: a CAMEO event code, the
 * PLOVER event type and mode it maps to, and its weight on the Goldstein scale from -10 (most conflictual) to +10 (most
 * cooperative), all read from the codebook ({@code codebook/generated/cameo-codes.tsv}, see {@code docs/cameo.md}).
 * The typed facts have fixed codes: 057 sign formal agreement; 062 cooperate militarily (a deployment in support of
 * someone); 070-073 provide aid by its kind; 040 consult (meetings); 163 impose sanctions; 190 use conventional
 * military force (engagements and strikes); 060 material cooperation (joining an organization); 160 reduce relations
 * (leaving one); 161 reduce or break diplomatic relations (expelling diplomats); 087 de-escalate military engagement
 * (withdrawing forces). A coded event ({@link FactType#CODED_EVENT}) carries its own code. A planned act is coded as
 * the codebook's planned form of its code: an expressed intent (03x, AGREE) or a threat (13x, THREATEN). Votes are not
 * interactions. Meetings and sanctions between people or bodies count for the states they belong to.
 */
public record Interaction(Actor initiator, Actor target, CameoCode code) {

    public String cameoCode() {
        return code.code();
    }

    public BigDecimal goldstein() {
        return code.goldstein();
    }

    public String ploverType() {
        return code.ploverType();
    }

    public String ploverMode() {
        return code.ploverMode();
    }

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
            return Optional.of(new Interaction(a.get(), b.get(), planned(fact, i.code())));
        });
    }

    /**
     * The interaction a fact states, a person acting for their state as of the fact's own date when the text dates it
     * ("President Jimmy Carter mediated ... in 1978" is the United States mediating; an article of 2020 alone would make
     * him a private citizen), else as of the article's publication.
     */
    public static Optional<Interaction> of(Fact fact, ActorRegistry registry, LocalDate published) {
        return of(fact, registry.actingOn(actingDay(fact, published)));
    }

    /** The day a fact's actors act on: the fact's own date when the text gives one, else the publication day. */
    public static LocalDate actingDay(Fact fact, LocalDate published) {
        return fact.date().map(FactDate::earliest).orElse(published);
    }

    /** The code as the fact's modality gives it: a planned act as its intent or threat form, where it has one. */
    private static CameoCode planned(Fact fact, CameoCode code) {
        return fact.modality() == Modality.PLANNED ? Codebook.bundled().planned(code) : code;
    }

    private static Optional<Interaction> raw(Fact fact) {
        return switch (fact.type()) {
            case DEPLOYMENT -> pair(fact, Role.DEPLOYER, Role.IN_SUPPORT_OF, "062");
            case ENGAGEMENT -> pair(fact, Role.SIDE_A, Role.SIDE_B, "190");
            case TREATY_SIGNING -> fact.all(Role.PARTY).size() < 2 ? Optional.empty()
                    : of(fact.all(Role.PARTY).get(0), fact.all(Role.PARTY).get(1), "057");
            case AID -> pair(fact, Role.DONOR, Role.RECIPIENT, aidCode(fact));
            case MEETING -> fact.all(Role.PARTICIPANT).size() < 2 ? Optional.empty()
                    : of(fact.all(Role.PARTICIPANT).get(0), fact.all(Role.PARTICIPANT).get(1), "040");
            case SANCTION -> pair(fact, Role.IMPOSER, Role.SANCTIONED, "163");
            case ACCESSION -> pair(fact, Role.MEMBER, Role.MEMBER_ORGANIZATION, "060");
            case EXIT -> pair(fact, Role.MEMBER, Role.MEMBER_ORGANIZATION, "160");
            case EXPULSION -> pair(fact, Role.EXPELLER, Role.EXPELLED, "161");
            case WITHDRAWAL -> pair(fact, Role.WITHDRAWER, Role.WITHDRAWN_FROM, "087");
            case STRIKE -> pair(fact, Role.ATTACKER, Role.ATTACKED, "190");
            case CODED_EVENT -> fact.code().flatMap(c -> pair(fact, Role.SOURCE, Role.TARGET, c.code()));
            case VOTE, STATEMENT, OFFICE_HOLDING -> Optional.empty();
        };
    }

    private static String aidCode(Fact fact) {
        if (fact.aidKinds().contains(AidKind.MILITARY)) {
            return "072";
        }
        if (fact.aidKinds().contains(AidKind.HUMANITARIAN)) {
            return "073";
        }
        if (fact.aidKinds().contains(AidKind.ECONOMIC) || fact.aidKinds().contains(AidKind.FINANCIAL)) {
            return "071";
        }
        return "070";
    }

    private static Optional<Interaction> pair(Fact fact, Role from, Role to, String code) {
        Optional<Actor> a = fact.one(from);
        Optional<Actor> b = fact.one(to);
        if (a.isEmpty() || b.isEmpty() || a.get().iri().equals(b.get().iri())) {
            return Optional.empty();
        }
        return of(a.get(), b.get(), code);
    }

    private static Optional<Interaction> of(Actor a, Actor b, String code) {
        return Codebook.bundled().code(code).map(c -> new Interaction(a, b, c));
    }
}
