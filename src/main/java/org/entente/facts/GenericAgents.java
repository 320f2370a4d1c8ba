package org.entente.facts;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.codebook.Codebook;
import org.entente.facts.EventArguments.Arg;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.Mention;

/**
 * Actors named by what they are rather than by name, as the codebook's agents table lists them with a CAMEO sector
 * ("police" COP, "troops" MIL, "foreign ministry" GOV, "protesters" OPP): "Brazilian federal police" is the police of
 * Brazil, "students in Dhaka" the students of Bangladesh. State sectors (government, legislature, judiciary,
 * intelligence) become a government body and armed sectors (military, police) a force, both acting for their state,
 * and only where the text says which state ("the minister" alone names no actor); the others a social group that
 * acts for itself. The IRI names the sector's words and the state, so "Brazilian
 * police" in two articles is one actor.
 */
final class GenericAgents {
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG", "JUD", "SPY");
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "COP");
    /** Relations by which a modifier gives the agent's country: "Brazilian police", "police in Lyon". */
    private static final List<String> COUNTRY_RELATIONS = List.of("amod", "compound", "nmod:poss", "nmod:of",
            "nmod:in", "nmod:from");

    private GenericAgents() {
    }

    static Optional<Arg> of(SentenceContext s, IndexedWord head) {
        return agentEndingAt(s.tokens(), head.index())
                .flatMap(found -> agent(s, head, found.phrase(), found.sector()));
    }

    /**
     * The phrase of the agents table that the nouns and adjectives ending at token {@code head} (1-based) end with:
     * "Brazilian federal police" ends with "federal police".
     */
    static Optional<Codebook.Agent> agentEndingAt(List<CoreLabel> tokens, int head) {
        int first = head;
        while (first > 1 && head - first < Codebook.MAX_AGENT_WORDS - 1
                && tokens.get(first - 2).tag().matches("NN.*|JJ.*")) {
            first--;
        }
        List<String> words = new ArrayList<>();
        for (int i = first; i <= head; i++) {
            words.add(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
        }
        return Codebook.bundled().agent(words);
    }

    private static Optional<Arg> agent(SentenceContext s, IndexedWord head, String phrase, String sector) {
        Optional<Actor> country = country(s, head);
        ActorKind kind = STATE_SECTORS.contains(sector) ? ActorKind.GOVERNMENT_BODY
                : ARMED_SECTORS.contains(sector) ? ActorKind.MILITARY_FORCE : ActorKind.SOCIAL_GROUP;
        if (kind != ActorKind.SOCIAL_GROUP && country.isEmpty()) {
            return Optional.empty();
        }
        String singular = SentenceContext.lemma(head);
        String name = phrase.contains(" ") ? phrase : singular;
        String label = country.map(c -> name + " (" + c.label() + ")").orElse(name);
        Actor actor = Actor.local(kind, label, country.map(Actor::qid).orElse(null));
        int begin = head.beginPosition();
        for (IndexedWord c : s.subtree(head, Set.of("acl", "acl:relcl", "conj", "appos", "punct", "case"))) {
            begin = Math.min(begin, c.beginPosition());
        }
        return Optional.of(new Arg(actor, begin, head.endPosition(), head));
    }

    /** The state a generic agent belongs to, from a state, demonym, capital or place modifying it. */
    private static Optional<Actor> country(SentenceContext s, IndexedWord head) {
        for (String rel : COUNTRY_RELATIONS) {
            for (IndexedWord c : s.childrenExact(head, rel)) {
                Optional<Mention> m = s.mentionAt(c);
                if (m.isPresent()) {
                    Optional<Actor> state = s.asState(m.get().actor());
                    if (state.isPresent() && state.get().qid() != null) {
                        return state;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
