package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorKind;

/**
 * Expulsions of diplomats: "Athens expelled the Libyan ambassador", "Poland expelled 45 Russian diplomats", "two
 * Czech diplomats were expelled by Moscow", "Germany declared the Iranian attaché persona non grata", "Britain's
 * expulsion of Russian diplomats". The expelled side is the state the diplomats serve; expelling migrants, players or
 * party members is not an expulsion of diplomats.
 */
final class ExpulsionRule implements Rule {
    private static final Set<String> DIPLOMATS = Set.of("diplomat", "ambassador", "envoy", "attache", "attaché",
            "consul", "charge", "chargé", "embassy", "legation");
    private static final Set<String> STAFF = Set.of("staff", "official", "officer", "personnel", "employee", "member");

    @Override
    public List<Fact> apply(SentenceContext s) {
        List<Fact> out = new ArrayList<>();
        for (IndexedWord w : s.unquotedWords()) {
            String lemma = SentenceContext.lemma(w);
            if (w.tag().startsWith("VB") && lemma.equals("expel")) {
                List<IndexedWord> expelled = SentenceContext.concat(s.children(w, "obj"), s.childrenExact(w, "nsubj:pass"));
                build(s, w, EventActors.subjectState(s, w), expelled, EventActors.modality(s, w)).ifPresent(out::add);
            } else if (w.tag().startsWith("VB") && lemma.equals("declare") && personaNonGrata(s, w)) {
                List<IndexedWord> expelled = SentenceContext.concat(s.children(w, "obj"), s.childrenExact(w, "nsubj:pass"));
                for (IndexedWord o : List.copyOf(expelled)) {
                    expelled.addAll(s.children(o, "compound"));
                }
                build(s, w, EventActors.subjectState(s, w), expelled, EventActors.modality(s, w)).ifPresent(out::add);
            } else if (w.tag().startsWith("NN") && lemma.equals("expulsion")) {
                Optional<Actor> expeller = EventActors.actingState(s, SentenceContext.concat(s.children(w, "nmod:poss"),
                        s.childrenExact(w, "nmod:by")));
                if (expeller.isEmpty() && s.relationToParent(w).equals("obj")) {
                    expeller = s.parent(w).flatMap(v -> EventActors.subjectState(s, v));
                }
                build(s, w, expeller, s.childrenExact(w, "nmod:of"), EventActors.nounModality(s, w)).ifPresent(out::add);
            }
        }
        return out;
    }

    private static boolean personaNonGrata(SentenceContext s, IndexedWord verb) {
        return s.subtree(verb, Set.of("ccomp", "parataxis", "conj", "advcl")).stream()
                .anyMatch(x -> x.word().toLowerCase(Locale.ROOT).equals("grata"));
    }

    private static Optional<Fact> build(SentenceContext s, IndexedWord trigger, Optional<Actor> expeller,
            List<IndexedWord> expelled, Modality modality) {
        if (expeller.isEmpty()) {
            return Optional.empty();
        }
        Optional<Actor> state = Optional.empty();
        for (IndexedWord e : expelled) {
            if (isDiplomatic(s, e)) {
                state = state.or(() -> stateServed(s, e));
            }
        }
        if (state.isEmpty() || state.get().iri().equals(expeller.get().iri())) {
            return Optional.empty();
        }
        Fact fact = new Fact(FactType.EXPULSION, s.evidence()).add(Role.EXPELLER, expeller.get())
                .add(Role.EXPELLED, state.get()).modality(modality);
        EventActors.date(s, trigger, fact);
        return Optional.of(fact);
    }

    /** "the ambassador", "45 diplomats", "embassy staff", "officials of the Russian embassy", or a named envoy. */
    private static boolean isDiplomatic(SentenceContext s, IndexedWord w) {
        String lemma = SentenceContext.lemma(w);
        if (DIPLOMATS.contains(lemma)) {
            return true;
        }
        if (STAFF.contains(lemma)) {
            for (IndexedWord c : SentenceContext.concat(s.children(w, "compound"), s.children(w, "nmod"))) {
                if (DIPLOMATS.contains(SentenceContext.lemma(c))) {
                    return true;
                }
            }
        }
        return s.mentionAt(w).map(m -> m.actor().kind() == ActorKind.PERSON).orElse(false)
                && SentenceContext.concat(s.children(w, "compound"), s.children(w, "appos")).stream()
                        .anyMatch(c -> DIPLOMATS.contains(SentenceContext.lemma(c)));
    }

    /** The state the diplomats serve: a demonym or name on them or on their embassy ("Libyan ambassador", "ambassador of Libya"). */
    private static Optional<Actor> stateServed(SentenceContext s, IndexedWord w) {
        List<Actor> candidates = new ArrayList<>(s.actorsOf(w));
        for (String rel : List.of("nmod:of", "nmod:from", "nmod:at")) {
            for (IndexedWord c : s.childrenExact(w, rel)) {
                candidates.addAll(s.actorsOf(c));
            }
        }
        for (IndexedWord c : s.children(w, "compound")) {
            candidates.addAll(s.actorsOf(c));
        }
        return candidates.stream().map(s::asState).flatMap(Optional::stream).findFirst();
    }
}
