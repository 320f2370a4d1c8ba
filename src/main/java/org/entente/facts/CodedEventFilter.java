package org.entente.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.link.ActorRegistry;

/**
 * Keeps one report of each event a sentence states: a coded event that restates a typed fact of the same sentence
 * (the meeting rule's meeting and the codebook's "met with") is dropped; of two coded events of one sentence with
 * the same PLOVER type between the same actors ("agreed to hold joint exercises": agree and hold) the one with the
 * more specific code is kept; and an engagement that restates a strike of the same sentence ("threatened to strike
 * Israel" is both, once planned) gives way to the strike, which says who strikes whom. Two coded events in opposite
 * directions are two acts ("Iran fired missiles at US troops in response to the US airstrike that killed its
 * general"), unless their type is one both sides do together.
 */
final class CodedEventFilter {
    /** PLOVER types whose events the two sides do together, so that either direction reports the same act. */
    private static final Set<String> MUTUAL_TYPES = Set.of("CONSULT", "COOPERATE", "AGREE");

    private CodedEventFilter() {
    }

    static List<Fact> withoutRestatements(List<Fact> facts, ActorRegistry registry, LocalDate published) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            Optional<Interaction> mine = Interaction.of(f, registry, published);
            if (f.type() != FactType.CODED_EVENT && (mine.isEmpty() || f.type() != FactType.ENGAGEMENT)) {
                out.add(f);
                continue;
            }
            boolean restated = false;
            for (Fact other : facts) {
                if (other == f || other.evidence().stream().noneMatch(f.evidence()::contains)) {
                    continue;
                }
                Optional<Interaction> theirs = Interaction.of(other, registry, published);
                boolean bothCoded = f.type() == FactType.CODED_EVENT && other.type() == FactType.CODED_EVENT;
                if (mine.isEmpty() || theirs.isEmpty() || !samePair(mine.get(), theirs.get())
                        || !mine.get().ploverType().equals(theirs.get().ploverType())
                        || (bothCoded && !MUTUAL_TYPES.contains(mine.get().ploverType())
                                && !mine.get().initiator().iri().equals(theirs.get().initiator().iri()))) {
                    continue;
                }
                if (f.type() == FactType.ENGAGEMENT ? other.type() == FactType.STRIKE
                        : other.type() != FactType.CODED_EVENT || outranks(other, f, facts)) {
                    restated = true;
                    break;
                }
            }
            if (!restated) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean samePair(Interaction a, Interaction b) {
        Set<String> x = Set.of(a.initiator().iri(), a.target().iri());
        Set<String> y = Set.of(b.initiator().iri(), b.target().iri());
        return x.equals(y);
    }

    /**
     * The more specific code wins: the longer one, and at equal length one that is not its group's general code
     * ("intends to give aid": 033, intent to provide aid, over 030, intent to cooperate); between equally specific
     * ones, the first in the sentence.
     */
    private static boolean outranks(Fact other, Fact f, List<Fact> facts) {
        int a = other.code().map(c -> specificity(c.code())).orElse(0);
        int b = f.code().map(c -> specificity(c.code())).orElse(0);
        if (a != b) {
            return a > b;
        }
        return facts.indexOf(other) < facts.indexOf(f);
    }

    private static int specificity(String code) {
        return 2 * code.length() + (code.endsWith("0") ? 0 : 1);
    }
}
