package org.entente.facts;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.Mention;

/**
 * Statements: who said what, when. Direct quotes ("'…,' Zelenskyy said on Tuesday"), reported speech ("South Korea
 * said more than 10,000 troops are in Russia"), parenthetical attribution ("…, Choi said, but …") and characterisation
 * ("X described the deployment as …"). A pronoun speaker ("he wrote") is the last person who spoke in the article,
 * never a name inside the quote; one instance serves one article, in sentence order.
 */
final class StatementRule implements Rule {
    static final Set<String> PRONOUNS = Set.of("he", "she");
    /** "a Turkish official said": an unnamed speaker is no one's statement, not the state's. */
    private static final Set<String> UNNAMED = Set.of("official", "source", "diplomat", "insider", "aide");
    private static final int MIN_QUOTE_WORDS = 4;
    private static final Pattern SPEAKER_TAG = Pattern.compile("^\\(\\(([^()\\n]{2,60})\\)\\)\\s*:?\\s*");
    private Actor lastSpeaker;

    @Override
    public List<Fact> apply(SentenceContext s) {
        List<Fact> out = new ArrayList<>();
        transcriptTurn(s).ifPresent(out::add);
        for (IndexedWord verb : s.words()) {
            String lemma = SentenceContext.lemma(verb);
            if (s.inQuote(verb) || !verb.tag().startsWith("VB")
                    || !(Vocabulary.SPEECH_VERBS.contains(lemma) || Vocabulary.STANCE_VERBS.contains(lemma))) {
                continue;
            }
            statement(s, verb).ifPresent(out::add);
        }
        for (IndexedWord head : s.words()) {
            for (String rel : List.of("obl:according_to", "nmod:according_to")) {
                for (IndexedWord source : s.childrenExact(head, rel)) {
                    accordingTo(s, source).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /**
     * An interview transcript's turn: a line that opens with a speaker tag naming a person, "((Naomi Martisius))  …" or
     * "Naomi Martisius: …", is a direct statement by that person of the rest of the line. Tags that name no person
     * (an interviewer's initials) are questions, not statements.
     */
    private Optional<Fact> transcriptTurn(SentenceContext s) {
        Evidence sentence = s.evidence();
        Matcher tag = SPEAKER_TAG.matcher(sentence.text());
        if (!tag.find()) {
            return Optional.empty();
        }
        int nameBegin = sentence.begin() + tag.start(1);
        int nameEnd = sentence.begin() + tag.end(1);
        Optional<Actor> speaker = s.mentions().inSentence(s.index()).stream()
                .filter(m -> m.begin() >= nameBegin && m.end() <= nameEnd && m.actor().kind() == ActorKind.PERSON)
                .map(Mention::actor).findFirst();
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        Evidence turn = s.toLineEnd(sentence.begin());
        String words = turn.text().substring(tag.end()).trim();
        if (words.split("\\s+").length < MIN_QUOTE_WORDS) {
            return Optional.empty();
        }
        lastSpeaker = speaker.get();
        return Optional.of(new Fact(FactType.STATEMENT, turn).add(Role.SPEAKER, speaker.get()).quote(words, true));
    }

    /** "…, according to X": X said the rest of the sentence. */
    private Optional<Fact> accordingTo(SentenceContext s, IndexedWord source) {
        if (s.inQuote(source)) {
            return Optional.empty();
        }
        Optional<Actor> speaker = s.actorOf(source).filter(a -> a.kind().isAgent());
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        Set<IndexedWord> phrase = s.subtree(source, Set.of());
        int from = phrase.stream().mapToInt(IndexedWord::index).min().orElseThrow();
        int to = phrase.stream().mapToInt(IndexedWord::index).max().orElseThrow();
        int last = s.tokens().size();
        String before = from > 1 ? s.span(1, from - 1) : "";
        String after = to < last ? s.span(to + 1, last) : "";
        String quote = (before + " " + after).replaceAll("[\\s.]+$", "").trim();
        if (quote.split("\\s+").length < 3) {
            return Optional.empty();
        }
        return Optional.of(new Fact(FactType.STATEMENT, s.evidence()).add(Role.SPEAKER, speaker.get()).quote(quote, false));
    }

    private Optional<Fact> statement(SentenceContext s, IndexedWord verb) {
        Optional<Actor> speaker = speaker(s, verb);
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        String quote = directQuote(s, verb);
        boolean direct = quote != null;
        if (!direct) {
            quote = reportedSpeech(s, verb);
        }
        if (quote == null || quote.split("\\s+").length < 2) {
            return Optional.empty();
        }
        Fact fact = new Fact(FactType.STATEMENT, s.evidence()).add(Role.SPEAKER, speaker.get()).quote(quote, direct);
        Set<IndexedWord> scope = s.subtree(verb, Set.of("ccomp", "parataxis", "conj", "advcl", "xcomp", "obj"));
        scope.removeIf(s::inQuote);
        s.dateIn(scope).ifPresent(fact::date);
        if (speaker.get().kind() == ActorKind.PERSON) {
            lastSpeaker = speaker.get();
        }
        return Optional.of(fact);
    }

    private Optional<Actor> speaker(SentenceContext s, IndexedWord verb) {
        for (IndexedWord subject : s.childrenExact(verb, "nsubj")) {
            if (PRONOUNS.contains(subject.word().toLowerCase(Locale.ROOT))) {
                if (Vocabulary.STANCE_VERBS.contains(SentenceContext.lemma(verb))) {
                    return Optional.empty();
                }
                return Optional.ofNullable(lastSpeaker).or(() -> s.nearestPersonBefore(subject).map(Mention::actor));
            }
            List<IndexedWord> names = Vocabulary.ROLE_HEADS.contains(SentenceContext.lemma(subject))
                    ? s.graph().getChildList(subject)
                    : SentenceContext.concat(s.children(subject, "appos"), s.children(subject, "flat"));
            Optional<Actor> named = names.stream().map(s::mentionAt).flatMap(Optional::stream).map(Mention::actor)
                    .filter(a -> a.kind() == ActorKind.PERSON).findFirst();
            if (named.isPresent() && s.mentionAt(subject).isEmpty()) {
                return named;
            }
            if (s.mentionAt(subject).isEmpty() && UNNAMED.contains(SentenceContext.lemma(subject))) {
                return Optional.empty();
            }
            Optional<Actor> actor = s.actorOf(subject).filter(a -> a.kind().isAgent());
            if (actor.isPresent()) {
                return actor.get().kind() == ActorKind.STATE || actor.get().kind().isAgent() ? actor : Optional.empty();
            }
            Optional<Mention> capital = s.mentionAt(subject).filter(SentenceContext::isMetonym);
            if (capital.isPresent()) {
                return Optional.of(capital.get().actor());
            }
        }
        return Optional.empty();
    }


    /** Quoted words in the sentence long enough to be speech rather than a scare quote, joined with "…". */
    private static String directQuote(SentenceContext s, IndexedWord verb) {
        List<CoreLabel> tokens = s.tokens();
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        Evidence sentence = s.evidence();
        List<String> parts = new ArrayList<>();
        for (int[] span : s.mentions().quotes().within(begin, end)) {
            String inner = sentence.text().substring(span[0] + 1 - sentence.begin(), span[1] - 1 - sentence.begin()).trim();
            inner = inner.replaceAll("[,\\s]+$", "");
            if (inner.split("\\s+").length >= MIN_QUOTE_WORDS) {
                parts.add(inner);
            }
        }
        return parts.isEmpty() ? null : parts.stream().collect(Collectors.joining(" \u2026 "));
    }

    /** The reported clause: the verb's complement, or the sentence around a parenthetical "X said". */
    private static String reportedSpeech(SentenceContext s, IndexedWord verb) {
        List<IndexedWord> complements = new ArrayList<>(s.children(verb, "ccomp"));
        if (complements.isEmpty() && Vocabulary.STANCE_VERBS.contains(SentenceContext.lemma(verb))) {
            complements.addAll(s.children(verb, "obj"));
            if (!complements.isEmpty()) {
                complements.addAll(s.children(verb, "xcomp"));
            }
        }
        if (complements.isEmpty() && Set.of("describe", "call").contains(SentenceContext.lemma(verb))) {
            if (!s.children(verb, "xcomp").isEmpty() || !s.children(verb, "advcl").isEmpty()) {
                complements.addAll(s.children(verb, "obj"));
                complements.addAll(s.children(verb, "advcl"));
                complements.addAll(s.children(verb, "xcomp"));
            }
        }
        if (!complements.isEmpty()) {
            int from = Integer.MAX_VALUE;
            int to = 0;
            for (IndexedWord c : complements) {
                for (IndexedWord w : s.subtree(c, Set.of())) {
                    from = Math.min(from, w.index());
                    to = Math.max(to, w.index());
                }
            }
            return s.span(from, to);
        }
        if (s.relationToParent(verb).startsWith("parataxis")) {
            IndexedWord head = s.parent(verb).orElseThrow();
            int subjectStart = s.children(verb, "nsubj").stream().mapToInt(IndexedWord::index).min().orElse(verb.index());
            if (head.index() < subjectStart && subjectStart > 2) {
                return s.span(1, subjectStart - 1);
            }
        }
        return null;
    }
}
