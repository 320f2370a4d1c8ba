package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.entente.link.Actor;
import org.entente.link.ActorKind;

/**
 * Aid from one actor to another: "Seoul has sent humanitarian aid and financial assistance to Kyiv", "the EU will
 * provide Ukraine with loans". The donor must be the grammatical subject of a giving verb: a gerund with no subject
 * ("self-restraint in supplying weapons") states no aid.
 */
final class AidRule implements Rule {

    @Override
    public List<Fact> apply(SentenceContext s) {
        List<Fact> out = new ArrayList<>();
        for (IndexedWord verb : s.words()) {
            if (!s.inQuote(verb) && verb.tag().startsWith("VB") && Vocabulary.AID_VERBS.contains(SentenceContext.lemma(verb))) {
                aid(s, verb).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Fact> aid(SentenceContext s, IndexedWord verb) {
        List<IndexedWord> things = new ArrayList<>();
        for (IndexedWord o : SentenceContext.concat(s.children(verb, "obj"), s.childrenExact(verb, "obl:with"))) {
            things.add(o);
            things.addAll(s.children(o, "conj"));
        }
        Set<AidKind> kinds = new TreeSet<>();
        boolean isAid = false;
        for (IndexedWord t : things) {
            String noun = SentenceContext.lemma(t);
            if (!Vocabulary.AID_NOUNS.contains(noun) && AidKind.of(null, noun).isEmpty()) {
                continue;
            }
            Optional<AidKind> kind = Optional.empty();
            for (IndexedWord adj : s.children(t, "amod")) {
                kind = kind.or(() -> AidKind.of(SentenceContext.lemma(adj), noun));
            }
            kind = kind.or(() -> AidKind.of(null, noun));
            if (noun.equals("support") && kind.isEmpty()) {
                continue;
            }
            isAid = true;
            kind.ifPresent(kinds::add);
        }
        if (!isAid) {
            return Optional.empty();
        }
        Optional<Actor> donor = agent(s, SentenceContext.concat(s.childrenExact(verb, "nsubj"), s.childrenExact(verb, "obl:agent")));
        List<IndexedWord> recipients = new ArrayList<>();
        for (String rel : List.of("obl:to", "iobj", "obl:for")) {
            recipients.addAll(s.childrenExact(verb, rel));
        }
        if (!s.childrenExact(verb, "obl:with").isEmpty()) {
            recipients.addAll(s.children(verb, "obj"));
        }
        for (IndexedWord t : things) {
            recipients.addAll(s.childrenExact(t, "nmod:to"));
            recipients.addAll(s.childrenExact(t, "nmod:for"));
        }
        Optional<Actor> recipient = agent(s, recipients);
        if (donor.isEmpty() || recipient.isEmpty() || donor.get().iri().equals(recipient.get().iri())) {
            return Optional.empty();
        }
        Fact fact = new Fact(FactType.AID, s.evidence()).add(Role.DONOR, donor.get()).add(Role.RECIPIENT, recipient.get())
                .modality(SentenceContext.lemma(verb).matches("pledge|promise|offer") ? Modality.PLANNED : s.modalityOf(verb));
        fact.aidKinds().addAll(kinds);
        s.dateIn(s.subtree(verb, Set.of("ccomp", "parataxis", "conj", "advcl"))).ifPresent(fact::date);
        return Optional.of(fact);
    }

    /** The first actor among the words that can give or receive: a state (capitals count as their state) or body. */
    private static Optional<Actor> agent(SentenceContext s, List<IndexedWord> words) {
        for (IndexedWord w : words) {
            for (Actor a : s.actorsOf(w)) {
                if (a.kind().isOrganization() || a.kind() == ActorKind.PERSON) {
                    return Optional.of(a);
                }
                Optional<Actor> state = s.asState(a);
                if (state.isPresent()) {
                    return state;
                }
            }
        }
        return Optional.empty();
    }

}
