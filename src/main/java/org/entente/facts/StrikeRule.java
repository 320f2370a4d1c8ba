package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.Mention;

/**
 * Military strikes by a state on a state or a place: "Israel struck targets in Syria", "Russian missiles hit Kyiv",
 * "US aircraft bombed positions near Mosul", "Turkish artillery shelled Kobani", "a Saudi air strike on Sanaa",
 * "Iran's missile attack on Erbil". The attacker must be a state or its forces or weapons, and what is struck a
 * state, a place or another state's forces: a labour strike, a football striker, a storm that struck a coast, or a
 * politician who attacked a bill are no strikes.
 */
final class StrikeRule implements Rule {
    private static final Set<String> VERBS = Set.of("strike", "bomb", "shell", "attack", "bombard", "hit", "raid");
    /** Nouns that are military strikes by themselves. */
    private static final Set<String> STRIKE_NOUNS = Set.of("airstrike", "air-strike", "bombing", "bombardment",
            "shelling", "raid");
    /** Strike nouns whose "of" names what was struck: "the bombing of Y". */
    private static final Set<String> BOMBARDMENT_NOUNS = Set.of("bombing", "bombardment", "shelling");
    /** Nouns that are military strikes only with a military modifier ("air strike", "missile attack") or a state attacker. */
    private static final Set<String> QUALIFIED_NOUNS = Set.of("strike", "attack", "assault", "offensive");
    /** Verbs that are strikes only when forces or weapons do them: "missiles hit Kyiv", not "tariffs hit China". */
    private static final Set<String> ARMED_ONLY_VERBS = Set.of("hit", "raid");
    /** What a strike aims at when no place is its object: "targets in Syria", "positions near Mosul". */
    private static final Set<String> LOCATIVE = Set.of("obl:in", "obl:on", "obl:near", "obl:across", "nmod:in",
            "nmod:on", "nmod:near", "nmod:against", "obl:against", "nmod:across", "obl:inside", "nmod:inside", "obl:at",
            "nmod:at");

