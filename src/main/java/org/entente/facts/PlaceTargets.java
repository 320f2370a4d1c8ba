package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.codebook.CameoCode;
import org.entente.facts.EventArguments.Arg;
import org.entente.link.ActorKind;

/**
 * The state an act lands in when no actor is named as its target. Event data codes aid delivered, a ceasefire
 * declared, restrictions eased, troops deployed, a curfew imposed or force used in a place as an act toward the state
 * the place lies in: "provided $340 million for assistance in northern Iraq", "declared a unilateral ceasefire
 * effective from Sunday in Somalia", "agreed to a ceasefire in eastern Ukraine", "shelled Idlib". The place may sit
 * anywhere in the object's noun phrase, never in a clause below it. The source's own state is never such a target: a
 * curfew a government imposes at home is a domestic act, not an event between two actors.
 */
final class PlaceTargets {
    /**
     * Roots whose acts land on a territory: aid, yielding, threats (of what would land there: "threatened to close
     * its borders with Iraqi Kurdistan"), mobilization, cuts in relations, coercion and force.
     */
    private static final Set<String> ROOTS = Set.of("07", "08", "13", "15", "16", "17", "18", "19", "20");
    /** Intents of those acts: to give aid (033) and to yield (035: "agreed to a ceasefire in X"). */
    private static final Set<String> INTENTS = Set.of("033", "035");
    /** Prepositions that locate an act or a thing in a place. */
    private static final Set<String> LOCATIVE = Set.of("in", "inside", "across", "throughout", "into", "to", "near",
            "along", "at", "on", "against", "over", "with");
    /**
     * Prepositions of a clause's verb that locate its act ("closed the border with Iraqi Kurdistan"); "to" there
     * names a recipient.
     */
    private static final Set<String> VERB_LOCATIVE = Set.of("in", "inside", "across", "throughout", "into", "near",
            "along", "at", "on", "against", "over", "with");
    /** Relations that stay inside a noun phrase; clauses (acl, ccomp, advcl) and possessors are not followed. */
    private static final List<String> PHRASE = List.of("nmod:", "obl:", "amod", "appos", "conj", "nummod", "dep");
    private static final int DEPTH = 4;

    private PlaceTargets() {
    }

    /** Whether an act of this code can land on a place. */
    static boolean lands(CameoCode code) {
        return ROOTS.contains(code.root()) || INTENTS.stream().anyMatch(code.code()::startsWith);
    }

    /**
     * The state of the first place the verb's locative phrases name, or a locative phrase inside its objects or its
     * other prepositional phrases ("agreed to a ceasefire in eastern Ukraine"), not one of {@code not} (the sources
     * and their states).
     */
    static Optional<Arg> of(SentenceContext s, IndexedWord verb, CameoCode code, List<IndexedWord> objects,
            Set<String> not) {
        if (!lands(code)) {
            return Optional.empty();
        }
        List<IndexedWord> places = new ArrayList<>(objects);
        List<IndexedWord> phrases = new ArrayList<>(objects);
        for (SemanticGraphEdge e : s.graph().outgoingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("obl:") && VERB_LOCATIVE.contains(rel.substring(4))) {
                places.add(e.getDependent());
            }
            if (rel.startsWith("obl:") && !e.getDependent().tag().startsWith("VB")) {
                phrases.add(e.getDependent());
            }
        }
        for (IndexedWord o : phrases) {
            within(s, o, 0, places);
        }
        for (IndexedWord p : places) {
            Optional<Arg> a = stateOf(s, p).filter(x -> !not.contains(x.actor().iri()));
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    /** Adds, in order of depth first, the words a locative phrase under {@code head} names. */
    private static void within(SentenceContext s, IndexedWord head, int depth, List<IndexedWord> out) {
        if (depth >= DEPTH) {
            return;
        }
        for (SemanticGraphEdge e : s.graph().outgoingEdgeList(head)) {
            String rel = e.getRelation().toString();
            if (PHRASE.stream().noneMatch(rel::startsWith) || e.getDependent().tag().startsWith("VB")) {
                continue;
            }
            int colon = rel.indexOf(':');
            if (colon > 0 && LOCATIVE.contains(rel.substring(colon + 1)) && !out.contains(e.getDependent())) {
                out.add(e.getDependent());
            }
            within(s, e.getDependent(), depth + 1, out);
        }
    }

    /**
     * A state named at the word ("Somalia"), the state a place named there lies in ("Basra"), or the state whose
     * place a noun of places names ("South Sudan's border region"; not "on Azerbaijan's behalf").
     */
    private static Optional<Arg> stateOf(SentenceContext s, IndexedWord w) {
        boolean place = s.mentionAt(w).isPresent() || Vocabulary.MILITARY_TARGETS.contains(SentenceContext.lemma(w));
        return place ? EventArguments.of(s, w).filter(a -> a.actor().kind() == ActorKind.STATE)
                .or(() -> EventArguments.placeState(s, w)) : Optional.empty();
    }
}
