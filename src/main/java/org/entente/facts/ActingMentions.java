package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.ArticleMentions;
import org.entente.link.Mention;
import org.entente.link.MentionKind;

/**
 * Which mentions show an actor acting, for the article's list of actors ({@code schema:mentions}): names always; a
 * capital only where it stands for its government ("Seoul has sent", "Seoul's self-restraint", "between Moscow and
 * Pyongyang"), not where it is a place ("a trip to Warsaw"); a demonym, or a name used as a modifier, only where it
 * modifies forces, a government or officials ("North Korean troops", "US officials"), not a language or a person's
 * nationality ("in Spanish", "US actor").
 */
final class ActingMentions {
    private static final Set<String> AGENTIVE = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "nmod:poss", "obl:agent",
            "obl:by", "nmod:between", "obl:between", "obl:with", "nmod:with", "obj", "iobj", "appos");
    private static final Set<String> ACTING_HEADS = Set.of("government", "administration", "ministry", "minister",
            "president", "leader", "official", "officials", "authorities", "authority", "army", "navy", "military",
            "embassy", "ambassador", "diplomat", "envoy", "delegation", "parliament", "court", "police", "spokesman",
            "spokesperson", "spokeswoman", "state", "regime", "prime", "foreign", "defence", "defense", "side", "counterpart");

    private final CoreDocument doc;

    ActingMentions(CoreDocument doc) {
        this.doc = doc;
    }

    List<Actor> filter(ArticleMentions mentions) {
        Map<String, Actor> out = new LinkedHashMap<>();
        for (Mention m : mentions.all()) {
            if (acting(m)) {
                out.putIfAbsent(m.actor().iri(), m.actor());
            }
        }
        return List.copyOf(out.values());
    }

    private boolean acting(Mention m) {
        if (m.actor().kind() != ActorKind.STATE) {
            return true;
        }
        SemanticGraph g = doc.sentences().get(m.sentence()).dependencyParse();
        if (g == null) {
            return false;
        }
        IndexedWord head = g.getNodeByIndexSafe(m.tokenEnd());
        if (head == null) {
            return false;
        }
        SemanticGraphEdge edge = g.getEdge(g.getParent(head), head);
        String rel = edge == null ? "root" : edge.getRelation().toString();
        if (m.kind() == MentionKind.CAPITAL) {
            return AGENTIVE.contains(rel) || rel.startsWith("conj");
        }
        IndexedWord governor = g.getParent(head);
        boolean modifier = rel.equals("amod") || rel.equals("compound");
        boolean actingHead = governor != null && (ACTING_HEADS.contains(SentenceContext.lemma(governor))
                || Vocabulary.FORCES.contains(SentenceContext.lemma(governor)));
        if (m.kind() == MentionKind.DEMONYM) {
            return modifier && actingHead;
        }
        return !modifier || actingHead;
    }
}
