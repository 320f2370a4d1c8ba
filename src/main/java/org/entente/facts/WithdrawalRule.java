package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorKind;

/**
 * Withdrawals of forces: "the United States withdrew its troops from Afghanistan", "Russian troops pulled out of
 * Kherson", "Israel pulled back its forces", "the withdrawal of French soldiers from Mali", "the US withdrawal from
 * Syria". Forces must be named, or the place left must be a state or a place: withdrawing a bill, a candidacy or
 * from a treaty is not a withdrawal of forces (leaving an organization is read by {@link MembershipRule}).
 */
final class WithdrawalRule implements Rule {
    private static final Set<String> OUT = Set.of("out", "back");
    private static final Set<String> FROM = Set.of("obl:from", "obl:out_of", "obl:of", "nmod:from", "nmod:out_of");

    @Override
    public List<Fact> apply(SentenceContext s) {
        List<Fact> out = new ArrayList<>();
        for (IndexedWord w : s.unquotedWords()) {
            String lemma = SentenceContext.lemma(w);
            boolean verb = w.tag().startsWith("VB");
            if (verb && (lemma.equals("withdraw") || lemma.equals("retreat")
                    || (lemma.equals("pull") && (EventActors.hasParticle(s, w, OUT)
                            || !s.childrenExact(w, "obl:out_of").isEmpty())))) {
                verb(s, w).ifPresent(out::add);
            } else if (!verb && w.tag().startsWith("NN") && (lemma.equals("withdrawal") || lemma.equals("pullout")
                    || lemma.equals("pull-out") || lemma.equals("retreat"))) {
                noun(s, w).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "X withdrew (its) troops from Y", "X troops withdrew from Y", "N troops were withdrawn from Y". */
    private Optional<Fact> verb(SentenceContext s, IndexedWord verb) {
        IndexedWord forces = null;
        for (IndexedWord o : SentenceContext.concat(s.children(verb, "obj"), s.children(verb, "nsubj"))) {
            if (Vocabulary.FORCES.contains(SentenceContext.lemma(o)) || EventActors.ARMED.contains(SentenceContext.lemma(o))) {
                forces = o;
            }
        }
        List<IndexedWord> from = from(s, verb);
        if (forces == null && from.isEmpty()) {
            return Optional.empty();
        }
        Optional<Actor> withdrawer = EventActors.subjectState(s, verb);
        if (withdrawer.isEmpty() && forces != null) {
            withdrawer = EventActors.actingState(s, forces);
        }
        if (withdrawer.isEmpty()) {
            return Optional.empty();
        }
        if (forces == null && places(s, from).isEmpty()) {
            return Optional.empty();
        }
        return build(s, verb, withdrawer.get(), from, EventActors.modality(s, verb), forces != null);
    }

    /** "the withdrawal of N X troops from Y", "X's withdrawal from Y". */
    private Optional<Fact> noun(SentenceContext s, IndexedWord noun) {
        IndexedWord forces = null;
        for (IndexedWord c : s.childrenExact(noun, "nmod:of")) {
            if (Vocabulary.FORCES.contains(SentenceContext.lemma(c))) {
                forces = c;
            }
        }
        Optional<Actor> withdrawer = forces != null ? EventActors.actingState(s, forces) : Optional.empty();
        List<IndexedWord> modifiers = SentenceContext.concat(s.children(noun, "nmod:poss"), s.children(noun, "amod"));
        modifiers.addAll(s.children(noun, "compound"));
        withdrawer = withdrawer.or(() -> EventActors.modifierState(s, modifiers))
                .or(() -> s.actorsOf(noun).stream().filter(a -> a.kind() == ActorKind.STATE).findFirst());
        List<IndexedWord> from = from(s, noun);
        if (forces != null) {
            from.addAll(from(s, forces));
        }
        if (withdrawer.isEmpty() || (forces == null && places(s, from).isEmpty())) {
            return Optional.empty();
        }
        return build(s, noun, withdrawer.get(), from, EventActors.nounModality(s, noun), forces != null);
    }

    private static List<IndexedWord> from(SentenceContext s, IndexedWord head) {
        List<IndexedWord> out = new ArrayList<>();
        for (String rel : FROM) {
            out.addAll(s.childrenExact(head, rel));
        }
        return out;
    }

    /** The states and places among the words ("from Afghanistan", "out of Kherson"). */
    private static List<Actor> places(SentenceContext s, List<IndexedWord> words) {
        List<Actor> out = new ArrayList<>();
        for (IndexedWord w : words) {
            for (Actor a : s.actorsOf(w)) {
                if (a.kind() == ActorKind.STATE || a.kind() == ActorKind.PLACE) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private static Optional<Fact> build(SentenceContext s, IndexedWord trigger, Actor withdrawer, List<IndexedWord> from,
            Modality modality, boolean forcesNamed) {
        Fact fact = new Fact(FactType.WITHDRAWAL, s.evidence()).add(Role.WITHDRAWER, withdrawer).modality(modality);
        for (Actor a : places(s, from)) {
            if (a.kind() == ActorKind.PLACE) {
                fact.add(Role.LOCATION, a);
            }
            s.asState(a).filter(st -> !st.iri().equals(withdrawer.iri())).ifPresent(st -> fact.add(Role.WITHDRAWN_FROM, st));
        }
        if (!forcesNamed && fact.all(Role.WITHDRAWN_FROM).isEmpty()) {
            return Optional.empty();
        }
        EventActors.date(s, trigger, fact);
        return Optional.of(fact);
    }
}
