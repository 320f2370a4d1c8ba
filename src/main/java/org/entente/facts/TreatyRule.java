package org.entente.facts;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.Mention;

/**
 * Treaties and agreements between states, with their signing date: "their 'comprehensive strategic partnership' treaty
 * signed in June" (parties from "between Moscow and Pyongyang" earlier in the sentence), "the treaty between X and Y",
 * "X and Y signed a defence pact", "the delegations of X and Y met to sign an agreement" (who met signed it). Needs two
 * distinct state parties.
 */
final class TreatyRule implements Rule {

    @Override
    public List<Fact> apply(SentenceContext s) {
        List<Fact> out = new ArrayList<>();
        for (IndexedWord w : s.words()) {
            if (s.inQuote(w) || !w.tag().startsWith("NN") || !(Vocabulary.TREATY_NOUNS.contains(SentenceContext.lemma(w))
                    || isSignedDeal(s, w))) {
                continue;
            }
            treaty(s, w).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Fact> treaty(SentenceContext s, IndexedWord trigger) {
        List<Actor> parties = new ArrayList<>();
        for (IndexedWord c : s.childrenExact(trigger, "nmod:between")) {
            addStates(s, s.actorsOf(c), parties);
        }
        List<IndexedWord> possessives = new ArrayList<>(s.children(trigger, "nmod:poss"));
        IndexedWord nameHead = nameHead(s, trigger);
        if (nameHead != null) {
            possessives.addAll(s.children(nameHead, "nmod:poss"));
        }
        for (IndexedWord p : possessives) {
            String word = p.word().toLowerCase(Locale.ROOT);
            if (word.equals("their")) {
                addStates(s, coordinatedBefore(s, trigger), parties);
            } else {
                addStates(s, s.actorsOf(p), parties);
            }
        }
        for (IndexedWord c : s.childrenExact(trigger, "nmod:with")) {
            addStates(s, s.actorsOf(c), parties);
        }
        IndexedWord signing = null;
        for (IndexedWord acl : SentenceContext.concat(s.children(trigger, "acl"), s.children(trigger, "amod"))) {
            if (SentenceContext.lemma(acl).matches("sign|signed|conclude|concluded")) {
                signing = acl;
            }
        }
        if (s.relationToParent(trigger).equals("nsubj:pass")) {
            IndexedWord verb = s.parent(trigger).orElseThrow();
            if (Set.of("sign", "conclude", "ink", "seal").contains(SentenceContext.lemma(verb))) {
                signing = verb;
                for (String rel : List.of("obl:between", "obl:by", "obl:agent")) {
                    s.childrenExact(verb, rel).forEach(n -> addStates(s, s.actorsOf(n), parties));
                }
            }
        }
        if (s.relationToParent(trigger).equals("obj")) {
            IndexedWord verb = s.parent(trigger).orElseThrow();
            if (Set.of("sign", "conclude", "ink", "seal").contains(SentenceContext.lemma(verb))) {
                signing = verb;
                s.children(verb, "nsubj").forEach(n -> addStates(s, s.actorsOf(n), parties));
                if (s.children(verb, "nsubj").isEmpty() && s.relationToParent(verb).matches("advcl.*|xcomp")) {
                    s.parent(verb).ifPresent(governor -> s.activeSubjects(governor)
                            .forEach(n -> addStates(s, s.actorsOf(n), parties)));
                }
            }
        }
        if (parties.size() < 2) {
            return Optional.empty();
        }
        String name = name(s, trigger);
        List<Actor> sorted = parties.stream().sorted(Comparator.comparing(Actor::key)).toList();
        String key = Actor.keyOf(name + " " + String.join(" ", sorted.stream().map(Actor::key).toList()));
        Actor treaty = new Actor(ActorKind.TREATY, key, name, null, List.of(), null, null, List.of());
        Fact fact = new Fact(FactType.TREATY_SIGNING, s.evidence()).treaty(treaty);
        sorted.forEach(p -> fact.add(Role.PARTY, p));
        if (signing != null) {
            Set<IndexedWord> scope = s.subtree(signing, Set.of("ccomp", "parataxis", "conj"));
            scope.addAll(s.subtree(trigger, Set.of("ccomp", "parataxis", "conj", "acl:relcl", "dep")));
            s.dateIn(scope).ifPresent(fact::date);
            boolean signingGovernsTreaty = s.parent(trigger).map(signing::equals).orElse(false);
            if (signingGovernsTreaty) {
                fact.modality(s.modalityOf(signing));
            }
        }
        return Optional.of(fact);
    }

    /** "signed a deal": a deal is an agreement when it is what was signed. */
    private static boolean isSignedDeal(SentenceContext s, IndexedWord w) {
        return SentenceContext.lemma(w).equals("deal") && s.relationToParent(w).matches("obj|nsubj:pass")
                && s.parent(w).map(v -> Set.of("sign", "conclude", "ink", "seal").contains(SentenceContext.lemma(v))).orElse(false);
    }

    /**
     * A quoted name often becomes the head of the phrase, with the treaty noun hanging off it ("their 'strategic
     * partnership' treaty"): the noun the trigger depends on by {@code dep} or {@code compound}, if any.
     */
    private static IndexedWord nameHead(SentenceContext s, IndexedWord trigger) {
        String rel = s.relationToParent(trigger);
        return rel.equals("dep") || rel.equals("appos") ? s.parent(trigger).orElse(null) : null;
    }


    /** The treaty's name: a quoted name right before the noun, or its capitalised modifiers, plus the noun. */
    private static String name(SentenceContext s, IndexedWord trigger) {
        List<CoreLabel> tokens = s.tokens();
        int i = trigger.index() - 2;
        if (i >= 0 && Set.of("\u201D", "\"", "''").contains(tokens.get(i).word())) {
            int close = i;
            int open = i - 1;
            while (open >= 0 && !Set.of("\u201C", "\"", "``").contains(tokens.get(open).word())) {
                open--;
            }
            if (open >= 0 && close - open > 1) {
                return s.span(open + 2, close) + " " + trigger.word().toLowerCase(Locale.ROOT);
            }
        }
        int first = trigger.index();
        for (IndexedWord c : SentenceContext.concat(s.children(trigger, "compound"), s.children(trigger, "amod"))) {
            if (!"DATE".equals(tokens.get(c.index() - 1).ner()) && !"NUMBER".equals(tokens.get(c.index() - 1).ner())) {
                first = Math.min(first, c.index());
            }
        }
        while (first < trigger.index() && Set.of("DATE", "NUMBER", "ORDINAL").contains(tokens.get(first - 1).ner())) {
            first++;
        }
        return s.span(first, trigger.index()).toLowerCase(Locale.ROOT).equals(trigger.word().toLowerCase(Locale.ROOT))
                ? trigger.word().toLowerCase(Locale.ROOT) : s.span(first, trigger.index());
    }

    /** "their": the actors joined by "and" nearest before the possessive in the same sentence. */
    private static List<Actor> coordinatedBefore(SentenceContext s, IndexedWord possessive) {
        List<Mention> before = s.mentions().inSentence(s.index()).stream()
                .filter(m -> m.tokenEnd() < possessive.index() && !m.inQuote()).toList();
        for (int i = before.size() - 1; i > 0; i--) {
            Mention right = before.get(i);
            Mention left = before.get(i - 1);
            boolean joined = right.tokenBegin() - left.tokenEnd() == 1
                    && s.tokens().get(left.tokenEnd()).word().equalsIgnoreCase("and");
            if (joined) {
                return List.of(left.actor(), right.actor());
            }
        }
        return List.of();
    }

    private static void addStates(SentenceContext s, List<Actor> actors, List<Actor> parties) {
        for (Actor a : actors) {
            s.asState(a).filter(st -> parties.stream().noneMatch(p -> p.iri().equals(st.iri()))).ifPresent(parties::add);
        }
    }
}
