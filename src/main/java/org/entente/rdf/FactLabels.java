package org.entente.rdf;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.entente.facts.AidKind;
import org.entente.facts.Fact;
import org.entente.facts.Role;
import org.entente.link.Actor;

/** Readable one-line labels for facts, e.g. "North Korea deploys forces to Russia". */
final class FactLabels {
    private FactLabels() {
    }

    static String label(Fact f) {
        return switch (f.type()) {
            case DEPLOYMENT -> name(f, Role.DEPLOYER) + " deploys forces"
                    + f.one(Role.HOST).map(h -> " to " + h.label()).orElse("")
                    + f.one(Role.IN_SUPPORT_OF).map(h -> " in support of " + h.label()).orElse("");
            case ENGAGEMENT -> "Armed engagement: " + name(f, Role.SIDE_A) + " vs " + name(f, Role.SIDE_B);
            case TREATY_SIGNING -> "Treaty: " + f.treaty().map(Actor::label).orElse("treaty") + " ("
                    + f.all(Role.PARTY).stream().map(Actor::label).collect(Collectors.joining(", ")) + ")";
            case AID -> name(f, Role.DONOR) + " gives " + kinds(f) + " to " + name(f, Role.RECIPIENT);
            case MEETING -> "Meeting: " + f.all(Role.PARTICIPANT).stream().map(Actor::label).collect(Collectors.joining(", "));
            case SANCTION -> name(f, Role.IMPOSER) + " sanctions "
                    + f.all(Role.SANCTIONED).stream().map(Actor::label).collect(Collectors.joining(", "));
            case VOTE -> "Vote: " + name(f, Role.VOTING_BODY) + f.quote().map(m -> " on " + m).orElse("");
            case ACCESSION -> name(f, Role.MEMBER) + " joins " + name(f, Role.MEMBER_ORGANIZATION);
            case EXIT -> name(f, Role.MEMBER) + " leaves " + name(f, Role.MEMBER_ORGANIZATION);
            case EXPULSION -> name(f, Role.EXPELLER) + " expels diplomats of " + name(f, Role.EXPELLED);
            case WITHDRAWAL -> name(f, Role.WITHDRAWER) + " withdraws forces"
                    + f.one(Role.WITHDRAWN_FROM).map(h -> " from " + h.label()).orElse("");
            case STRIKE -> name(f, Role.ATTACKER) + " strikes " + name(f, Role.ATTACKED)
                    + f.one(Role.LOCATION).map(p -> " at " + p.label()).orElse("");
            case STATEMENT -> "Statement by " + name(f, Role.SPEAKER);
            case CODED_EVENT -> name(f, Role.SOURCE) + " → " + name(f, Role.TARGET) + ": "
                    + f.code().map(c -> c.ploverType() + " " + c.code() + " " + c.description()).orElse("event");
            case OFFICE_HOLDING -> name(f, Role.HOLDER) + ": " + name(f, Role.POSITION) + ", " + name(f, Role.ORGANIZATION);
        };
    }

    private static String name(Fact f, Role role) {
        return f.one(role).map(Actor::label).orElse("?");
    }

    private static String kinds(Fact f) {
        List<String> names = f.aidKinds().stream().map(AidKind::name).map(n -> n.toLowerCase(Locale.ROOT))
                .toList();
        return names.isEmpty() ? "aid" : String.join(" and ", names) + " aid";
    }
}
