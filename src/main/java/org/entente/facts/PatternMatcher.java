package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.codebook.Codebook;
import org.entente.codebook.PrepTerm;
import org.entente.codebook.Term;
import org.entente.codebook.VerbEntry;
import org.entente.codebook.VerbPattern;

/**
 * The one generic matcher of the codebook against a dependency parse. A verb entry matches when its phrase's other
 * words stand with the verb ("ask for", "cordon off"); a pattern of its block matches when each of its subject terms is
 * found in the verb's subject, each object term in the rest of the verb's clause (object, complements, prepositional
 * phrases), and each prepositional term as a phrase with that preposition. The most specific match wins; the verb's own
 * code applies when no pattern matches.
 */
final class PatternMatcher {
    /** Relations from the verb that lead out of its clause or to its subject. */
    private static final Set<String> NOT_OBJECT = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "csubj", "conj", "cc",
            "parataxis", "advcl", "punct", "mark", "aux", "aux:pass", "cop", "acl:relcl", "discourse", "vocative",
            "obl:agent", "ref", "dep");
    /**
     * Phrases that say when or despite what the verb happened, not what it acted on: "rejected every offer after the
     * 9/11 attacks" is no denial of attacks.
     */
    private static final Set<String> CIRCUMSTANCES = Set.of("obl:tmod", "obl:npmod", "obl:after", "obl:before",
            "obl:during", "obl:since", "obl:until", "obl:following", "obl:amid", "obl:despite", "obl:in_spite_of",
            "obl:ahead_of", "obl:prior_to");
    private static final Set<String> CLAUSE_STOPS = Set.of("acl:relcl", "parataxis", "advcl", "conj");
    /**
     * Where an object's words end: also at a clause that modifies a noun of the object ("rejected the appeal of a man
     * convicted on charges" is no dismissal of charges).
     */
    private static final Set<String> OBJECT_STOPS = Set.of("acl", "parataxis", "advcl", "conj");

    /** A match: the code, the entry that gave it, whether its roles are reversed, and how specific it was. */
    record Match(String code, String entry, boolean reverse, int specificity) {
    }

    private final Codebook codebook;

    PatternMatcher(Codebook codebook) {
        this.codebook = codebook;
    }

    Optional<Match> match(SentenceContext s, IndexedWord verb) {
        String lemma = SentenceContext.lemma(verb);
        List<VerbEntry> entries = codebook.verbs(lemma);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Region subject = new Region(s, subjectRegion(s, verb));
        Region object = new Region(s, objectRegion(s, verb));
        Match best = null;
        for (VerbEntry e : entries) {
            if (!phraseFits(s, verb, e)) {
                continue;
            }
            int phraseBonus = 2 * (e.before().size() + e.after().size());
            if (!e.code().isEmpty()) {
                best = better(best, new Match(e.code(), e.block() + ":" + e.lemma(), false, phraseBonus));
            }
            for (VerbPattern p : codebook.patterns(e.block())) {
                if (best != null && p.specificity() + phraseBonus <= best.specificity()) {
                    break;
                }
                if (fits(s, verb, p, subject, object)) {
                    best = better(best, new Match(p.code(), p.id(), p.reverse(), p.specificity() + phraseBonus));
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Match better(Match a, Match b) {
        return a == null || b.specificity() > a.specificity() ? b : a;
    }

    /** Whether the other words of a verb phrase stand with the verb: particles, prepositions or adjacent words. */
    private static boolean phraseFits(SentenceContext s, IndexedWord verb, VerbEntry e) {
        for (int i = 0; i < e.after().size(); i++) {
            String w = e.after().get(i);
            if (!adjacent(s, verb.index() + 1 + i, w) && !hasChild(s, verb, w)
                    || s.isTime(verb.index() + 2 + i) || particleBeforeTime(s, verb, w)) {
                return false;
            }
        }
        for (int i = 0; i < e.before().size(); i++) {
            if (!adjacent(s, verb.index() - e.before().size() + i, e.before().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean adjacent(SentenceContext s, int index, String word) {
        return index >= 1 && index <= s.tokens().size()
                && s.tokens().get(index - 1).word().toLowerCase(Locale.ROOT).equals(word);
    }

    /** Whether the parser read a preposition before a time as the verb's particle ("called X on Wednesday to"). */
    private static boolean particleBeforeTime(SentenceContext s, IndexedWord verb, String word) {
        return s.childrenExact(verb, "compound:prt").stream()
                .anyMatch(p -> p.word().equalsIgnoreCase(word) && s.isTime(p.index() + 1));
    }

    /** A particle of the verb: "cordoned the area off". */
    private static boolean hasChild(SentenceContext s, IndexedWord verb, String word) {
        return s.childrenExact(verb, "compound:prt").stream().anyMatch(p -> p.word().equalsIgnoreCase(word));
    }

    private static boolean fits(SentenceContext s, IndexedWord verb, VerbPattern p, Region subject, Region object) {
        for (Term t : p.subject()) {
            if (!found(t, subject)) {
                return false;
            }
        }
        for (Term t : p.object()) {
            if (!found(t, object)) {
                return false;
            }
        }
        for (PrepTerm pt : p.preps()) {
            if (!prepFound(s, verb, pt, pt.beforeVerb() ? subject : object)) {
                return false;
            }
        }
        return true;
    }

    /** Whether any alternative of the term occurs as consecutive words of the region (by word or lemma). */
    private static boolean found(Term t, Region region) {
        for (List<String> alt : t.alternatives()) {
            if (region.holds(alt)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A phrase of the verb or of its subject or object introduced by the preposition, whose own phrase holds the
     * term's noun (if any): "agreed with Y", "signed a deal with Y", not a "with" deeper in a clause the verb governs
     * ("agreed to provide Sri Lanka with technology").
     */
    private static boolean prepFound(SentenceContext s, IndexedWord verb, PrepTerm pt, Region region) {
        for (IndexedWord w : region.words()) {
            if (!introducedBy(s, w, pt.prep()) || !phraseOf(s, verb, w)) {
                continue;
            }
            if (pt.noun().isEmpty() || found(pt.noun(), new Region(s, s.subtree(w, CLAUSE_STOPS)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word depends on the verb or on a noun that does. */
    private static boolean phraseOf(SentenceContext s, IndexedWord verb, IndexedWord w) {
        for (IndexedWord parent : s.graph().getParents(w)) {
            if (parent.equals(verb) || !parent.tag().startsWith("VB") && s.graph().getParents(parent).contains(verb)) {
                return true;
            }
        }
        return false;
    }

    private static boolean introducedBy(SentenceContext s, IndexedWord w, String prep) {
        String rel = s.relationToParent(w);
        if (rel.endsWith(":" + prep) && (rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("advcl"))) {
            return true;
        }
        return s.children(w, "case").stream().anyMatch(c -> c.word().equalsIgnoreCase(prep));
    }

    /** The words of the verb's subjects (active or passive), with their phrases. */
    private static List<IndexedWord> subjectRegion(SentenceContext s, IndexedWord verb) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : s.graph().outgoingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") || rel.equals("obl:agent")) {
                out.addAll(s.subtree(e.getDependent(), CLAUSE_STOPS));
            }
        }
        return out;
    }

    /**
     * The words of the verb's clause other than its subject: objects, complements, prepositional phrases. A verb of
     * speech keeps its reported clause apart ("said it would attack" is coded from "attack", with its own subject),
     * and a noun that stops an act keeps that act apart ("announced a suspension of aid" announces no aid; the noun
     * codes the suspension).
     */
    private static List<IndexedWord> objectRegion(SentenceContext s, IndexedWord verb) {
        List<IndexedWord> out = new ArrayList<>();
        boolean speech = Vocabulary.SPEECH_VERBS.contains(SentenceContext.lemma(verb));
        for (SemanticGraphEdge e : s.graph().outgoingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            if (speech && rel.equals("ccomp")) {
                continue;
            }
            if (!NOT_OBJECT.contains(rel) && !NOT_OBJECT.contains(base(rel)) && !CIRCUMSTANCES.contains(rel)
                    && !(rel.startsWith("obl") && s.isTime(e.getDependent().index()))) {
                out.addAll(s.subtree(e.getDependent(), OBJECT_STOPS));
            }
        }
        out.remove(verb);
        for (IndexedWord w : List.copyOf(out)) {
            if (w.tag().startsWith("NN") && Vocabulary.REVERSAL_NOUNS.contains(SentenceContext.lemma(w))) {
                s.children(w, "nmod").forEach(c -> out.removeAll(s.subtree(c, OBJECT_STOPS)));
            }
        }
        return out;
    }

    private static String base(String rel) {
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }

    /**
     * Words of one part of a clause, indexed by their lowercase form and lemma, so that a pattern's phrases (thousands
     * of alternatives for an expanded synset) are looked up rather than scanned for.
     */
    private static final class Region {
        private final List<IndexedWord> words;
        private final Map<Integer, Set<String>> formsAt = new HashMap<>();
        private final Map<String, List<Integer>> startsOf = new HashMap<>();
        /** Words that modify a noun after them ("military" in "military action"): they name no thing themselves. */
        private final Set<Integer> modifiers = new HashSet<>();

        Region(SentenceContext s, Collection<IndexedWord> words) {
            this.words = List.copyOf(words);
            for (IndexedWord w : this.words) {
                if (formsAt.containsKey(w.index())) {
                    continue;
                }
                String rel = s.relationToParent(w);
                if ((rel.equals("amod") || rel.equals("compound"))
                        && s.parent(w).map(p -> p.index() > w.index()).orElse(false)) {
                    modifiers.add(w.index());
                }
                Set<String> forms = new HashSet<>();
                forms.add(s.tokens().get(w.index() - 1).word().toLowerCase(Locale.ROOT));
                String lemma = s.tokens().get(w.index() - 1).lemma();
                if (lemma != null) {
                    forms.add(lemma.toLowerCase(Locale.ROOT));
                }
                formsAt.put(w.index(), forms);
                forms.forEach(f -> startsOf.computeIfAbsent(f, k -> new ArrayList<>()).add(w.index()));
            }
        }

        List<IndexedWord> words() {
            return words;
        }

        /**
         * Whether the phrase stands here as consecutive words, each matched by its word or its lemma, and names a thing:
         * its last word does not modify a noun after it ("troops", not the "military" of "military action").
         */
        boolean holds(List<String> phrase) {
            for (int start : startsOf.getOrDefault(phrase.get(0), List.of())) {
                int i = 1;
                while (i < phrase.size() && formsAt.getOrDefault(start + i, Set.of()).contains(phrase.get(i))) {
                    i++;
                }
                if (i == phrase.size() && !modifiers.contains(start + i - 1)) {
                    return true;
                }
            }
            return false;
        }
    }
}
