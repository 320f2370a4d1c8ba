package org.entente.facts;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.Mention;

/**
 * Offices and affiliations of people: a title before the name ("Ukrainian President Volodymyr Zelenskyy", "NATO
 * Secretary General Mark Rutte") and an apposition after it ("Bruce Bennett, a senior defense analyst at the RAND
 * Corp."; "Mark Rutte, the head of NATO"). A state's title is resolved to the registry's office (President of
 * Ukraine, linked to Wikidata) when there is one; otherwise the role is kept as the words say it.
 */
final class OfficeRule implements Rule {
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    private static final Set<String> PREPOSITIONS = Set.of("of", "at", "for", "with", "in");
    private static final int MAX_ROLE_TOKENS = 8;

    @Override
    public List<Fact> apply(SentenceContext s) {
        List<Fact> out = new ArrayList<>();
        List<Mention> mentions = s.mentions().inSentence(s.index());
        for (Mention person : mentions) {
            if (person.actor().kind() != ActorKind.PERSON || person.inQuote()) {
                continue;
            }
            titleBefore(s, person, mentions).ifPresent(out::add);
            apposition(s, person, mentions).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Fact> titleBefore(SentenceContext s, Mention person, List<Mention> mentions) {
        List<CoreLabel> tokens = s.tokens();
        int end = person.tokenBegin();
        Optional<Fact> ofState = titleOfStateBefore(s, person, mentions);
        if (ofState.isPresent()) {
            return ofState;
        }
        int start = end;
        while (start > 0 && isTitleWord(tokens.get(start - 1)) && end - start < 4) {
            start--;
        }
        if (start == end) {
            return Optional.empty();
        }
        String title = singular(text(tokens, start, end));
        if (!Vocabulary.TITLES.contains(title)) {
            return Optional.empty();
        }
        int titleStart = start;
        Optional<Mention> of = mentions.stream()
                .filter(m -> m.tokenEnd() == titleStart || (m.tokenEnd() + 1 == titleStart
                        && tokens.get(titleStart - 1).word().matches("'s|\u2019s")))
                .filter(m -> m.actor().kind() == ActorKind.STATE || m.actor().kind().isOrganization())
                .findFirst();
        if (of.isPresent()) {
            return Optional.of(holding(s, person.actor(), title, of.get().actor()));
        }
        Optional<Mention> after = stateAfter(s, person, mentions);
        if (after.isPresent()) {
            return Optional.of(holding(s, person.actor(), title, after.get().actor()));
        }
        return heldByRegistry(s, person.actor(), title);
    }

    /** "President of Argentina Alberto Fernández": a title, "of", a state, then the name. */
    private Optional<Fact> titleOfStateBefore(SentenceContext s, Mention person, List<Mention> mentions) {
        List<CoreLabel> tokens = s.tokens();
        Optional<Mention> state = mentions.stream().filter(m -> m.tokenEnd() == person.tokenBegin()
                && m.actor().kind() == ActorKind.STATE).findFirst();
        if (state.isEmpty() || state.get().tokenBegin() < 2
                || !tokens.get(state.get().tokenBegin() - 1).word().equalsIgnoreCase("of")) {
            return Optional.empty();
        }
        int end = state.get().tokenBegin() - 1;
        int start = end;
        while (start > 0 && isTitleWord(tokens.get(start - 1)) && end - start < 4) {
            start--;
        }
        String title = text(tokens, start, end);
        if (start == end || !Vocabulary.TITLES.contains(singular(title))) {
            return Optional.empty();
        }
        return Optional.of(holding(s, person.actor(), singular(title), state.get().actor()));
    }

    /** "Presidents Muhammadu Buhari of Nigeria and …": the state right after the name. */
    private static Optional<Mention> stateAfter(SentenceContext s, Mention person, List<Mention> mentions) {
        List<CoreLabel> tokens = s.tokens();
        int of = person.tokenEnd();
        if (of >= tokens.size() || !tokens.get(of).word().equalsIgnoreCase("of")) {
            return Optional.empty();
        }
        return mentions.stream().filter(m -> m.tokenBegin() == of + 1 && m.actor().kind() == ActorKind.STATE).findFirst();
    }

    /** "Secretary of State Mike Pompeo": a title the registry says this person held in the article's year. */
    private static Optional<Fact> heldByRegistry(SentenceContext s, Actor person, String title) {
        if (person.qid() == null || s.articleDate().isEmpty()) {
            return Optional.empty();
        }
        return s.registry().heldOffice(person.qid(), title, s.articleDate().get().getYear())
                .flatMap(office -> s.registry().stateOf(office).map(state -> new Fact(FactType.OFFICE_HOLDING, s.evidence())
                        .add(Role.HOLDER, person).add(Role.POSITION, office).add(Role.ORGANIZATION, state)));
    }

    /** "Presidents" before two names is the title "president" of each. */
    private static String singular(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return t.endsWith("s") && Vocabulary.TITLES.contains(t.substring(0, t.length() - 1)) ? t.substring(0, t.length() - 1) : t;
    }

    private Optional<Fact> apposition(SentenceContext s, Mention person, List<Mention> mentions) {
        List<CoreLabel> tokens = s.tokens();
        int i = person.tokenEnd();
        if (i + 2 >= tokens.size() || !tokens.get(i).word().equals(",")
                || !DETERMINERS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int roleStart = i + 2;
        Optional<Mention> org = mentions.stream()
                .filter(m -> m.tokenBegin() > roleStart && m.tokenBegin() - roleStart <= MAX_ROLE_TOKENS + 2)
                .filter(m -> m.actor().kind() == ActorKind.STATE || m.actor().kind().isOrganization())
                .findFirst();
        if (org.isEmpty()) {
            return Optional.empty();
        }
        int prep = org.get().tokenBegin() - 1;
        if (prep > roleStart && DETERMINERS.contains(tokens.get(prep).word().toLowerCase(Locale.ROOT))) {
            prep--;
        }
        if (prep <= roleStart || !PREPOSITIONS.contains(tokens.get(prep).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (int k = roleStart; k < prep; k++) {
            String tag = tokens.get(k).tag();
            if (tag.startsWith("VB") || tag.equals(",") || tokens.get(k).word().equals(",")) {
                return Optional.empty();
            }
        }
        String role = text(tokens, roleStart, prep);
        return Optional.of(holding(s, person.actor(), role, org.get().actor()));
    }

    private Fact holding(SentenceContext s, Actor person, String title, Actor of) {
        Actor position = null;
        if (of.kind() == ActorKind.STATE && of.qid() != null) {
            position = s.registry().office(of.qid(), title).orElse(null);
        }
        if (position == null) {
            String label = title.toLowerCase(Locale.ROOT);
            position = Actor.local(ActorKind.ROLE, label);
        }
        return new Fact(FactType.OFFICE_HOLDING, s.evidence()).add(Role.HOLDER, person).add(Role.POSITION, position)
                .add(Role.ORGANIZATION, of);
    }

    private static boolean isTitleWord(CoreLabel token) {
        String w = token.word().toLowerCase(Locale.ROOT);
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return "TITLE".equals(token.ner()) || (Character.isUpperCase(token.word().charAt(0))
                && Vocabulary.TITLES.stream().anyMatch(t -> t.contains(w) || t.contains(singular)));
    }

    private static String text(List<CoreLabel> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && tokens.get(k).beginPosition() > tokens.get(k - 1).endPosition()) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).originalText());
        }
        return sb.toString();
    }
}
