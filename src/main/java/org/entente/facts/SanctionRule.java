package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.link.Actor;

/**
 * Sanctions, embargoes and bans: "the US imposed sanctions on Iran", "the EU sanctioned five officials", "Germany bans
 * Mahan Air", "US sanctions against Venezuela". Lifting or easing sanctions is not imposing them; a threat to impose
 * them is kept as planned.
 */
final class SanctionRule implements Rule {
    private static final Set<String> MEASURES = Set.of("sanction", "sanctions", "embargo", "ban", "blockade");
    private static final Set<String> IMPOSING = Set.of("impose", "slap", "announce", "introduce", "extend", "approve",
            "levy", "place", "adopt", "expand", "tighten");

    @Override
    public List<Fact> apply(SentenceContext s) {
        List<Fact> out = new ArrayList<>();
        for (IndexedWord w : s.unquotedWords()) {
            String lemma = SentenceContext.lemma(w);
            if (w.tag().startsWith("VB") && (lemma.equals("sanction") || lemma.equals("ban") || lemma.equals("blacklist"))) {
                List<Actor> targets = new ArrayList<>();
                s.children(w, "obj").forEach(o -> targets.addAll(agents(s, s.actorsOf(o))));
                build(s, w, imposer(s, w), targets, s.modalityOf(w)).ifPresent(out::add);
            } else if (w.tag().startsWith("VB") && IMPOSING.contains(lemma)) {
                for (IndexedWord o : s.children(w, "obj")) {
                    if (!MEASURES.contains(SentenceContext.lemma(o))) {
                        continue;
                    }
                    List<Actor> targets = new ArrayList<>();
                    for (String rel : List.of("obl:on", "obl:against")) {
                        s.childrenExact(w, rel).forEach(t -> targets.addAll(agents(s, s.actorsOf(t))));
                    }
                    for (String rel : List.of("nmod:on", "nmod:against")) {
                        s.childrenExact(o, rel).forEach(t -> targets.addAll(agents(s, s.actorsOf(t))));
                    }
                    build(s, w, imposer(s, w), targets, s.modalityOf(w)).ifPresent(out::add);
                }
            } else if (w.tag().startsWith("NN") && MEASURES.contains(lemma) && !governedByVerb(s, w)) {
                List<Actor> targets = new ArrayList<>();
                for (String rel : List.of("nmod:on", "nmod:against")) {
                    s.childrenExact(w, rel).forEach(t -> targets.addAll(agents(s, s.actorsOf(t))));
                }
                Optional<Actor> imposer = Optional.empty();
                for (String rel : List.of("nmod:poss", "compound", "amod")) {
                    for (IndexedWord c : s.childrenExact(w, rel)) {
                        imposer = imposer.or(() -> agents(s, s.actorsOf(c)).stream().findFirst());
                    }
                }
                build(s, w, imposer, targets, Modality.ASSERTED).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A measure that is the object or subject of a verb is handled (or deliberately ignored) with that verb. */
    private static boolean governedByVerb(SentenceContext s, IndexedWord noun) {
        String rel = s.relationToParent(noun);
        return (rel.equals("obj") || rel.startsWith("nsubj")) && s.parent(noun).map(p -> p.tag().startsWith("VB")).orElse(false);
    }

    private static Optional<Actor> imposer(SentenceContext s, IndexedWord verb) {
        for (IndexedWord n : s.activeSubjects(verb)) {
            Optional<Actor> a = agents(s, s.actorsOf(n)).stream().findFirst();
            if (a.isPresent()) {
                return a;
            }
        }
        for (IndexedWord n : s.childrenExact(verb, "obl:agent")) {
            Optional<Actor> a = agents(s, s.actorsOf(n)).stream().findFirst();
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    private static List<Actor> agents(SentenceContext s, List<Actor> actors) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            if (a.kind().isAgent()) {
                out.add(a);
            }
        }
        return out;
    }

    private static Optional<Fact> build(SentenceContext s, IndexedWord head, Optional<Actor> imposer, List<Actor> targets,
            Modality modality) {
        if (imposer.isEmpty()) {
            return Optional.empty();
        }
        List<Actor> sanctioned = targets.stream().filter(t -> !t.iri().equals(imposer.get().iri())).toList();
        if (sanctioned.isEmpty()) {
            return Optional.empty();
        }
        Fact fact = new Fact(FactType.SANCTION, s.evidence()).add(Role.IMPOSER, imposer.get()).modality(modality);
        sanctioned.forEach(t -> fact.add(Role.SANCTIONED, t));
        s.dateOfClause(head).ifPresent(fact::date);
        return Optional.of(fact);
    }
}
