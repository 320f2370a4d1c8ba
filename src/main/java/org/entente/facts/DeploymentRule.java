package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.Mention;

/**
 * Deployments of a state's forces: "the deployment of North Korean troops in support of Russia", "China sent 500
 * soldiers to Mali", "more than 10,000 North Korean troops are in Russia". The deployer must be a state; a destination
 * that is a place gives its state as host and the place as location.
 */
final class DeploymentRule implements Rule {
    private static final Set<String> SPEECH = Vocabulary.SPEECH_VERBS;

    @Override
    public List<Fact> apply(SentenceContext s) {
        List<Fact> out = new ArrayList<>();
        for (IndexedWord w : s.unquotedWords()) {
            String lemma = SentenceContext.lemma(w);
            if (Vocabulary.DEPLOY_NOUNS.contains(lemma) && w.tag().startsWith("NN")) {
                nounDeployment(s, w).ifPresent(out::add);
            } else if (Vocabulary.DEPLOY_VERBS.contains(lemma) && w.tag().startsWith("VB")) {
                verbDeployment(s, w).ifPresent(out::add);
            } else if (Vocabulary.FORCES.contains(lemma) && w.tag().startsWith("NN")) {
                presence(s, w).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "North Korea's troop deployment", "the deployment of North Korean troops (to X) (in support of Y)". */
    private Optional<Fact> nounDeployment(SentenceContext s, IndexedWord trigger) {
        if (SentenceContext.lemma(trigger).equals("presence") && s.children(trigger, "nmod:of").isEmpty()) {
            return Optional.empty();
        }
        IndexedWord force = null;
        for (IndexedWord c : s.children(trigger, "nmod:of")) {
            if (Vocabulary.FORCES.contains(SentenceContext.lemma(c))) {
                force = c;
            }
        }
        boolean troopCompound = s.children(trigger, "compound").stream()
                .anyMatch(c -> Vocabulary.FORCES.contains(SentenceContext.lemma(c)));
        if (force == null && !troopCompound) {
            return Optional.empty();
        }
        Optional<Actor> deployer = state(s, force != null ? s.actorsOf(force) : List.of());
        if (deployer.isEmpty()) {
            deployer = state(s, s.children(trigger, "nmod:poss").stream().flatMap(p -> s.actorsOf(p).stream()).toList());
        }
        if (deployer.isEmpty()) {
            deployer = state(s, s.children(trigger, "amod").stream().flatMap(p -> s.actorsOf(p).stream()).toList());
        }
        if (deployer.isEmpty()) {
            return Optional.empty();
        }
        Fact fact = new Fact(FactType.DEPLOYMENT, s.evidence()).add(Role.DEPLOYER, deployer.get())
                .modality(s.modalityOfNoun(trigger));
        destinations(s, trigger, fact);
        support(s, trigger, fact);
        if (force != null) {
            destinations(s, force, fact);
            support(s, force, fact);
            count(s, force, fact);
        }
        return valid(fact);
    }

    /** "X sent/deployed (N) troops to Y", and the passive "N X troops were deployed to Y". */
    private Optional<Fact> verbDeployment(SentenceContext s, IndexedWord verb) {
        IndexedWord force = null;
        for (IndexedWord o : SentenceContext.concat(s.children(verb, "obj"), s.children(verb, "nsubj:pass"))) {
            if (Vocabulary.FORCES.contains(SentenceContext.lemma(o))) {
                force = o;
            }
        }
        if (force == null) {
            return Optional.empty();
        }
        Optional<Actor> deployer = state(s, s.children(verb, "nsubj").stream()
                .filter(n -> !s.relationToParent(n).equals("nsubj:pass"))
                .flatMap(n -> s.actorsOf(n).stream()).toList());
        if (deployer.isEmpty()) {
            deployer = state(s, s.actorsOf(force));
        }
        if (deployer.isEmpty()) {
            return Optional.empty();
        }
        Fact fact = new Fact(FactType.DEPLOYMENT, s.evidence()).add(Role.DEPLOYER, deployer.get())
                .modality(s.modalityOf(verb));
        destinations(s, verb, fact);
        support(s, verb, fact);
        count(s, force, fact);
        s.dateIn(s.subtree(verb, Set.of("ccomp", "parataxis", "conj", "advcl"))).ifPresent(fact::date);
        reporter(s, verb, fact);
        return valid(fact);
    }

    /** "(more than) 10,000 North Korean troops are in Russia": a state's forces located in another state. */
    private Optional<Fact> presence(SentenceContext s, IndexedWord force) {
        if (!s.relationToParent(force).equals("nsubj")) {
            return Optional.empty();
        }
        IndexedWord predicate = s.parent(force).orElse(null);
        if (predicate == null || s.children(predicate, "cop").isEmpty()
                || s.children(predicate, "case").stream().noneMatch(c -> c.word().equalsIgnoreCase("in"))) {
            return Optional.empty();
        }
        Optional<Actor> deployer = state(s, s.actorsOf(force));
        Optional<Actor> where = s.actorOf(predicate);
        if (deployer.isEmpty() || where.isEmpty()) {
            return Optional.empty();
        }
        Fact fact = new Fact(FactType.DEPLOYMENT, s.evidence()).add(Role.DEPLOYER, deployer.get())
                .modality(s.modalityOf(predicate));
        place(s, where.get(), fact);
        count(s, force, fact);
        placesInHostState(s, fact);
        reporter(s, predicate, fact);
        return valid(fact);
    }

    /** Where forces go or are: "to X", "into X", and "in X" ("US troops in Iraq"). */
    private static void destinations(SentenceContext s, IndexedWord head, Fact fact) {
        for (String rel : List.of("obl:to", "nmod:to", "obl:into", "nmod:into", "obl:in", "nmod:in")) {
            for (IndexedWord d : s.childrenExact(head, rel)) {
                s.actorsOf(d).forEach(a -> place(s, a, fact));
            }
        }
    }

    private static void support(SentenceContext s, IndexedWord head, Fact fact) {
        for (IndexedWord c : SentenceContext.concat(s.children(head, "nmod"), s.children(head, "obl"))) {
            String rel = s.relationToParent(c);
            boolean supportPhrase = rel.endsWith("in_support_of") || rel.endsWith("on_behalf_of")
                    || (SentenceContext.lemma(c).equals("support") && (rel.endsWith(":in") || rel.endsWith(":of")));
            if (!supportPhrase) {
                continue;
            }
            List<IndexedWord> targets = SentenceContext.lemma(c).equals("support") ? s.children(c, "nmod:of") : List.of(c);
            for (IndexedWord t : targets) {
                s.actorsOf(t).stream().filter(a -> a.kind().isAgent()).findFirst()
                        .flatMap(s::asState).ifPresent(a -> fact.add(Role.IN_SUPPORT_OF, a));
            }
        }
    }

    private static void place(SentenceContext s, Actor where, Fact fact) {
        if (where.kind() == ActorKind.STATE) {
            fact.add(Role.HOST, where);
        } else if (where.kind() == ActorKind.PLACE) {
            fact.add(Role.LOCATION, where);
            s.asState(where).ifPresent(st -> fact.add(Role.HOST, st));
        }
    }

    /** Named places of the host state in the same sentence are where the forces are ("... region of Kursk"). */
    private static void placesInHostState(SentenceContext s, Fact fact) {
        Optional<Actor> host = fact.one(Role.HOST);
        if (host.isEmpty()) {
            return;
        }
        for (Mention m : s.mentions().inSentence(s.index())) {
            if (m.actor().kind() == ActorKind.PLACE && !m.inQuote()
                    && s.asState(m.actor()).map(a -> a.iri().equals(host.get().iri())).orElse(false)) {
                fact.add(Role.LOCATION, m.actor());
            }
        }
    }

    private static void count(SentenceContext s, IndexedWord force, Fact fact) {
        s.countOf(force).ifPresent(c -> fact.troops(c[0] < 0 ? null : c[0], c[1] < 0 ? null : c[1]));
    }

    /** "South Korea said [troops are in Russia]": the actor whose speech states the deployment. */
    private static void reporter(SentenceContext s, IndexedWord clauseHead, Fact fact) {
        if (!s.relationToParent(clauseHead).startsWith("ccomp")) {
            return;
        }
        s.parent(clauseHead).filter(v -> SPEECH.contains(SentenceContext.lemma(v)))
                .ifPresent(v -> s.children(v, "nsubj").stream().flatMap(n -> s.actorsOf(n).stream())
                        .filter(a -> a.kind().isAgent()).findFirst().ifPresent(a -> fact.add(Role.REPORTED_BY, a)));
    }

    private static Optional<Actor> state(SentenceContext s, List<Actor> actors) {
        return actors.stream().map(s::asState).flatMap(Optional::stream).findFirst();
    }

    /** A deployment abroad: the deployer is never its own host or beneficiary. */
    private static Optional<Fact> valid(Fact fact) {
        Actor deployer = fact.one(Role.DEPLOYER).orElseThrow();
        fact.roles().computeIfPresent(Role.HOST, (r, l) -> l.stream().filter(a -> !a.iri().equals(deployer.iri())).toList());
        fact.roles().computeIfPresent(Role.IN_SUPPORT_OF,
                (r, l) -> l.stream().filter(a -> !a.iri().equals(deployer.iri())).toList());
        return Optional.of(fact);
    }

}
