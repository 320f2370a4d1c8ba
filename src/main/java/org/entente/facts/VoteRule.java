package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.Mention;

/**
 * Votes of parliaments, councils and assemblies: "the Senate voted to confirm the nominee", "parliament passed the
 * budget", "the bill was approved by the National Assembly", "the Security Council adopted a resolution", "the
 * chamber rejected the motion". Only a deliberative body votes here: voters in an election, parties and people are
 * not bodies, so election reports yield no vote events. What was voted on is kept as text (the motion).
 */
final class VoteRule implements Rule {
    /** Head nouns that name a deliberative body. */
    static final Set<String> BODY_NOUNS = Set.of("parliament", "congress", "senate", "house", "assembly", "council",
            "legislature", "chamber", "duma", "knesset", "bundestag", "commons", "lords", "diet", "rada", "sejm",
            "majlis", "cortes", "storting", "riksdag", "folketing", "oireachtas", "dail");
    /** Verbs by which a body decides on a motion. */
    private static final Set<String> DECIDING = Set.of("pass", "approve", "adopt", "ratify", "reject", "dismiss",
            "defeat");
    /** What a body passes, approves or rejects by vote ("passed the budget", not "passed the test"); a pronoun is taken as one. */
    private static final Set<String> MOTIONS = Set.of("bill", "law", "resolution", "motion", "amendment", "budget",
            "legislation", "act", "measure", "treaty", "agreement", "deal", "accord", "proposal", "plan", "ordinance",
            "reform", "constitution", "nomination", "nominee", "appointment", "referendum", "decree", "package",
            "ban", "tax", "code", "statute", "convention", "protocol", "charter", "declaration", "bailout", "loan",
            "aid", "sanction", "ceasefire", "impeachment", "article", "censure", "confidence", "recommendation",
            "report", "change");
    /** Nouns for part of a body: "the new members of the House voted". */
    private static final Set<String> PART_NOUNS = Set.of("member", "majority", "most", "half", "two-thirds",
            "third", "delegate");
    private static final Set<String> CLAUSE_EDGES = Set.of("acl:relcl", "conj", "cc", "punct", "parataxis",
            "nsubj", "ref");

