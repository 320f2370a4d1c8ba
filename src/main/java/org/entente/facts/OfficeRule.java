package org.entente.facts;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.Mention;
import org.entente.link.MentionKind;

/**
 * Offices and affiliations of people. A title before the name, with its state or organization right before it
 * ("Ukrainian President Volodymyr Zelenskyy", "Prohibition Party presidential nominee Phil Collins", "New Mexico
 * governor Michelle Lujan Grisham") or after the name ("Presidents Muhammadu Buhari of Nigeria and Patrice Talon of
 * Benin"); an apposition after the name ("Bruce Bennett, a senior defense analyst at the RAND Corp.", "Alex Lagakos,
 * deputy director of the Greek Energy Forum") or before it ("the director of Amnesty International, Mariela Belski").
 * A title without its state is resolved, in this order, by the registry's terms of the person (also a former office:
 * "President Barack Obama" in 2020), by the state of a title holder it is coordinated with ("Israeli prime minister
 * Benjamin Netanyahu and energy minister Yuval Steinitz"), and by the registry's office table for the state the article
 * names most ("Secretary of State Mike Pompeo" in an article about the United States). A state's title is resolved to
 * the registry's office (President of Ukraine, linked to Wikidata) when there is one; otherwise the role is kept as the
 * words say it.
 */
final class OfficeRule implements Rule {
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    private static final Set<String> PREPOSITIONS = Set.of("of", "at", "for", "with", "in");
    private static final Set<String> ROLE_TAGS = Set.of("JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", "VBN");
    private static final Set<String> LOCAL_HEADS = Set.of("governor", "mayor", "premier");
    private static final Set<String> PLACE_NER = Set.of("CITY", "STATE_OR_PROVINCE");
    private static final int MAX_ROLE_TOKENS = 8;
    private static final int MAX_TITLE_TOKENS = 6;

    /** A title found before a name: its words (time words removed), token span, and whether it was plural. */
    private record Title(String words, int start, int end, boolean plural) {
    }

    @Override
    public List<Fact> apply(SentenceContext s) {
        List<Fact> out = new ArrayList<>();
        List<Mention> mentions = s.mentions().inSentence(s.index());
        Map<Mention, Fact> held = new HashMap<>();
        Map<Mention, Title> titles = new HashMap<>();
        for (Mention person : mentions) {
            if (person.actor().kind() != ActorKind.PERSON || person.inQuote()) {
                continue;
            }
            List<Fact> before = titleBefore(s, person, mentions, held, titles);
            out.addAll(before);
            if (!before.isEmpty()) {
                held.put(person, before.get(0));
            }
            apposition(s, person, mentions).ifPresent(out::add);
            if (before.isEmpty()) {
                appositionBefore(s, person, mentions).ifPresent(out::add);
            }
        }
        return out;
    }

    private List<Fact> titleBefore(SentenceContext s, Mention person, List<Mention> mentions,
            Map<Mention, Fact> held, Map<Mention, Title> titles) {
        Optional<Fact> ofState = titleOfStateBefore(s, person, mentions);
        if (ofState.isPresent()) {
            return List.of(ofState.get());
        }
        Optional<Title> found = titleSpan(s, person, mentions);
        if (found.isEmpty()) {
            found = sharedPluralTitle(s, person, mentions, titles);
            if (found.isEmpty()) {
                return partyBefore(s, person, mentions).stream().toList();
            }
        } else {
            titles.put(person, found.get());
        }
        Title title = found.get();
        List<CoreLabel> tokens = s.tokens();
        Optional<Mention> after = stateAfter(s, person, mentions);
        int split = innerHead(tokens, title);
        if (split > 0 && after.isPresent()) {
            List<Fact> both = new ArrayList<>();
            titleBeforeOrg(s, person, mentions, new Title(text(tokens, title.start(), split), title.start(), split, false))
                    .ifPresent(both::add);
            both.add(holding(s, person.actor(), text(tokens, split, title.end()), after.get().actor()));
            return both;
        }
        return titleBeforeOrg(s, person, mentions, title).or(() -> resolveBareTitle(s, person, mentions, held, title))
                .stream().toList();
    }

