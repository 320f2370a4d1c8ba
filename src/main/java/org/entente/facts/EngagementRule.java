package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.NameEntry;

/**
 * Armed engagements between states: "Russia's invasion of Ukraine", "the Russia-Ukraine war", "a war between Ukrainian
 * and Russian troops", "forces engaged in battles with North Korean troops", "Israel struck Iran". A mention with only
 * one side is kept as partial; {@link FactMerger} folds it into the one engagement of that side, or drops it.
 */
final class EngagementRule implements Rule {

    @Override
    public List<Fact> apply(SentenceContext s) {
        List<Fact> out = new ArrayList<>();
        for (IndexedWord w : s.unquotedWords()) {
            String lemma = SentenceContext.lemma(w);
            boolean qualified = Vocabulary.QUALIFIED_BATTLE_NOUNS.contains(lemma) && s.children(w, "amod").stream()
                    .anyMatch(a -> Vocabulary.MILITARY_MODIFIERS.contains(SentenceContext.lemma(a)));
            if ((Vocabulary.BATTLE_NOUNS.contains(lemma) || qualified) && w.tag().startsWith("NN")) {
                noun(s, w).ifPresent(out::add);
            } else if (Vocabulary.BATTLE_VERBS.contains(lemma) && w.tag().startsWith("VB")) {
                verb(s, w).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Fact> noun(SentenceContext s, IndexedWord trigger) {
        List<Actor> sideA = new ArrayList<>();
        List<Actor> sideB = new ArrayList<>();
        for (IndexedWord p : s.children(trigger, "nmod:poss")) {
            sideA.addAll(states(s, s.actorsOf(p)));
        }
        for (IndexedWord a : s.children(trigger, "amod")) {
            if (!Vocabulary.MILITARY_MODIFIERS.contains(SentenceContext.lemma(a))) {
                sideA.addAll(states(s, s.actorsOf(a)));
            }
        }
        for (IndexedWord c : s.children(trigger, "compound")) {
            List<Actor> pair = hyphenPair(s, c);
            if (pair.size() == 2) {
                sideA.add(pair.get(0));
                sideB.add(pair.get(1));
            } else {
                sideA.addAll(states(s, s.actorsOf(c)));
            }
        }
        for (String rel : List.of("nmod:of", "nmod:against", "nmod:on", "nmod:with", "nmod:in")) {
            if (rel.equals("nmod:in") && !SentenceContext.lemma(trigger).equals("invasion")) {
                continue;
            }
            for (IndexedWord c : s.childrenExact(trigger, rel)) {
                if (rel.equals("nmod:of") && !Set.of("invasion", "attack", "occupation").contains(SentenceContext.lemma(trigger))) {
                    continue;
                }
                sideB.addAll(states(s, s.actorsOf(c)));
            }
        }
        for (IndexedWord c : s.childrenExact(trigger, "nmod:between")) {
            List<Actor> both = states(s, s.actorsOf(c));
            if (both.size() >= 2) {
                sideA.add(both.get(0));
                sideB.add(both.get(1));
            }
        }
        if (sideA.isEmpty() && sideB.size() < 2 && s.relationToParent(trigger).startsWith("obl")) {
            s.parent(trigger).filter(v -> v.tag().startsWith("VB"))
                    .ifPresent(v -> s.children(v, "nsubj").forEach(n -> sideA.addAll(states(s, s.actorsOf(n)))));
        }
        return build(s, sideA, sideB, s.subtree(trigger, Set.of("acl", "acl:relcl", "conj")), Modality.ASSERTED)
                .map(f -> withCasualties(s, trigger, f));
    }

    private Optional<Fact> verb(SentenceContext s, IndexedWord verb) {
        List<Actor> sideA = new ArrayList<>();
        List<Actor> sideB = new ArrayList<>();
        s.children(verb, "nsubj").forEach(n -> sideA.addAll(states(s, s.actorsOf(n))));
        if (SentenceContext.lemma(verb).equals("engage")) {
            for (IndexedWord o : s.children(verb, "obl")) {
                if (Vocabulary.BATTLE_NOUNS.contains(SentenceContext.lemma(o))) {
                    s.childrenExact(o, "nmod:with").forEach(w -> sideB.addAll(states(s, s.actorsOf(w))));
                }
            }
        } else {
            s.children(verb, "obj").stream().filter(o -> !EventArguments.isActNoun(o))
                    .forEach(o -> sideB.addAll(states(s, s.actorsOf(o))));
            for (String rel : List.of("obl:with", "obl:against", "obl:on")) {
                s.childrenExact(verb, rel).forEach(o -> sideB.addAll(states(s, s.actorsOf(o))));
            }
        }
        if (sideA.isEmpty() && sideB.isEmpty()) {
            return Optional.empty();
        }
        return build(s, sideA, sideB, s.subtree(verb, Set.of("ccomp", "parataxis", "conj", "advcl", "acl:relcl")),
                s.modalityOf(verb)).map(f -> withCasualties(s, verb, f));
    }

    private static Fact withCasualties(SentenceContext s, IndexedWord trigger, Fact fact) {
        Casualties.addTo(s, trigger, fact);
        return fact;
    }

    private Optional<Fact> build(SentenceContext s, List<Actor> sideA, List<Actor> sideB, Set<IndexedWord> scope,
            Modality modality) {
        sideB.removeIf(b -> sideA.stream().anyMatch(a -> a.iri().equals(b.iri())));
        if (sideA.isEmpty() && sideB.isEmpty()) {
            return Optional.empty();
        }
        Fact fact = new Fact(FactType.ENGAGEMENT, s.evidence()).modality(modality);
        sideA.stream().limit(1).forEach(a -> fact.add(Role.SIDE_A, a));
        sideB.stream().limit(1).forEach(b -> fact.add(Role.SIDE_B, b));
        s.dateIn(scope).ifPresent(fact::date);
        return Optional.of(fact);
    }

    /** "Russia-Ukraine" written as one word: both halves must be states of the registry. */
    private static List<Actor> hyphenPair(SentenceContext s, IndexedWord w) {
        String[] parts = w.word().split("[-\u2013]");
        if (parts.length != 2) {
            return List.of();
        }
        List<Actor> out = new ArrayList<>();
        for (String part : parts) {
            s.registry().lookup(part).stream().map(NameEntry::actor).map(s::asState).flatMap(Optional::stream)
                    .findFirst().ifPresent(out::add);
        }
        return out.size() == 2 && !out.get(0).iri().equals(out.get(1).iri()) ? out : List.of();
    }

    private static List<Actor> states(SentenceContext s, List<Actor> actors) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            if (a.kind().isAgent()) {
                s.asState(a).filter(st -> out.stream().noneMatch(x -> x.iri().equals(st.iri()))).ifPresent(out::add);
            }
        }
        return out;
    }
}
