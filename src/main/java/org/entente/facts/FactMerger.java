package org.entente.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.entente.link.Actor;

/**
 * Folds the mentions of one fact within an article into one fact with several evidence sentences: deployments by the
 * same state to a compatible counterpart, engagements between the same pair, the same treaty, aid between the same
 * pair, the same office holding. A partial engagement (one side) joins the only engagement of that side, or is
 * dropped; statements are never merged.
 */
final class FactMerger {

    List<Fact> merge(List<Fact> facts) {
        List<Fact> complete = new ArrayList<>();
        List<Fact> partial = new ArrayList<>();
        for (Fact f : facts) {
            if (f.type() == FactType.ENGAGEMENT && (f.one(Role.SIDE_A).isEmpty() || f.one(Role.SIDE_B).isEmpty())) {
                partial.add(f);
            } else {
                complete.add(f);
            }
        }
        List<Fact> merged = new ArrayList<>();
        for (Fact f : complete) {
            Optional<Fact> same = merged.stream().filter(m -> sameFact(m, f)).findFirst();
            if (same.isPresent()) {
                same.get().absorb(f);
            } else {
                merged.add(f);
            }
        }
        for (Fact p : partial) {
            Set<String> sides = iris(p.all(Role.SIDE_A), p.all(Role.SIDE_B));
            List<Fact> candidates = merged.stream().filter(m -> m.type() == FactType.ENGAGEMENT
                    && iris(m.all(Role.SIDE_A), m.all(Role.SIDE_B)).containsAll(sides)).toList();
            if (candidates.size() == 1) {
                absorbEvidence(candidates.get(0), p);
            }
        }
        return merged;
    }

    private static void absorbEvidence(Fact into, Fact partial) {
        partial.evidence().stream().filter(e -> !into.evidence().contains(e)).forEach(into.evidence()::add);
    }

    private static boolean sameFact(Fact a, Fact b) {
        if (a.type() != b.type() || a.modality() != b.modality()) {
            return false;
        }
        return switch (a.type()) {
            case DEPLOYMENT -> same(a, b, Role.DEPLOYER) && compatible(counterpart(a), counterpart(b));
            case ENGAGEMENT -> iris(a.all(Role.SIDE_A), a.all(Role.SIDE_B)).equals(iris(b.all(Role.SIDE_A), b.all(Role.SIDE_B)));
            case TREATY_SIGNING -> a.treaty().map(Actor::iri).equals(b.treaty().map(Actor::iri));
            case AID -> same(a, b, Role.DONOR) && same(a, b, Role.RECIPIENT);
            case MEETING -> iris(a.all(Role.PARTICIPANT)).equals(iris(b.all(Role.PARTICIPANT)));
            case SANCTION -> same(a, b, Role.IMPOSER) && iris(a.all(Role.SANCTIONED)).equals(iris(b.all(Role.SANCTIONED)));
            case OFFICE_HOLDING -> same(a, b, Role.HOLDER) && same(a, b, Role.POSITION) && same(a, b, Role.ORGANIZATION);
            case VOTE -> same(a, b, Role.VOTING_BODY) && a.anchor() == b.anchor();
            case ACCESSION, EXIT -> same(a, b, Role.MEMBER) && same(a, b, Role.MEMBER_ORGANIZATION);
            case EXPULSION -> same(a, b, Role.EXPELLER) && same(a, b, Role.EXPELLED);
            case WITHDRAWAL -> same(a, b, Role.WITHDRAWER) && same(a, b, Role.WITHDRAWN_FROM);
            case STRIKE -> same(a, b, Role.ATTACKER) && same(a, b, Role.ATTACKED);
            case STATEMENT, CODED_EVENT -> false;
        };
    }

    /** Where a deployment goes or whom it serves: the host state, else the supported actor. */
    private static Optional<String> counterpart(Fact f) {
        return f.one(Role.HOST).or(() -> f.one(Role.IN_SUPPORT_OF)).map(Actor::iri);
    }

    private static boolean compatible(Optional<String> a, Optional<String> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    private static boolean same(Fact a, Fact b, Role role) {
        return a.one(role).map(Actor::iri).equals(b.one(role).map(Actor::iri));
    }

    @SafeVarargs
    private static Set<String> iris(List<Actor>... lists) {
        Set<String> out = new TreeSet<>();
        for (List<Actor> l : lists) {
            l.forEach(a -> out.add(a.iri()));
        }
        return out;
    }
}