    @Override
    public List<Fact> apply(SentenceContext s) {
        List<Fact> out = new ArrayList<>();
        for (IndexedWord w : s.unquotedWords()) {
            if (!w.tag().startsWith("VB")) {
                continue;
            }
            String lemma = SentenceContext.lemma(w);
            if (lemma.equals("vote")) {
                vote(s, w).ifPresent(out::add);
            } else if (DECIDING.contains(lemma)) {
                decision(s, w, lemma).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "X voted to pass / for / against / on Y". */
    private Optional<Fact> vote(SentenceContext s, IndexedWord verb) {
        Optional<Actor> body = bodyOf(s, SentenceContext.concat(s.activeSubjects(verb), s.childrenExact(verb, "obl:agent")));
        if (body.isEmpty()) {
            return Optional.empty();
        }
        String motion = null;
        for (IndexedWord x : s.children(verb, "xcomp")) {
            motion = phrase(s, x, true);
        }
        for (String rel : List.of("obl:for", "obl:on", "obl:against", "obl:in_favor_of", "obl:in_favour_of")) {
            for (IndexedWord o : s.childrenExact(verb, rel)) {
                motion = motion != null ? motion : phrase(s, o, false);
            }
        }
        return Optional.of(fact(s, verb, body.get(), motion));
    }

    /** "X passed/approved/rejected Y", "Y was approved by X". */
    private Optional<Fact> decision(SentenceContext s, IndexedWord verb, String lemma) {
        if (s.relationToParent(verb).startsWith("xcomp") && s.parent(verb).map(p -> SentenceContext.lemma(p)
                .equals("vote")).orElse(false)) {
            return Optional.empty();
        }
        List<IndexedWord> objects = SentenceContext.concat(s.children(verb, "obj"), s.childrenExact(verb, "nsubj:pass"));
        if (objects.isEmpty()) {
            return Optional.empty();
        }
        IndexedWord object = objects.get(0);
        boolean pronoun = object.tag().startsWith("PRP") || object.tag().startsWith("WDT");
        if (!pronoun && !MOTIONS.contains(SentenceContext.lemma(object))) {
            return Optional.empty();
        }
        List<IndexedWord> agents = s.childrenExact(verb, "nsubj:pass").isEmpty() ? s.activeSubjects(verb)
                : s.childrenExact(verb, "obl:agent");
        Optional<Actor> body = bodyOf(s, agents);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fact(s, verb, body.get(), pronoun ? null : phrase(s, object, false)));
    }

    private static Fact fact(SentenceContext s, IndexedWord verb, Actor body, String motion) {
        Fact fact = new Fact(FactType.VOTE, s.evidence()).add(Role.VOTING_BODY, body)
                .modality(EventActors.modality(s, verb));
        if (motion != null && !motion.isBlank()) {
            fact.quote(motion, false);
        }
        EventActors.date(s, verb, fact);
        return fact;
    }

    /**
     * The first body among the words: a named body, a body noun named as the text names it ("the city council", "the
     * Parliament of Iraq"), or the body a part belongs to ("members of the House").
     */
    private static Optional<Actor> bodyOf(SentenceContext s, List<IndexedWord> words) {
        for (IndexedWord w : words) {
            Optional<Actor> body = body(s, w, 0);
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
    }

    private static Optional<Actor> body(SentenceContext s, IndexedWord w, int depth) {
        Optional<Mention> m = s.mentionAt(w);
        String lemma = SentenceContext.lemma(w);
        if (m.isPresent() && (!isBody(m.get().actor()) || m.get().tokenEnd() - m.get().tokenBegin() > 1)) {
            return Optional.of(m.get().actor()).filter(VoteRule::isBody);
        }
        if (PART_NOUNS.contains(lemma) && depth == 0) {
            for (IndexedWord of : s.childrenExact(w, "nmod:of")) {
                Optional<Actor> body = body(s, of, 1);
                if (body.isPresent()) {
                    return body;
                }
            }
            return Optional.empty();
        }
        if (!BODY_NOUNS.contains(lemma) || !w.tag().startsWith("NN")) {
            return Optional.empty();
        }
        int first = w.index();
        for (IndexedWord c : SentenceContext.concat(s.children(w, "compound"), s.children(w, "amod"))) {
            if (c.index() < first) {
                first = c.index();
            }
        }
        int last = w.index();
        for (IndexedWord of : s.childrenExact(w, "nmod:of")) {
            Optional<Mention> where = s.mentionAt(of);
            if (where.isPresent() && (where.get().actor().kind() == ActorKind.STATE
                    || where.get().actor().kind() == ActorKind.PLACE)) {
                last = Math.max(last, where.get().tokenEnd());
            }
        }
        if (m.isPresent() && first == w.index() && last == w.index()) {
            return Optional.of(m.get().actor());
        }
        return Optional.of(Actor.local(ActorKind.GOVERNMENT_BODY, s.span(first, last)));
    }

    /** A named organization whose name says it is a deliberative body ("House of Representatives", "UN General Assembly"). */
    private static boolean isBody(Actor a) {
        if (!a.kind().isOrganization()) {
            return false;
        }
        String label = a.label().toLowerCase(Locale.ROOT);
        if (label.contains("white house") || label.contains("opera house")) {
            return false;
        }
        for (String word : label.split("[^\\p{L}]+")) {
            if (BODY_NOUNS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a phrase, without relative clauses and, for an infinitive, without its "to". */
    private static String phrase(SentenceContext s, IndexedWord head, boolean infinitive) {
        Set<IndexedWord> words = s.subtree(head, CLAUSE_EDGES);
        if (infinitive) {
            words.removeAll(s.children(head, "mark"));
        }
        for (IndexedWord c : s.children(head, "obl")) {
            if ("DATE".equals(s.tokens().get(c.index() - 1).ner())) {
                words.removeAll(s.subtree(c, CLAUSE_EDGES));
            }
        }
        words.removeIf(x -> s.relationToParent(x).equals("case") && s.parent(x).map(p -> p.equals(head)).orElse(false));
        if (words.isEmpty()) {
            return null;
        }
        int from = words.stream().mapToInt(IndexedWord::index).min().orElseThrow();
        int to = words.stream().mapToInt(IndexedWord::index).max().orElseThrow();
        return s.span(from, to).replaceAll("^[\"\u201C\u201D']+|[\"\u201C\u201D']+$", "");
    }
}
