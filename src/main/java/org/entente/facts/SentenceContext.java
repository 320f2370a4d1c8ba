package org.entente.facts;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.ActorRegistry;
import org.entente.link.ArticleMentions;
import org.entente.link.Mention;
import org.entente.link.MentionKind;

/**
 * One sentence as the rules see it: tokens, the enhanced++ dependency graph, the actor mentions, and the helpers that
 * turn a noun phrase into an actor, a date, a number or a modality.
 */
public final class SentenceContext {
    /** Entity types of time expressions. */
    private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't");
    private static final Set<String> HEDGES = Set.of("may", "might", "could", "would", "should", "can");
    private static final Set<String> FUTURES = Set.of("will", "shall");
    /** Verbs whose "would" states a present wish, not a future act: "said she would prefer", "would like to". */
    private static final Set<String> WISHING = Set.of("like", "prefer", "love", "want", "wish", "welcome",
            "appreciate", "rather");
    private static final Set<String> PLANNING = Set.of("willing", "ready", "prepared", "determined", "eager",
            "plan", "intend", "threaten", "prepare", "pledge", "promise",
            "vow", "consider", "propose", "aim", "seek", "offer", "expect", "agree");
    private static final Set<String> DENYING = Set.of("refuse", "deny", "decline", "reject", "fail", "stop", "halt");
    /** Verbs whose clause says what someone foresees or supposes, not what happened: "predicts X defeats Y". */
    private static final Set<String> FORESEEING = Set.of("predict", "forecast", "speculate", "expect", "anticipate",
            "imagine", "suppose", "guess", "fear", "suggest", "hope", "wonder", "project");
    private static final Set<String> PERMITTING = Set.of("allow", "authorize", "authorise", "permit", "approve",
            "arrange", "schedule", "organize", "organise", "discuss", "request", "call");
    private static final Set<String> CANCELLING = Set.of("cancel", "postpone", "suspend", "scrap", "rule", "abandon",
            "call off");
    /** Relations to clauses with facts of their own: a clause's date is not looked for in them. */
    private static final Set<String> EMBEDDED_CLAUSES = Set.of("ccomp", "parataxis", "conj", "advcl", "acl:relcl");
    /** A noun in these relations is the time of another event ("during the meeting"), so it happened. */
    private static final Pattern TIME_OF_EVENT = Pattern.compile("(obl|nmod):(during|after|since|at)");
    private static final Set<String> COLLECTIVES = Set.of("number", "some", "thousands", "hundreds", "part", "unit",
            "units", "contingent", "delegation");

    private final int index;
    private final CoreSentence sentence;
    private final ArticleMentions mentions;
    private final ActorRegistry registry;
    private final String text;
    private final LocalDate articleDate;
    private final Discourse discourse;
    private List<IndexedWord> unquoted;

    SentenceContext(int index, CoreSentence sentence, ArticleMentions mentions, ActorRegistry registry, String text,
            LocalDate articleDate, Discourse discourse) {
        this.index = index;
        this.discourse = discourse;
        this.sentence = sentence;
        this.mentions = mentions;
        this.registry = registry;
        this.text = text;
        this.articleDate = articleDate;
    }

    /** The publication date, when known: what "the president" and relative dates are resolved against. */
    public Optional<LocalDate> articleDate() {
        return Optional.ofNullable(articleDate);
    }

    /** What the article's sentences before this one did (see {@link Discourse}). */
    Discourse discourse() {
        return discourse;
    }

    public int index() {
        return index;
    }

    public SemanticGraph graph() {
        return sentence.dependencyParse();
    }

    public List<CoreLabel> tokens() {
        return sentence.tokens();
    }

    public ActorRegistry registry() {
        return registry;
    }

    public ArticleMentions mentions() {
        return mentions;
    }

    /** The text from a character offset to the end of its line (paragraph), as evidence of the article. */
    public Evidence toLineEnd(int begin) {
        int end = text.indexOf('\n', begin);
        end = end < 0 ? text.length() : end;
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Evidence(begin, end, text.substring(begin, end));
    }

    /** A question asserts nothing: events it mentions are at most hypothetical. */
    public boolean isQuestion() {
        List<CoreLabel> toks = tokens();
        return !toks.isEmpty() && toks.get(toks.size() - 1).word().equals("?");
    }

    public Evidence evidence() {
        int begin = sentence.charOffsets().first();
        int end = sentence.charOffsets().second();
        return new Evidence(begin, end, text.substring(begin, end));
    }

    public List<IndexedWord> words() {
        return graph().vertexListSorted();
    }