    @Override
    public List<Fact> apply(SentenceContext s) {
        List<Fact> out = new ArrayList<>();
        for (IndexedWord w : s.unquotedWords()) {
            String lemma = SentenceContext.lemma(w);
            if (w.tag().startsWith("VB") && VERBS.contains(lemma)) {
                verb(s, w).ifPresent(out::add);
            } else if (w.tag().startsWith("NN") && (STRIKE_NOUNS.contains(lemma) || QUALIFIED_NOUNS.contains(lemma))) {
                noun(s, w, lemma).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "X struck Y", "X's jets bombed targets in Y", "Y was shelled by X". */
    private Optional<Fact> verb(SentenceContext s, IndexedWord verb) {
        if (ARMED_ONLY_VERBS.contains(SentenceContext.lemma(verb)) && s.activeSubjects(verb).stream()
                .noneMatch(n -> Vocabulary.FORCES.contains(SentenceContext.lemma(n))
                        || EventActors.ARMED.contains(SentenceContext.lemma(n)))) {
            return Optional.empty();
        }
        Optional<Actor> attacker = EventActors.subjectState(s, verb);
        if (attacker.isEmpty()) {
            return Optional.empty();
        }
        List<IndexedWord> objects = SentenceContext.concat(s.children(verb, "obj"), s.childrenExact(verb, "nsubj:pass"));
        Fact fact = new Fact(FactType.STRIKE, s.evidence()).add(Role.ATTACKER, attacker.get())
                .modality(EventActors.modality(s, verb));
        for (IndexedWord o : objects) {
            aim(s, o, fact);
        }
        locations(s, verb, fact);
        return complete(s, verb, fact);
    }

    /** "an air strike on Y", "X's missile attack on Y", "the bombing of Y by X", "X launched strikes on Y". */
    private Optional<Fact> noun(SentenceContext s, IndexedWord noun, String lemma) {
        List<IndexedWord> modifiers = SentenceContext.concat(s.children(noun, "compound"), s.children(noun, "amod"));
        boolean military = STRIKE_NOUNS.contains(lemma) || modifiers.stream()
                .anyMatch(m -> Vocabulary.STRIKE_MODIFIERS.contains(SentenceContext.lemma(m)));
        List<IndexedWord> attackers = SentenceContext.concat(s.children(noun, "nmod:poss"), s.childrenExact(noun, "nmod:by"));
        attackers.addAll(modifiers);
        Optional<Actor> attacker = EventActors.modifierState(s, attackers);
        if (attacker.isEmpty() && s.relationToParent(noun).equals("obj")) {
            attacker = s.parent(noun).flatMap(v -> EventActors.subjectState(s, v));
        }
        if (attacker.isEmpty() || (!military && !lemma.equals("attack") && !lemma.equals("assault")
                && !lemma.equals("offensive"))) {
            return Optional.empty();
        }
        if (!military && QUALIFIED_NOUNS.contains(lemma) && s.childrenExact(noun, "nmod:on").isEmpty()
                && s.childrenExact(noun, "nmod:against").isEmpty()) {
            return Optional.empty();
        }
        Fact fact = new Fact(FactType.STRIKE, s.evidence()).add(Role.ATTACKER, attacker.get())
                .modality(EventActors.nounModality(s, noun));
        if (BOMBARDMENT_NOUNS.contains(lemma)) {
            s.childrenExact(noun, "nmod:of").forEach(o -> aim(s, o, fact));
        }
        locations(s, noun, fact);
        return complete(s, noun, fact);
    }

    /**
     * What is struck: a state or place named at the head ("struck Syria", "shelled Kobani"), a state's forces ("hit
     * Turkish troops"), or a military target with its place or owner ("targets in Syria", "Iranian bases"); not the
     * owner of anything else ("attacked Washington's decision" is criticism).
     */
    private static void aim(SentenceContext s, IndexedWord o, Fact fact) {
        String lemma = SentenceContext.lemma(o);
        Optional<Mention> m = s.mentionAt(o);
        if (m.isPresent()) {
            Actor a = m.get().actor();
            if (a.kind() == ActorKind.STATE) {
                fact.add(Role.ATTACKED, a);
            } else if (a.kind() == ActorKind.PLACE) {
                fact.add(Role.LOCATION, a);
            }
        } else if (Vocabulary.FORCES.contains(lemma) || EventActors.ARMED.contains(lemma)) {
            EventActors.actingState(s, o).ifPresent(a -> fact.add(Role.ATTACKED, a));
        } else if (Vocabulary.MILITARY_TARGETS.contains(lemma)
                || Vocabulary.MILITARY_TARGETS.contains(o.word().toLowerCase(Locale.ROOT))) {
            for (Actor a : s.actorsOf(o)) {
                if (a.kind() == ActorKind.STATE) {
                    fact.add(Role.ATTACKED, a);
                } else if (a.kind() == ActorKind.PLACE) {
                    fact.add(Role.LOCATION, a);
                }
            }
            locations(s, o, fact);
        }
    }

    /** Places named by "in", "on", "near" on the trigger or its object: where the strike hit. */
    private static void locations(SentenceContext s, IndexedWord head, Fact fact) {
        for (String rel : LOCATIVE) {
            for (IndexedWord p : s.childrenExact(head, rel)) {
                aim(s, p, fact);
            }
        }
    }

    /** A strike needs a target: the state struck, else the state of the place struck; never the attacker itself. */
    private static Optional<Fact> complete(SentenceContext s, IndexedWord trigger, Fact fact) {
        Actor attacker = fact.one(Role.ATTACKER).orElseThrow();
        if (fact.all(Role.ATTACKED).isEmpty()) {
            for (Actor place : fact.all(Role.LOCATION)) {
                s.asState(place).ifPresent(st -> fact.add(Role.ATTACKED, st));
            }
        }
        fact.roles().computeIfPresent(Role.ATTACKED, (r, l) -> l.stream().filter(a -> !a.iri().equals(attacker.iri()))
                .limit(1).toList());
        if (fact.all(Role.ATTACKED).isEmpty()) {
            return Optional.empty();
        }
        EventActors.date(s, trigger, fact);
        Casualties.addTo(s, trigger, fact);
        return Optional.of(fact);
    }

    /**
     * Drops the engagements that only restate a strike: "Israel struck Iran" is read by both rules, and the strike,
     * with its direction, is the more precise fact. An engagement stays when any of its sentences is not a strike's
     * or its sides are not the strike's two ends.
     */
    static List<Fact> withoutRestatedEngagements(List<Fact> facts) {
        List<Fact> strikes = facts.stream().filter(f -> f.type() == FactType.STRIKE).toList();
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (f.type() != FactType.ENGAGEMENT || strikes.stream().noneMatch(st -> restates(f, st))) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean restates(Fact engagement, Fact strike) {
        Set<String> ends = new HashSet<>();
        strike.all(Role.ATTACKER).forEach(a -> ends.add(a.iri()));
        strike.all(Role.ATTACKED).forEach(a -> ends.add(a.iri()));
        List<Actor> sides = new ArrayList<>();
        sides.addAll(engagement.all(Role.SIDE_A));
        sides.addAll(engagement.all(Role.SIDE_B));
        return !sides.isEmpty() && sides.stream().allMatch(a -> ends.contains(a.iri()))
                && strike.evidence().containsAll(engagement.evidence());
    }
}
