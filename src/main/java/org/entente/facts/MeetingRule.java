package org.entente.facts;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.Mention;

/**
 * Meetings between actors: "Putin met Erdoğan in Sochi" ("A met with B, then with C" is two meetings of A), "Moon and Kim held talks", "Pompeo visited Beijing", "the
 * Trump-Kim summit", "talks between Russia and Ukraine", "the trilateral meeting of Cyprus, Greece and Israel", "a phone
 * call made by Trump to Zelensky". Needs two distinct actors (people, states, organizations);
 * a visit to a place counts as a meeting with the state it lies in.
 */
final class MeetingRule implements Rule {
    /** Verbs of placing a telephone call. */
    private static final Set<String> CALLING = Set.of("call", "phone", "telephone");
    /** Prepositions that make "call" an appeal, a label or a summons: "called on", "called for", "called X as". */
    private static final List<String> CALL_PREPS = List.of("on", "upon", "for", "as", "off", "to", "into");
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
                if (subjects.isEmpty()) {
                    nameRightBefore(s, w).ifPresent(a -> addAgents(s, List.of(a), subjects));
                }
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
            } else if (w.tag().startsWith("VB") && CALLING.contains(lemma) && placedCall(s, w)) {
                List<Actor> who = new ArrayList<>();
                subjects(s, w, who);
                if (!who.isEmpty()) {
                    s.children(w, "obj").forEach(o -> addAgents(s, s.actorsOf(o), who));
                    build(s, w, who, s.modalityOf(w)).ifPresent(out::add);
                }
            } else if (w.tag().startsWith("NN") && isPhoneCall(s, w)) {
                List<Actor> who = new ArrayList<>();
                nounParticipants(s, w, who);
                for (IndexedWord made : s.children(w, "acl")) {
                    for (String rel : List.of("obl:by", "obl:agent", "obl:to", "obl:with")) {
                        s.childrenExact(made, rel).forEach(c -> addAgents(s, s.actorsOf(c), who));
                    }
                }
                build(s, w, who, s.modalityOfNoun(w)).ifPresent(out::add);
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

    /**
     * "Trump called King Salman on Saturday", "Rivlin telephoned Zewde to explain": a verb of calling with one object
     * and nothing that makes it another verb: no label ("called him a liar", "called it a provocation"), no particle
     * or preposition of an appeal or a summons ("called on", "called for", "called off", "called up"; the parser's
     * "on" before a day is none), no passive ("was called a traitor").
     */
    private static boolean placedCall(SentenceContext s, IndexedWord verb) {
        if (!s.childrenExact(verb, "nsubj:pass").isEmpty() || s.childrenExact(verb, "obj").size() != 1
                || s.childrenExact(verb, "xcomp").stream().anyMatch(x -> !x.tag().startsWith("VB"))) {
            return false;
        }
        for (String prep : CALL_PREPS) {
            if (s.childrenExact(verb, "obl:" + prep).stream().anyMatch(o -> !s.isTime(o.index()))) {
                return false;
            }
        }
        return s.childrenExact(verb, "compound:prt").stream().allMatch(p -> s.isTime(p.index() + 1))
                && s.childrenExact(verb, "obj").stream().noneMatch(o -> o.tag().startsWith("PRP")
                        && !EventArguments.PERSON_PRONOUNS.contains(o.word().toLowerCase(Locale.ROOT)));
    }

    /** "a phone call made by Trump to Zelensky": a call is a meeting when it is a telephone call. */
    private static boolean isPhoneCall(SentenceContext s, IndexedWord w) {
        return SentenceContext.lemma(w).equals("call") && s.children(w, "compound").stream()
                .anyMatch(c -> Set.of("phone", "telephone").contains(SentenceContext.lemma(c)));
    }

    /**
     * "Later on Tuesday Mitsotakis met with …": when the parser finds no subject, the name written right before the
     * verb is who met.
     */
    private static Optional<Actor> nameRightBefore(SentenceContext s, IndexedWord verb) {
        int before = verb.index() - 1;
        return s.mentions().inSentence(s.index()).stream().filter(m -> m.tokenEnd() == before && !m.inQuote())
                .map(m -> m.actor()).findFirst();
    }

    /**
     * "the trilateral meeting of Cyprus, Greece and Israel": the names listed after "of", read from the words, since
     * the parser often attaches only the first of them to the noun.
     */
    private static void listAfterOf(SentenceContext s, IndexedWord noun, List<Actor> who) {
        List<CoreLabel> tokens = s.tokens();
        int k = noun.index();
        if (k >= tokens.size() || !tokens.get(k).word().equalsIgnoreCase("of")) {
            return;
        }
        k++;
        List<Actor> listed = new ArrayList<>();
        while (k < tokens.size()) {
            int at = k;
            Optional<Mention> m = s.mentions().at(s.index(), at)
                    .filter(x -> x.tokenBegin() == at && (x.actor().kind() == ActorKind.STATE || x.actor().kind().isOrganization()));
            if (m.isEmpty()) {
                break;
            }
            listed.add(m.get().actor());
            k = m.get().tokenEnd();
            if (k < tokens.size() && tokens.get(k).word().equals(",")) {
                k++;
            }
            if (k < tokens.size() && tokens.get(k).word().equals("and")) {
                k++;
            }
        }
        if (listed.size() >= 2) {
            addAgents(s, listed, who);
        }
    }

    private static void nounParticipants(SentenceContext s, IndexedWord noun, List<Actor> who) {
        listAfterOf(s, noun, who);
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
        s.dateOfClause(head).ifPresent(fact::date);
        return Optional.of(fact);
    }
}