    /** The narrator's words, in order: quoted words are someone's speech, not facts the article states. */
    public List<IndexedWord> unquotedWords() {
        if (unquoted == null) {
            unquoted = words().stream().filter(w -> !inQuote(w)).toList();
        }
        return unquoted;
    }

    public static String lemma(IndexedWord w) {
        String lemma = w.lemma();
        return (lemma == null ? w.word() : lemma).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the token at {@code index} (1-based, as words are numbered) is part of a time expression ("on
     * Wednesday", "in 2016"): when, not what or whom, a verb acts on; false past the sentence's end.
     */
    public boolean isTime(int index) {
        return index >= 1 && index <= tokens().size() && TIMES.contains(tokens().get(index - 1).ner());
    }

    public boolean inQuote(IndexedWord w) {
        return mentions.quotes().inside(w.beginPosition(), w.endPosition());
    }

    /** Children of a word whose relation name is {@code rel} or starts with {@code rel + ":"}. */
    public List<IndexedWord> children(IndexedWord w, String rel) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : graph().outgoingEdgeList(w)) {
            String name = e.getRelation().toString();
            if (name.equals(rel) || name.startsWith(rel + ":")) {
                out.add(e.getDependent());
            }
        }
        out.sort(Comparator.comparingInt(IndexedWord::index));
        return out;
    }

