package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.Mention;
import org.entente.link.MentionKind;

/**
 * Who acts in the events of the newer rules (votes, memberships, expulsions, withdrawals, strikes): a state named as
 * such or by its capital ("Athens expelled"), a state's forces or weapons ("Israeli jets", "Russia's army"), and the
 * modality of obligation ("must leave" is planned, as the text gives it as required, not done).
 */
final class EventActors {
    /** Things that carry out a state's use of force: forces, and the weapons that stand for them. */
    static final Set<String> ARMED = Set.of("jet", "aircraft", "warplane", "bomber", "drone", "missile", "rocket",
            "artillery", "helicopter", "navy", "military", "army", "warship", "tank", "air force");
    private static final Set<String> OBLIGATION = Set.of("must", "ought");
    /** Nouns whose infinitive complement is intended, not yet done: "his plan to leave the EU", "efforts to complete". */
    private static final Set<String> INTENT_NOUNS = Set.of("plan", "effort", "attempt", "bid", "intention", "intent",
            "decision", "threat", "promise", "pledge", "proposal", "offer", "push", "campaign", "call", "demand", "wish",
            "desire", "readiness", "willingness", "ambition", "goal", "aim", "hope", "order", "request", "vote");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "provided");
    /** Adjectives that make an event noun future: "the pending exit", "the proposed withdrawal". */
    private static final Set<String> PENDING = Set.of("pending", "planned", "proposed", "upcoming", "imminent",
            "expected", "scheduled", "future", "intended", "impending", "forthcoming");
    /** Adjectives that make an event noun only possible: "a possible withdrawal", "a potential strike". */
    private static final Set<String> POSSIBLE = Set.of("possible", "potential", "hypothetical", "likely", "probable",
            "eventual", "feared", "alleged", "rumored", "rumoured");
    /** Verbs whose infinitive complement is decided, not yet done: "voted to leave the EU". */
    private static final Set<String> DECIDING = Set.of("vote", "decide", "resolve", "choose", "opt");

    private EventActors() {
    }

    /**
     * The state a noun phrase names as an acting state: the state itself, a capital standing for it, or the state
     * that modifies forces or weapons ("North Korean troops", "Russia's missiles"); never a person, a company or a
     * place that is only a place.
     */
    static Optional<Actor> actingState(SentenceContext s, IndexedWord head) {
        Optional<Mention> m = s.mentionAt(head);
        if (m.isPresent() && m.get().kind() == MentionKind.DEMONYM) {
            return Optional.empty();
        }
        if (m.isPresent()) {
            Actor a = m.get().actor();
            if (a.kind() == ActorKind.STATE) {
                return Optional.of(a);
            }
            if (SentenceContext.isMetonym(m.get())) {
                return s.asState(a);
            }
            return Optional.empty();
        }
        String lemma = SentenceContext.lemma(head);
        if ((Vocabulary.FORCES.contains(lemma) && !lemma.equals("worker")) || ARMED.contains(lemma)
                || lemma.equals("government")) {
            return s.actorsOf(head).stream().filter(a -> a.kind() == ActorKind.STATE).findFirst();
        }
        return Optional.empty();
    }

    /**
     * The state that a modifier of an event noun names: "the Saudi air strike", "Russia's withdrawal", "the US
     * exit"; here a demonym counts, as it qualifies the event, not people.
     */
    static Optional<Actor> modifierState(SentenceContext s, List<IndexedWord> modifiers) {
        for (IndexedWord w : modifiers) {
            Optional<Mention> m = s.mentionAt(w);
            if (m.isPresent() && m.get().kind() == MentionKind.DEMONYM && m.get().actor().kind() == ActorKind.STATE) {
                return Optional.of(m.get().actor());
            }
            Optional<Actor> a = actingState(s, w);
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    /** The first acting state among the words. */
    static Optional<Actor> actingState(SentenceContext s, List<IndexedWord> words) {
        for (IndexedWord w : words) {
            Optional<Actor> a = actingState(s, w);
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    /** The acting state of a verb: its active subject, else the agent of its passive ("by Poland"). */
    static Optional<Actor> subjectState(SentenceContext s, IndexedWord verb) {
        return actingState(s, s.activeSubjects(verb)).or(() -> actingState(s, s.childrenExact(verb, "obl:agent")));
    }

    /**
     * A verb's modality, where an obligation ("Britain must leave") and a decision ("voted to leave") count as
     * planned: the text gives the act as required or decided, not as done. A verb under a condition is hypothetical,
     * negated or not ("if the Syrian government does not withdraw" is no refusal).
     */
    static Modality modality(SentenceContext s, IndexedWord verb) {
        if (conditional(s, verb)) {
            return Modality.HYPOTHETICAL;
        }
        Modality m = s.modalityOf(verb);
        if (m != Modality.ASSERTED) {
            return m;
        }
        if (s.children(verb, "aux").stream().anyMatch(a -> OBLIGATION.contains(a.word().toLowerCase(Locale.ROOT)))) {
            return Modality.PLANNED;
        }
        if (decided(s, verb) || intended(s, verb)) {
            return Modality.PLANNED;
        }
        return m;
    }

    /**
     * A noun event's modality ({@link SentenceContext#modalityOfNoun}), where an event governed by an intended act is
     * planned too: "his efforts to complete the withdrawal of the United Kingdom from the EU".
     */
    static Modality nounModality(SentenceContext s, IndexedWord noun) {
        for (IndexedWord a : s.children(noun, "amod")) {
            String adj = a.word().toLowerCase(Locale.ROOT);
            if (PENDING.contains(adj)) {
                return Modality.PLANNED;
            }
            if (POSSIBLE.contains(adj)) {
                return Modality.HYPOTHETICAL;
            }
        }
        Modality m = s.modalityOfNoun(noun);
        if (m != Modality.ASSERTED || s.relationToParent(noun).startsWith("nsubj")) {
            return m;
        }
        Optional<IndexedWord> governor = s.parent(noun);
        for (int hops = 0; governor.isPresent() && hops < 3; hops++) {
            if (governor.get().tag().startsWith("VB")) {
                return modality(s, governor.get());
            }
            governor = s.parent(governor.get());
        }
        return m;
    }

    /**
     * A clause under "if", "unless", "whether" or "provided" states a condition, not a fact: "if the Senate voted
     * against him".
     */
    static boolean conditional(SentenceContext s, IndexedWord verb) {
        return s.children(verb, "mark").stream().anyMatch(m -> CONDITIONS.contains(m.word().toLowerCase(Locale.ROOT)));
    }

    /** Whether a verb is the infinitive complement of a noun of intent ("a plan to join", "efforts to complete"). */
    static boolean intended(SentenceContext s, IndexedWord verb) {
        String rel = s.relationToParent(verb);
        return rel.startsWith("acl") && !rel.equals("acl:relcl")
                && s.parent(verb).map(p -> INTENT_NOUNS.contains(SentenceContext.lemma(p))).orElse(false);
    }

    /** Whether a verb is the infinitive complement of a decision ("voted to disband", "decided to join"). */
    static boolean decided(SentenceContext s, IndexedWord verb) {
        return s.relationToParent(verb).startsWith("xcomp")
                && s.parent(verb).map(p -> DECIDING.contains(SentenceContext.lemma(p))).orElse(false);
    }

    /** Whether a word has a particle such as "out" or "back" ("pulled out", "pulled back"). */
    static boolean hasParticle(SentenceContext s, IndexedWord verb, Set<String> particles) {
        return s.children(verb, "compound:prt").stream()
                .anyMatch(p -> particles.contains(p.word().toLowerCase(Locale.ROOT)))
                || s.children(verb, "advmod").stream().anyMatch(p -> particles.contains(p.word().toLowerCase(Locale.ROOT)));
    }

    /** The date of the clause a trigger heads, not of clauses it embeds. */
    static void date(SentenceContext s, IndexedWord trigger, Fact fact) {
        s.dateOfClause(trigger).ifPresent(fact::date);
    }
}
