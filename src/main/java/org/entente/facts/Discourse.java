package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.facts.EventArguments.Arg;
import org.entente.link.Actor;

/**
 * What the sentences read so far did, kept while an article is read, so that a later sentence can name an act by a
 * definite noun and mean its doer: "Trump ordered the withdrawal of US troops. Biden criticized the move." (the move
 * is Trump's). An anaphoric act noun of force ("the attack", "the strike") refers to the last actor that used force,
 * one of speech ("the allegations", "the remarks") to the last speaker, and any other ("the move", "the decision") to
 * the actor of the previous sentence's main clause. A sentence looks back at most {@value #REACH} sentences; when
 * nothing fits, the noun stays unresolved, as before.
 */
final class Discourse {
    /** Sentences before the current one in which an antecedent act is looked for. */
    static final int REACH = 2;
    /** Acts of force: their doer is whoever used force last. */
    private static final Set<String> FORCE_ACTS = Set.of("attack", "strike", "airstrike", "bombing", "offensive",
            "invasion", "incursion", "raid", "assault", "shelling", "killing", "assassination");
    /** Acts of speech: their doer is whoever spoke last. */
    private static final Set<String> SPEECH_ACTS = Set.of("allegation", "accusation", "claim", "charge", "remark",
            "comment", "statement", "announcement", "threat", "warning", "criticism");
    /** Other acts, named by what they were: their doer is the previous sentence's main actor. */
    private static final Set<String> GENERAL_ACTS = Set.of("move", "decision", "step", "action", "measure",
            "withdrawal", "plan", "proposal", "policy", "order", "ban", "operation", "intervention", "deployment",
            "offer", "request", "demand", "call", "refusal", "initiative", "commutation", "pardon", "expulsion",
            "annexation", "recognition", "suspension", "designation", "deal");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    /** Verbs whose complement clause holds the act a report is about: "the White House said Trump would leave". */
    private static final Set<String> REPORTING = Set.of("say", "announce", "state", "declare", "confirm", "report",
            "tell", "add");

    private record Act(int sentence, Actor doer, Kind kind) {
    }

    private enum Kind { MAIN, FORCE, SPEECH }

    private final List<Act> acts = new ArrayList<>();

    /** Records what sentence {@code s} did: its main clause's actor and the doers of the facts found in it. */
    void record(SentenceContext s, List<Fact> facts) {
        mainActor(s).ifPresent(a -> acts.add(new Act(s.index(), a, Kind.MAIN)));
        for (Fact f : facts) {
            if (isForce(f)) {
                doers(f).forEach(a -> acts.add(new Act(s.index(), a, Kind.FORCE)));
            }
            if (f.type() == FactType.STATEMENT || f.code().map(c -> c.root().compareTo("15") < 0).orElse(false)) {
                doers(f).forEach(a -> acts.add(new Act(s.index(), a, Kind.SPEECH)));
            }
        }
    }

    /**
     * The doer of the act a definite noun of sentence {@code s} names without saying whose it is ("the move", "this
     * decision", "the attack"), from the sentences before; empty for any other noun or when none fits.
     */
    Optional<Actor> doerOf(SentenceContext s, IndexedWord noun) {
        String lemma = SentenceContext.lemma(noun);
        Kind kind = FORCE_ACTS.contains(lemma) ? Kind.FORCE : SPEECH_ACTS.contains(lemma) ? Kind.SPEECH
                : GENERAL_ACTS.contains(lemma) ? Kind.MAIN : null;
        if (kind == null || !anaphoric(s, noun)) {
            return Optional.empty();
        }
        for (int i = acts.size() - 1; i >= 0; i--) {
            Act a = acts.get(i);
            if (a.sentence() < s.index() - REACH) {
                break;
            }
            if (a.sentence() < s.index() && a.kind() == kind) {
                return Optional.of(a.doer());
            }
        }
        return Optional.empty();
    }

    /** A definite noun with nothing in its phrase that says whose act it is. */
    private static boolean anaphoric(SentenceContext s, IndexedWord noun) {
        if (!noun.tag().startsWith("NN") || noun.tag().startsWith("NNP")
                || s.childrenExact(noun, "det").stream().noneMatch(d -> DEFINITE.contains(d.word().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        for (String rel : List.of("nmod:poss", "nmod:of", "nmod:by", "nmod:from", "compound", "nmod:between",
                "nmod:against", "nmod:on", "acl:relcl")) {
            if (!s.childrenExact(noun, rel).isEmpty()) {
                return false;
            }
        }
        return s.childrenExact(noun, "amod").stream().noneMatch(m -> s.mentionAt(m).isPresent());
    }

    /** The actor of a sentence's main clause, or of the clause its main verb reports. */
    private static Optional<Actor> mainActor(SentenceContext s) {
        IndexedWord root = s.graph().getFirstRoot();
        if (root == null || !root.tag().startsWith("VB")) {
            return Optional.empty();
        }
        if (REPORTING.contains(SentenceContext.lemma(root))) {
            for (IndexedWord clause : s.childrenExact(root, "ccomp")) {
                Optional<Actor> reported = subjectOf(s, clause);
                if (reported.isPresent()) {
                    return reported;
                }
            }
        }
        return subjectOf(s, root);
    }

    private static Optional<Actor> subjectOf(SentenceContext s, IndexedWord verb) {
        for (IndexedWord subject : s.childrenExact(verb, "nsubj")) {
            Optional<Arg> a = EventArguments.of(s, subject);
            if (a.isPresent()) {
                return Optional.of(a.get().actor());
            }
        }
        return Optional.empty();
    }

    private static boolean isForce(Fact f) {
        return f.type() == FactType.ENGAGEMENT || f.type() == FactType.STRIKE
                || f.code().map(c -> CodebookRule.FORCE_ROOTS.contains(c.root())).orElse(false);
    }

    private static List<Actor> doers(Fact f) {
        List<Actor> out = new ArrayList<>();
        for (Role r : List.of(Role.SOURCE, Role.ATTACKER, Role.SIDE_A, Role.SPEAKER)) {
            out.addAll(f.all(r));
        }
        return out;
    }
}