    /** Children by exact relation name, e.g. {@code obl:to}. */
    public List<IndexedWord> childrenExact(IndexedWord w, String rel) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : graph().outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals(rel)) {
                out.add(e.getDependent());
            }
        }
        return out;
    }

    /**
     * Subjects of a verb in the active voice, including the controller of an infinitive ("France threatened to impose
     * …" gives France for impose, as enhanced++ dependencies state with {@code nsubj:xsubj}); not passive subjects.
     */
    public List<IndexedWord> activeSubjects(IndexedWord verb) {
        List<IndexedWord> out = new ArrayList<>(childrenExact(verb, "nsubj"));
        out.addAll(childrenExact(verb, "nsubj:xsubj"));
        return out;
    }

    public Optional<IndexedWord> parent(IndexedWord w) {
        return Optional.ofNullable(graph().getParent(w));
    }

    public String relationToParent(IndexedWord w) {
        SemanticGraphEdge e = graph().getEdge(graph().getParent(w), w);
        return e == null ? "root" : e.getRelation().toString();
    }

    public Optional<Mention> mentionAt(IndexedWord w) {
        return mentions.at(index, w.index() - 1);
    }

    /**
     * The actors a noun phrase stands for: the mention at its head, else a demonym, name or possessive modifying it
     * ("North Korean troops", "Russia's war effort", "his country's forces"), following conjunctions ("Ukrainian and
     * Russian troops" gives both). Capitals and places count as their state only where a state is asked for.
     */
    public List<Actor> actorsOf(IndexedWord head) {
        List<Actor> out = new ArrayList<>();
        collectActors(head, out, 0);
        for (IndexedWord conj : children(head, "conj")) {
            collectActors(conj, out, 0);
        }
        return out;
    }

    public Optional<Actor> actorOf(IndexedWord head) {
        return actorsOf(head).stream().findFirst();
    }

    private void collectActors(IndexedWord w, List<Actor> out, int depth) {
        Optional<Mention> m = mentionAt(w);
        if (m.isPresent()) {
            addUnique(out, m.get().actor());
            for (IndexedWord conj : children(w, "conj")) {
                mentionAt(conj).ifPresent(c -> addUnique(out, c.actor()));
            }
            return;
        }
        String lemma = lemma(w);
        if (lemma.equals("country") || lemma.equals("government") || lemma.equals("nation")) {
            for (IndexedWord poss : children(w, "nmod:poss")) {
                if (Set.of("his", "her").contains(lemma(poss)) || Set.of("his", "her").contains(poss.word()
                        .toLowerCase(Locale.ROOT))) {
                    stateOfNearestPerson(poss).ifPresent(s -> addUnique(out, s));
                    return;
                }
            }
        }
        if (depth > 2) {
            return;
        }
        if (Vocabulary.TITLES.contains(lemma)) {
            for (IndexedWord name : concat(children(w, "appos"), children(w, "flat"))) {
                Optional<Mention> person = mentionAt(name).filter(p -> p.actor().kind() == ActorKind.PERSON);
                if (person.isPresent()) {
                    addUnique(out, person.get().actor());
                    return;
                }
            }
        }
        for (String rel : List.of("amod", "compound", "nmod:poss", "nmod:of")) {
            for (IndexedWord child : children(w, rel)) {
                if (rel.equals("nmod:of") && !isForceOrCollective(w)) {
                    continue;
                }
                collectActors(child, out, depth + 1);
            }
        }
    }

    /** The words of both lists, in order: children by two relations at once. */
    static List<IndexedWord> concat(List<IndexedWord> a, List<IndexedWord> b) {
        List<IndexedWord> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static boolean isForceOrCollective(IndexedWord w) {
        return COLLECTIVES.contains(lemma(w)) || Vocabulary.FORCES.contains(lemma(w));
    }

    private static void addUnique(List<Actor> out, Actor a) {
        if (out.stream().noneMatch(x -> x.iri().equals(a.iri()))) {
            out.add(a);
        }
    }

    /** "his country": the state of the nearest person named before the possessive, outside quotes. */
    private Optional<Actor> stateOfNearestPerson(IndexedWord possessive) {
        return nearestPersonBefore(possessive)
                .flatMap(m -> registry.stateOf(m.actor()).or(() -> stateBeforeTitle(m)));
    }

    /** The person named nearest before a word (this sentence or earlier ones), outside quotes: who "he" or "his" is. */
    public Optional<Mention> nearestPersonBefore(IndexedWord w) {
        return mentions.before(index, w.index() - 1).stream()
                .filter(m -> m.actor().kind() == ActorKind.PERSON && !m.inQuote()).findFirst();
    }

    /** "Ukrainian President Volodymyr Zelenskyy": the state named just before a person's title. */
    private Optional<Actor> stateBeforeTitle(Mention person) {
        return mentions.inSentence(person.sentence()).stream()
                .filter(m -> m.actor().kind() == ActorKind.STATE && m.tokenEnd() <= person.tokenBegin()
                        && person.tokenBegin() - m.tokenEnd() <= 3)
                .map(Mention::actor).reduce((a, b) -> b);
    }

    /**
     * "Egyptian foreign minister Sameh Shoukry", "Russia's ambassador Anatoly Antonov": the state named just before a
     * person's name when every word between them belongs to a government title with a head such as minister,
     * president or ambassador, or the name itself starts with such a head ("the United Kingdom's Queen Elizabeth II");
     * empty for other titles ("Russian opposition leader", "French professor").
     */
    public Optional<Actor> stateTitling(Mention person) {
        for (Mention m : mentions.inSentence(person.sentence())) {
            if (m.actor().kind() != ActorKind.STATE || m.tokenEnd() > person.tokenBegin()
                    || person.tokenBegin() - m.tokenEnd() > 4 || person.tokenBegin() == m.tokenEnd()) {
                continue;
            }
            boolean head = Vocabulary.STATE_TITLE_HEADS.contains(
                    sentence.tokens().get(person.tokenBegin()).word().toLowerCase(Locale.ROOT));
            boolean title = true;
            for (int t = m.tokenEnd(); t < person.tokenBegin(); t++) {
                String word = sentence.tokens().get(t).word().toLowerCase(Locale.ROOT);
                head |= Vocabulary.STATE_TITLE_HEADS.contains(word);
                title &= Vocabulary.STATE_TITLE_HEADS.contains(word) || Vocabulary.STATE_TITLE_WORDS.contains(word);
            }
            if (head && title) {
                return Optional.of(m.actor());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a state's mention (in any sentence of the document) names the state of an official: a government title
     * head follows it within four words, through other title words or names ("Greek foreign minister", "his Greek
     * and Cypriot counterparts", "Egypt's foreign minister Sameh Shoukry").
     */
    public boolean titledAfter(Mention state) {
        List<CoreLabel> toks = sentence.document().sentences().get(state.sentence()).tokens();
        for (int t = state.tokenEnd(); t < Math.min(toks.size(), state.tokenEnd() + 5); t++) {
            String word = toks.get(t).word().toLowerCase(Locale.ROOT);
            if (Vocabulary.STATE_TITLE_HEADS.contains(word) || Vocabulary.STATE_TITLE_HEADS.contains(
                    toks.get(t).lemma() == null ? word : toks.get(t).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            boolean demonym = mentions.at(state.sentence(), t).isPresent();
            if (!demonym && !Vocabulary.STATE_TITLE_WORDS.contains(word) && !word.equals(",") && !word.equals("and")) {
                return false;
            }
        }
        return false;
    }

    /** The state an actor stands for: a state itself, the state of a capital used as metonym, of a place or office. */
    public Optional<Actor> asState(Actor actor) {
        return registry.stateOf(actor);
    }

    /** All words in the subtree of {@code w}, not descending into the given relations (e.g. ccomp). */
    public Set<IndexedWord> subtree(IndexedWord w, Set<String> stopRelations) {
        Set<IndexedWord> seen = new TreeSet<>(Comparator.comparingInt(IndexedWord::index));
        List<IndexedWord> todo = new ArrayList<>(List.of(w));
        while (!todo.isEmpty()) {
            IndexedWord x = todo.remove(todo.size() - 1);
            if (!seen.add(x)) {
                continue;
            }
            for (SemanticGraphEdge e : graph().outgoingEdgeList(x)) {
                String rel = e.getRelation().toString();
                String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
                if (!stopRelations.contains(base) && !stopRelations.contains(rel)) {
                    todo.add(e.getDependent());
                }
            }
        }
        return seen;
    }

    /** The date of the clause a word heads, not of the clauses it embeds (reported speech, relative clauses...). */
    public Optional<FactDate> dateOfClause(IndexedWord head) {
        return dateIn(subtree(head, EMBEDDED_CLAUSES));
    }

    /** The first resolvable date expressed among the words (SUTime DATE entities, anchored on the article date). */
    public Optional<FactDate> dateIn(Set<IndexedWord> words) {
        for (IndexedWord w : words) {
            CoreLabel token = tokens().get(w.index() - 1);
            if (!"DATE".equals(token.ner())) {
                continue;
            }
            Timex timex = token.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null) {
                String phrase = dateText(w.index() - 1);
                Optional<FactDate> date = FactDate.ofTimex(phrase, timex.value());
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private String dateText(int tokenIndex) {
        List<CoreLabel> toks = tokens();
        int first = tokenIndex;
        int last = tokenIndex;
        while (first > 0 && "DATE".equals(toks.get(first - 1).ner())) {
            first--;
        }
        while (last + 1 < toks.size() && "DATE".equals(toks.get(last + 1).ner())) {
            last++;
        }
        if (first > 0 && Set.of("in", "on", "since", "last", "this", "next", "during")
                .contains(toks.get(first - 1).word().toLowerCase(Locale.ROOT))) {
            first--;
        }
        return text.substring(toks.get(first).beginPosition(), toks.get(last).endPosition());
    }

    /** Whether a verb carries its own negation ("not", "never", "n't"), not one of a verb governing it. */
    public boolean negatedItself(IndexedWord verb) {
        return !children(verb, "neg").isEmpty() || children(verb, "advmod").stream()
                .anyMatch(a -> NEGATIONS.contains(a.word().toLowerCase(Locale.ROOT)));
    }

    /** How sure the clause headed by {@code verb} is: negated, planned, hedged, or asserted. */
    public Modality modalityOf(IndexedWord verb) {
        if (negatedItself(verb)) {
            return Modality.NEGATED;
        }
        for (IndexedWord aux : children(verb, "aux")) {
            String a = lemma(aux);
            if (HEDGES.contains(a) || HEDGES.contains(aux.word().toLowerCase(Locale.ROOT))) {
                return reportedFuture(verb, aux) ? Modality.PLANNED : Modality.HYPOTHETICAL;
            }
            if (FUTURES.contains(a) || FUTURES.contains(aux.word().toLowerCase(Locale.ROOT))) {
                return Modality.PLANNED;
            }
        }
        IndexedWord governor = graph().getParent(verb);
        if (governor != null && relationToParent(verb).equals("ccomp") && FORESEEING.contains(lemma(governor))) {
            return Modality.HYPOTHETICAL;
        }
        if (governor != null && relationToParent(verb).startsWith("xcomp")) {
            String g = lemma(governor);
            if (DENYING.contains(g)) {
                return Modality.NEGATED;
            }
            if (PLANNING.contains(g)) {
                return Modality.PLANNED;
            }
            return modalityOf(governor);
        }
        return Modality.ASSERTED;
    }

    /**
     * Whether "would" is the future of a past report, the speaker's own act: "Ethiopia said it would allow the WFP to
     * deliver food" reports "we will allow". Not when another's act is foreseen ("Russia said Ukraine would attack")
     * or predicted ("expected it would"), nor a wish ("said she would prefer"), nor when a condition hangs on it
     * ("said it would attend if invited").
     */
    private boolean reportedFuture(IndexedWord verb, IndexedWord aux) {
        IndexedWord governor = graph().getParent(verb);
        if (!aux.word().equalsIgnoreCase("would") || governor == null || !relationToParent(verb).equals("ccomp")
                || !governor.tag().matches("VBD|VBN") || !Vocabulary.SPEECH_VERBS.contains(lemma(governor))
                || FORESEEING.contains(lemma(governor)) || WISHING.contains(lemma(verb))) {
            return false;
        }
        boolean speakersOwn = children(verb, "nsubj").stream().anyMatch(n -> n.tag().equals("PRP"));
        boolean conditioned = subtree(verb, Set.of("ccomp", "acl:relcl", "parataxis")).stream()
                .filter(w -> relationToParent(w).startsWith("advcl")).anyMatch(c -> EventActors.conditional(this, c));
        return speakersOwn && !conditioned;
    }

    /**
     * How sure a fact named by a noun is, from the verb that governs it: "arrange a meeting", "allowed deployments",
     * "plans for a summit" are planned; "cancelled the talks", "ruled out a deployment" negated; otherwise the
     * governing verb's own modality. A noun that is the subject of its verb, or the time of another event ("during the
     * meeting", "after the summit"), is presupposed, not hedged: in "the deployment would pose risks" the deployment is
     * asserted.
     */
    public Modality modalityOfNoun(IndexedWord noun) {
        IndexedWord governor = graph().getParent(noun);
        String rel = relationToParent(noun);
        if (rel.startsWith("nsubj") || TIME_OF_EVENT.matcher(rel).matches()) {
            return Modality.ASSERTED;
        }
        for (int hops = 0; governor != null && hops < 3; hops++) {
            String g = lemma(governor);
            if (PLANNING.contains(g) || PERMITTING.contains(g)) {
                return Modality.PLANNED;
            }
            if (DENYING.contains(g) || CANCELLING.contains(g)) {
                return Modality.NEGATED;
            }
            if (governor.tag().startsWith("VB")) {
                return modalityOf(governor);
            }
            governor = graph().getParent(governor);
        }
        return Modality.ASSERTED;
    }

    /** A troop count from a number modifying the noun: "more than 10,000" is a lower bound, "up to 500" an upper. */
    public Optional<long[]> countOf(IndexedWord noun) {
        for (IndexedWord num : children(noun, "nummod")) {
            Optional<long[]> bounds = boundsOf(num);
            if (bounds.isPresent()) {
                return bounds;
            }
        }
        return Optional.empty();
    }

    /**
     * A number as bounds {min, max} (-1 for an open bound): the word itself when it is a number ("killing at least
     * 12"), else the number modifying it ("12 civilians"), as in {@link #countOf}.
     */
    public Optional<long[]> amountOf(IndexedWord w) {
        return w.tag().equals("CD") ? boundsOf(w) : countOf(w);
    }

    private Optional<long[]> boundsOf(IndexedWord num) {
        Optional<Long> value = parseNumber(num);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        long v = value.get();
        String qualifier = qualifierOf(num);
        if (qualifier.matches("more|over|above|at least|in excess of|upwards of|exceeding")) {
            return Optional.of(new long[] {v, -1});
        }
        if (qualifier.matches("up to|fewer|less|under|below|at most|nearly|almost")) {
            return Optional.of(new long[] {-1, v});
        }
        return Optional.of(new long[] {v, v});
    }

    /** The words before a number that modify it, with their own dependents: "more than", "at least", "up to". */
    private String qualifierOf(IndexedWord num) {
        int first = num.index();
        for (IndexedWord mod : graph().getChildList(num)) {
            if (mod.index() < num.index()) {
                for (IndexedWord w : subtree(mod, Set.of())) {
                    first = Math.min(first, w.index());
                }
            }
        }
        StringBuilder q = new StringBuilder();
        for (int i = first; i < num.index(); i++) {
            q.append(q.length() == 0 ? "" : " ").append(tokens().get(i - 1).word().toLowerCase(Locale.ROOT));
        }
        return q.toString().replace(" than", "").trim();
    }

    private Optional<Long> parseNumber(IndexedWord num) {
        CoreLabel token = tokens().get(num.index() - 1);
        String normalized = token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        String raw = normalized != null ? normalized : num.word().replace(",", "");
        try {
            double d = Double.parseDouble(raw.replaceAll("[^0-9.]", ""));
            return d > 0 && d < 1e9 ? Optional.of(Math.round(d)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The exact text of the words from the first to the last index given, trimmed of edge punctuation. */
    public String span(int fromIndex, int toIndex) {
        List<CoreLabel> toks = tokens();
        int b = toks.get(fromIndex - 1).beginPosition();
        int e = toks.get(toIndex - 1).endPosition();
        return text.substring(b, e).replaceAll("^[\\s,;:\u2014\u2013-]+|[\\s,;:\u2014\u2013-]+$", "");
    }

    /** Whether a mention is a capital used for its government (metonymy). */
    public static boolean isMetonym(Mention m) {
        return m.kind() == MentionKind.CAPITAL;
    }
}
