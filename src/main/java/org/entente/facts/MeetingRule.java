package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorKind;

/**
 * Meetings between actors: "Putin met Erdoğan in Sochi" ("A met with B, then with C" is two meetings of A), "Moon and Kim held talks", "Pompeo visited Beijing", "the
 * Trump-Kim summit", "talks between Russia and Ukraine". Needs two distinct actors (people, states, organizations);
 * a visit to a place counts as a meeting with the state it lies in.
 */
final class MeetingRule implements Rule {
    private static final Set<String> MEETING_NOUNS = Set.of("summit", "talk", "talks", "meeting", "negotiation",
            "negotiations");

    @Override
    public List<Fact> apply(SentenceContext s) {
        List<Fact> out = new ArrayList<>();
        for (IndexedWord w : s.unquotedWords()) {
            String lemma = SentenceContext.lemma(w);
            if (w.tag().startsWith("VB") && lemma.equals("meet")) {
                List<Actor> subjects = new ArrayList<>();
                subjects(s, w, subjects);
                List<Actor> counterparts = new ArrayList<>();
                s.children(w, "obj").forEach(o -> addAgents(s, s.actorsOf(o), counterparts));
                s.childrenExact(w, "obl:with").forEach(o -> addAgents(s, s.actorsOf(o), counterparts));
                if (counterparts.isEmpty()) {
                    build(s, w, subjects, s.modalityOf(w)).ifPresent(out::add);
                }
                for (Actor counterpart : counterparts) {
                    List<Actor> pair = new ArrayList<>(subjects);
                    addAgents(s, List.of(counterpart), pair);
                    if (!subjects.isEmpty()) {
                        build(s, w, pair, s.modalityOf(w)).ifPresent(out::add);
                    }
                }
            } else if (w.tag().startsWith("VB") && lemma.equals("visit")) {
                List<Actor> who = new ArrayList<>();
                subjects(s, w, who);
                for (IndexedWord o : s.children(w, "obj")) {
                    s.actorsOf(o).stream().filter(a -> a.kind() == ActorKind.STATE || a.kind() == ActorKind.PLACE)
                            .map(s::asState).flatMap(Optional::stream).findFirst().ifPresent(st -> addAgents(s, List.of(st), who));
                }
                build(s, w, who, s.modalityOf(w)).ifPresent(out::add);
            } else if (w.tag().startsWith("VB") && lemma.equals("hold")) {
                for (IndexedWord o : s.children(w, "obj")) {
                    if (MEETING_NOUNS.contains(SentenceContext.lemma(o))) {
                        List<Actor> who = new ArrayList<>();
                        subjects(s, w, who);
                        nounParticipants(s, o, who);
                        build(s, w, who, s.modalityOf(w)).ifPresent(out::add);
                    }
                }
            } else if (w.tag().startsWith("NN") && MEETING_NOUNS.contains(lemma)
                    && !(s.relationToParent(w).equals("obj") && s.parent(w).map(p -> SentenceContext.lemma(p).equals("hold")).orElse(false))) {
                List<Actor> who = new ArrayList<>();
                nounParticipants(s, w, who);
                build(s, w, who, s.modalityOfNoun(w)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A meeting is diplomacy when a state, an organization or a known office holder (linked to Wikidata) takes part. */
    private static boolean political(Actor a) {
        return a.kind() == ActorKind.STATE || a.kind().isOrganization() || (a.kind() == ActorKind.PERSON && a.isLinked());
    }

    private static void subjects(SentenceContext s, IndexedWord verb, List<Actor> who) {
        for (IndexedWord n : s.activeSubjects(verb)) {
            addAgents(s, s.actorsOf(n), who);
        }
    }

    private static void nounParticipants(SentenceContext s, IndexedWord noun, List<Actor> who) {
        for (String rel : List.of("nmod:between", "nmod:with", "nmod:poss")) {
            s.childrenExact(noun, rel).forEach(c -> addAgents(s, s.actorsOf(c), who));
        }
        for (IndexedWord c : s.children(noun, "compound")) {
            String[] parts = c.word().split("[-\u2013]");
            if (parts.length == 2) {
                for (String part : parts) {
                    s.registry().lookup(part).stream().findFirst().ifPresent(e -> addAgents(s, List.of(e.actor()), who));
                }
            } else {
                addAgents(s, s.actorsOf(c), who);
            }
        }
    }

    private static void addAgents(SentenceContext s, List<Actor> actors, List<Actor> who) {
        for (Actor a : actors) {
            Actor agent = a.kind() == ActorKind.PLACE ? s.asState(a).orElse(null) : a;
            if (agent != null && agent.kind().isAgent() && who.stream().noneMatch(x -> x.iri().equals(agent.iri()))) {
                who.add(agent);
            }
        }
    }

    private static Optional<Fact> build(SentenceContext s, IndexedWord head, List<Actor> who, Modality modality) {
        if (who.size() < 2 || who.stream().noneMatch(MeetingRule::political)) {
            return Optional.empty();
        }
        Fact fact = new Fact(FactType.MEETING, s.evidence()).modality(modality);
        who.forEach(a -> fact.add(Role.PARTICIPANT, a));
        for (String rel : List.of("obl:in", "nmod:in", "obl:at")) {
            for (IndexedWord p : s.childrenExact(head, rel)) {
                s.actorOf(p).filter(a -> a.kind() == ActorKind.PLACE || a.kind() == ActorKind.STATE)
                        .ifPresent(a -> fact.add(Role.LOCATION, a));
            }
        }
        s.dateIn(s.subtree(head, Set.of("ccomp", "parataxis", "conj", "advcl", "acl:relcl"))).ifPresent(fact::date);
        return Optional.of(fact);
    }
}
