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
        int start = end;
        while (start > 0 && isTitleWord(tokens.get(start - 1)) && end - start < 4) {
            start--;
        }
        if (start == end) {
            return Optional.empty();
        }
        String title = text(tokens, start, end);
        if (!Vocabulary.TITLES.contains(title.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int titleStart = start;
        Optional<Mention> of = mentions.stream()
                .filter(m -> m.tokenEnd() == titleStart || (m.tokenEnd() + 1 == titleStart
                        && tokens.get(titleStart - 1).word().matches("'s|\u2019s")))
                .filter(m -> m.actor().kind() == ActorKind.STATE || m.actor().kind().isOrganization())
                .findFirst();
        if (of.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(holding(s, person.actor(), title, of.get().actor()));
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
        String w = token.word();
        return "TITLE".equals(token.ner()) || (Character.isUpperCase(w.charAt(0))
                && Vocabulary.TITLES.stream().anyMatch(t -> t.contains(w.toLowerCase(Locale.ROOT))));
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