    /**
     * "AU chairperson President Abdel Fattah el-Sisi of Egypt": a role noun followed by a capitalised title inside one
     * title is two titles; the index where the second begins, or -1.
     */
    private static int innerHead(List<CoreLabel> tokens, Title title) {
        for (int k = title.start(); k < title.end() - 1; k++) {
            CoreLabel next = tokens.get(k + 1);
            if (isRoleHead(tokens.get(k)) && Character.isLowerCase(tokens.get(k).word().charAt(0))
                    && Character.isUpperCase(next.word().charAt(0)) && isCapitalisedTitleWord(next)) {
                return k + 1;
            }
        }
        return -1;
    }

    /** "Republican Kevin McCarthy": a party adjective right before the name makes the person a member. */
    private Optional<Fact> partyBefore(SentenceContext s, Mention person, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.tokenEnd() == person.tokenBegin() && m.kind() == MentionKind.DEMONYM
                && m.actor().kind().isOrganization()).findFirst()
                .map(m -> holding(s, person.actor(), "member", m.actor()));
    }

    private Optional<Fact> titleBeforeOrg(SentenceContext s, Mention person, List<Mention> mentions, Title title) {
        List<CoreLabel> tokens = s.tokens();
        Optional<Mention> of = mentions.stream()
                .filter(m -> m.tokenEnd() == title.start() || (m.tokenEnd() + 1 == title.start()
                        && tokens.get(title.start() - 1).word().matches("'s|\u2019s")))
                .filter(m -> m.actor().kind() == ActorKind.STATE || m.actor().kind().isOrganization()
                        || m.actor().kind() == ActorKind.PLACE)
                .findFirst();
        if (of.isPresent() && !(of.get().actor().kind() == ActorKind.PLACE && !LOCAL_HEADS.contains(head(title)))) {
            return Optional.of(holding(s, person.actor(), title.words(), of.get().actor()));
        }
        if (of.isEmpty() && LOCAL_HEADS.contains(head(title))) {
            Optional<Actor> place = placeBefore(s, title.start());
            if (place.isPresent()) {
                return Optional.of(holding(s, person.actor(), title.words(), place.get()));
            }
        }
        return Optional.empty();
    }

    /** A title with no state or organization next to it: the state after the name, the registry, or the context. */
    private Optional<Fact> resolveBareTitle(SentenceContext s, Mention person, List<Mention> mentions,
            Map<Mention, Fact> held, Title title) {
        Optional<Mention> after = stateAfter(s, person, mentions);
        if (after.isPresent()) {
            return Optional.of(holding(s, person.actor(), title.words(), after.get().actor()));
        }
        Optional<Fact> registry = heldByRegistry(s, person.actor(), title.words());
        if (registry.isPresent()) {
            return registry;
        }
        Optional<Actor> coordinated = orgOfCoordinatedHolder(s, title.start(), held);
        if (coordinated.isPresent()) {
            return Optional.of(holding(s, person.actor(), title.words(), coordinated.get()));
        }
        return officeOfArticleState(s, title.words()).map(office -> holding(s, person.actor(), office,
                s.registry().stateOf(office).orElseThrow()));
    }

    /**
     * The title words right before a name: capitalised title words, words CoreNLP tags as a title, and lowercase
     * modifiers, ending in a role noun ("presumptive Democratic presidential nominee" stops at the party's mention
     * and gives "presidential nominee"). Words that date the title ("former", "then-") are left out of its words.
     */
    private static Optional<Title> titleSpan(SentenceContext s, Mention person, List<Mention> mentions) {
        List<CoreLabel> tokens = s.tokens();
        int end = person.tokenBegin();
        while (end > 0 && person.tokenBegin() - end < 2 && "PERSON".equals(tokens.get(end - 1).ner())
                && !covered(mentions, end - 1)) {
            end--;
        }
        if (end == 0 || !(isRoleHead(tokens.get(end - 1)) || endsTitleEntity(tokens, end))) {
            return Optional.empty();
        }
        int start = end - 1;
        while (start > 0 && end - start < MAX_TITLE_TOKENS) {
            CoreLabel prev = tokens.get(start - 1);
            if (isRoleWord(prev) && !covered(mentions, start - 1)) {
                start--;
            } else if (prev.word().equals("and") && start >= 2 && isLowercaseNoun(tokens.get(start - 2))
                    && isLowercaseNoun(tokens.get(start)) && !covered(mentions, start - 2)) {
                start -= 2;
            } else {
                break;
            }
        }
        boolean plural = tokens.get(end - 1).tag().startsWith("NNS") || tokens.get(end - 1).tag().equals("NNPS");
        int first = start;
        while (first < end - 1 && Vocabulary.TITLE_TIME_WORDS.contains(tokens.get(first).word().toLowerCase(Locale.ROOT))) {
            first++;
        }
        String words = text(tokens, first, end).replaceAll("^(?i)(ex|then)-", "");
        if (plural) {
            words = singular(words);
        }
        return Optional.of(new Title(words, start, end, plural));
    }

    /** "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin": a plural title serves each name. */
    private static Optional<Title> sharedPluralTitle(SentenceContext s, Mention person, List<Mention> mentions,
            Map<Mention, Title> titles) {
        List<CoreLabel> tokens = s.tokens();
        int k = person.tokenBegin() - 1;
        if (k < 1 || !tokens.get(k).word().matches(",|and")) {
            return Optional.empty();
        }
        while (k > 0 && tokens.get(k).word().matches(",|and")) {
            k--;
        }
        int edge = k + 1;
        Optional<Mention> state = mentions.stream().filter(m -> m.tokenEnd() == edge && m.actor().kind() == ActorKind.STATE
                && m.tokenBegin() > 0 && tokens.get(m.tokenBegin() - 1).word().equalsIgnoreCase("of")).findFirst();
        int nameEnd = state.map(m -> m.tokenBegin() - 1).orElse(edge);
        return mentions.stream().filter(m -> m.tokenEnd() == nameEnd && m.actor().kind() == ActorKind.PERSON)
                .map(titles::get).filter(t -> t != null && t.plural()).findFirst();
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
        while (start > 0 && isCapitalisedTitleWord(tokens.get(start - 1)) && end - start < 4) {
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

    /** "New Mexico governor", "Atlanta's mayor": a city or province CoreNLP recognises right before the title. */
    private static Optional<Actor> placeBefore(SentenceContext s, int titleStart) {
        List<CoreLabel> tokens = s.tokens();
        int end = titleStart;
        if (end > 0 && tokens.get(end - 1).word().matches("'s|\u2019s")) {
            end--;
        }
        int start = end;
        while (start > 0 && PLACE_NER.contains(tokens.get(start - 1).ner())) {
            start--;
        }
        if (start == end) {
            return Optional.empty();
        }
        String name = text(tokens, start, end);
        return Optional.of(s.registry().lookup(name).stream().map(e -> e.actor())
                .filter(a -> a.kind() == ActorKind.PLACE).findFirst().orElse(Actor.local(ActorKind.PLACE, name)));
    }

    /** "Secretary of State Mike Pompeo": a title the registry says this person held by the article's year. */
    private static Optional<Fact> heldByRegistry(SentenceContext s, Actor person, String title) {
        if (person.qid() == null || s.articleDate().isEmpty()) {
            return Optional.empty();
        }
        for (String t : suffixes(title)) {
            Optional<Actor> office = s.registry().heldOffice(person.qid(), t, s.articleDate().get().getYear());
            Optional<Actor> state = office.flatMap(o -> s.registry().stateOf(o));
            if (state.isPresent()) {
                return Optional.of(new Fact(FactType.OFFICE_HOLDING, s.evidence()).add(Role.HOLDER, person)
                        .add(Role.POSITION, office.get()).add(Role.ORGANIZATION, state.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * "Israeli prime minister Benjamin Netanyahu and energy minister Yuval Steinitz": a title right after another
     * holder's name and "and" or a comma is of that holder's state or organization.
     */
    private static Optional<Actor> orgOfCoordinatedHolder(SentenceContext s, int titleStart, Map<Mention, Fact> held) {
        List<CoreLabel> tokens = s.tokens();
        int k = titleStart - 1;
        if (k < 1 || !tokens.get(k).word().matches(",|and")) {
            return Optional.empty();
        }
        int edge = k;
        return held.entrySet().stream().filter(e -> e.getKey().tokenEnd() == edge)
                .map(e -> e.getValue().one(Role.ORGANIZATION).orElse(null))
                .filter(a -> a != null && a.kind() != ActorKind.PLACE).findFirst();
    }

    /**
     * A title that is an office of one or more states in the registry ("Secretary of State", "Senator"), resolved to the
     * state with such an office that the article has named most often so far (on a tie, the one named first).
     */
    private static Optional<Actor> officeOfArticleState(SentenceContext s, String title) {
        for (String t : suffixes(title)) {
            List<Actor> offices = s.registry().officesTitled(t);
            if (offices.isEmpty()) {
                continue;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Mention m : s.mentions().all()) {
                if (m.sentence() <= s.index() && m.actor().kind() == ActorKind.STATE && m.actor().qid() != null
                        && offices.stream().anyMatch(o -> m.actor().qid().equals(o.countryQid()))) {
                    counts.merge(m.actor().qid(), 1, Integer::sum);
                }
            }
            int most = counts.values().stream().max(Integer::compare).orElse(0);
            Optional<String> top = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                    .findFirst();
            return top.flatMap(q -> offices.stream().filter(o -> q.equals(o.countryQid())).findFirst());
        }
        return Optional.empty();
    }

    /** The title and its shorter endings, longest first: "energy minister", then "minister". */
    private static List<String> suffixes(String title) {
        String[] words = title.split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            out.add(String.join(" ", Arrays.copyOfRange(words, i, words.length)));
        }
        return out;
    }

    /** "Presidents" before two names is the title "president" of each. */
    private static String singular(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (!t.endsWith("s")) {
            return t;
        }
        String one = t.substring(0, t.length() - 1);
        String last = one.substring(one.lastIndexOf(' ') + 1);
        return Vocabulary.TITLES.contains(one) || Vocabulary.ROLE_HEADS.contains(last) ? one : t;
    }

    private static String head(Title title) {
        String w = title.words().toLowerCase(Locale.ROOT);
        return w.substring(w.lastIndexOf(' ') + 1);
    }

    private Optional<Fact> apposition(SentenceContext s, Mention person, List<Mention> mentions) {
        List<CoreLabel> tokens = s.tokens();
        int i = person.tokenEnd();
        if (i + 2 >= tokens.size() || !tokens.get(i).word().equals(",")) {
            return Optional.empty();
        }
        boolean determiner = DETERMINERS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT));
        if (!determiner && !Character.isLowerCase(tokens.get(i + 1).word().charAt(0))) {
            return Optional.empty();
        }
        int roleStart = determiner ? i + 2 : i + 1;
        Optional<Mention> org = mentions.stream()
                .filter(m -> m.tokenBegin() > roleStart && m.tokenBegin() - roleStart <= MAX_ROLE_TOKENS + 2)
                .filter(m -> m.actor().kind() == ActorKind.STATE || m.actor().kind().isOrganization())
                .findFirst();
        if (org.isPresent() && org.get().kind() == MentionKind.DEMONYM && org.get().tokenEnd() < tokens.size()
                && tokens.get(org.get().tokenEnd()).tag().startsWith("NNP")) {
            return Optional.empty();
        }
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
        if (!determiner && !isRoleHead(tokens.get(prep - 1))) {
            return Optional.empty();
        }
        String role = text(tokens, roleStart, prep);
        return Optional.of(holding(s, person.actor(), role, org.get().actor()));
    }

    /**
     * "the director of Argentina's Amnesty International, Mariela Belski, said": a role of an organization set off by
     * commas right before the name.
     */
    private Optional<Fact> appositionBefore(SentenceContext s, Mention person, List<Mention> mentions) {
        List<CoreLabel> tokens = s.tokens();
        int comma = person.tokenBegin() - 1;
        int after = person.tokenEnd();
        if (comma < 4 || !tokens.get(comma).word().equals(",")
                || (after < tokens.size() && !tokens.get(after).word().matches("[,.;:]"))) {
            return Optional.empty();
        }
        if (isRoleHead(tokens.get(comma - 1))) {
            return possessiveRoleBefore(s, person, mentions, comma);
        }
        Optional<Mention> org = mentions.stream().filter(m -> m.tokenEnd() == comma
                && (m.actor().kind() == ActorKind.STATE || m.actor().kind().isOrganization())).findFirst();
        if (org.isEmpty()) {
            return Optional.empty();
        }
        int k = org.get().tokenBegin() - 1;
        if (k > 0 && tokens.get(k).word().matches("'s|\u2019s")) {
            int possessive = k;
            Optional<Mention> owner = mentions.stream().filter(m -> m.tokenEnd() == possessive).findFirst();
            k = owner.map(m -> m.tokenBegin() - 1).orElse(-1);
        } else if (k > 0 && DETERMINERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        if (k < 2 || !Set.of("of", "at").contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                || !isRoleHead(tokens.get(k - 1))) {
            return Optional.empty();
        }
        int end = k;
        int start = k - 1;
        while (start > 0 && end - start < MAX_TITLE_TOKENS && isRoleWord(tokens.get(start - 1))
                && !covered(mentions, start - 1)) {
            start--;
        }
        if (start == 0 || !DETERMINERS.contains(tokens.get(start - 1).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(holding(s, person.actor(), text(tokens, start, end), org.get().actor()));
    }

    /** "Daily Xtra's editorial director, Rachel Giese, said": an organization's role set off before the name. */
    private Optional<Fact> possessiveRoleBefore(SentenceContext s, Mention person, List<Mention> mentions, int comma) {
        List<CoreLabel> tokens = s.tokens();
        int start = comma - 1;
        while (start > 0 && comma - start < MAX_TITLE_TOKENS && isRoleWord(tokens.get(start - 1))
                && !covered(mentions, start - 1)) {
            start--;
        }
        if (start < 2 || !tokens.get(start - 1).word().matches("'s|’s")) {
            return Optional.empty();
        }
        int possessive = start - 1;
        int roleStart = start;
        return mentions.stream().filter(m -> m.tokenEnd() == possessive
                && (m.actor().kind() == ActorKind.STATE || m.actor().kind().isOrganization())).findFirst()
                .map(m -> holding(s, person.actor(), text(tokens, roleStart, comma), m.actor()));
    }

    private Fact holding(SentenceContext s, Actor person, String title, Actor of) {
        Actor position = null;
        if (of.kind() == ActorKind.STATE && of.qid() != null) {
            for (String t : suffixes(title)) {
                position = s.registry().office(of.qid(), t).orElse(null);
                if (position != null) {
                    break;
                }
            }
        }
        return holding(s, person, position != null ? position : Actor.local(ActorKind.ROLE, title.toLowerCase(Locale.ROOT)), of);
    }

    private static Fact holding(SentenceContext s, Actor person, Actor position, Actor of) {
        return new Fact(FactType.OFFICE_HOLDING, s.evidence()).add(Role.HOLDER, person).add(Role.POSITION, position)
                .add(Role.ORGANIZATION, of);
    }

    /** The last word of a title: a role noun ("nominee", "Senators", "president"). */
    private static boolean isRoleHead(CoreLabel token) {
        String w = token.word().toLowerCase(Locale.ROOT);
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return token.tag().startsWith("NN") && (Vocabulary.ROLE_HEADS.contains(w) || Vocabulary.ROLE_HEADS.contains(singular));
    }

    /** "Secretary of State": a span CoreNLP tags as a title, ending right before the name, that holds a role noun. */
    private static boolean endsTitleEntity(List<CoreLabel> tokens, int end) {
        for (int k = end - 1; k >= 0 && "TITLE".equals(tokens.get(k).ner()); k--) {
            if (isRoleHead(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word that can be part of a title: a capitalised title word, a word tagged as a title, a capitalised word CoreNLP
     * gives no entity type ("National" in "National Security Adviser"), or a lowercase modifier.
     */
    private static boolean isRoleWord(CoreLabel token) {
        String w = token.word();
        if ("TITLE".equals(token.ner()) || isCapitalisedTitleWord(token)) {
            return true;
        }
        if (w.isEmpty() || !ROLE_TAGS.contains(token.tag())) {
            return false;
        }
        return Character.isLowerCase(w.charAt(0)) || w.equals("-") || (token.tag().startsWith("NNP") && "O".equals(token.ner()));
    }

    /** A capitalised word of a known title ("Vice", "Prime", "Minister"), compared word by word. */
    private static boolean isCapitalisedTitleWord(CoreLabel token) {
        String w = token.word().toLowerCase(Locale.ROOT);
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        if ("TITLE".equals(token.ner())) {
            return true;
        }
        if (token.word().isEmpty() || !Character.isUpperCase(token.word().charAt(0))) {
            return false;
        }
        return Vocabulary.ROLE_HEADS.contains(w) || Vocabulary.ROLE_HEADS.contains(singular)
                || Vocabulary.TITLES.stream().anyMatch(t -> List.of(t.split(" ")).contains(w)
                        || List.of(t.split(" ")).contains(singular));
    }

    /** "trade and industry commissioner": nouns of a title joined by "and". */
    private static boolean isLowercaseNoun(CoreLabel token) {
        return token.tag().startsWith("NN") && Character.isLowerCase(token.word().charAt(0));
    }

    private static boolean covered(List<Mention> mentions, int token) {
        return mentions.stream().anyMatch(m -> m.covers(token));
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
