package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dead and wounded that a sentence counts for a strike or a battle, within the clause of its trigger: "Russian
 * missiles hit Kyiv, killing at least 12 people", "the air strike killed five civilians and wounded 20", "30 soldiers
 * were killed in the shelling", "four people died in the attack", "the clashes left 12 deaths", and the clause that a
 * trigger's adverbial clause depends on ("12 people were killed when Israel struck Gaza"). Counts outside that clause
 * (another event in a reported-speech or parenthetical clause) are not taken, and an event keeps no count rather than
 * a guess.
 */
final class Casualties {
    private static final Set<String> KILLING = Set.of("kill");
    private static final Set<String> WOUNDING = Set.of("wound", "injure");
    private static final Set<String> DYING = Set.of("die");
    private static final Set<String> DEATH_NOUNS = Set.of("death", "fatality");
    /** Clauses that state something else: reported speech and parentheticals. */
    private static final Set<String> OTHER_CLAUSES = Set.of("ccomp", "parataxis");
    /** How far up from a noun trigger the clause's verb is looked for ("strikes" in "the strikes killed 12"). */
    private static final int MAX_HOPS = 3;

    private Casualties() {
    }

    /** Sets the fact's counts of killed and injured from the trigger's clause, when the sentence gives them. */
    static void addTo(SentenceContext s, IndexedWord trigger, Fact fact) {
        IndexedWord clause = clauseOf(s, trigger);
        Bounds killed = null;
        Bounds injured = null;
        List<IndexedWord> words = new ArrayList<>(s.subtree(clause, OTHER_CLAUSES));
        if (s.relationToParent(clause).startsWith("advcl")) {
            s.parent(clause).ifPresent(words::add);
        }
        for (IndexedWord w : words) {
            String lemma = SentenceContext.lemma(w);
            if (w.tag().startsWith("VB") && KILLING.contains(lemma)) {
                killed = first(killed, victims(s, w));
            } else if (w.tag().startsWith("VB") && WOUNDING.contains(lemma)) {
                injured = first(injured, victims(s, w));
            } else if (w.tag().startsWith("VB") && DYING.contains(lemma)) {
                killed = first(killed, count(s, s.children(w, "nsubj")));
            } else if (w.tag().startsWith("NN") && DEATH_NOUNS.contains(lemma)) {
                killed = first(killed, s.countOf(w).flatMap(Bounds::of).orElse(null));
            }
        }
        if (killed != null || injured != null) {
            fact.casualties(killed, injured);
        }
    }

    /** The trigger itself when it is a verb, else the verb governing it ("the strikes killed 12": "killed"). */
    private static IndexedWord clauseOf(SentenceContext s, IndexedWord trigger) {
        IndexedWord w = trigger;
        for (int hops = 0; hops < MAX_HOPS && !w.tag().startsWith("VB"); hops++) {
            Optional<IndexedWord> parent = s.parent(w);
            if (parent.isEmpty() || OTHER_CLAUSES.contains(s.relationToParent(w))) {
                return trigger;
            }
            w = parent.get();
        }
        return w.tag().startsWith("VB") ? w : trigger;
    }

    /** Who was killed or wounded: the object, or the subject of the passive ("12 people were killed"). */
    private static Bounds victims(SentenceContext s, IndexedWord verb) {
        return count(s, SentenceContext.concat(s.children(verb, "obj"), s.childrenExact(verb, "nsubj:pass")));
    }

    private static Bounds count(SentenceContext s, List<IndexedWord> words) {
        for (IndexedWord w : words) {
            Optional<Bounds> b = s.amountOf(w).flatMap(Bounds::of);
            if (b.isPresent()) {
                return b.get();
            }
        }
        return null;
    }

    private static Bounds first(Bounds current, Bounds next) {
        return current != null ? current : next;
    }
}
