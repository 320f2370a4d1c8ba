package org.entente.link;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the actors an annotated article mentions. Registry names win (longest match over tokens, so "North Korean"
 * beats "Korean"); CoreNLP's PERSON and ORGANIZATION entities that the registry lacks become local actors; a bare
 * surname refers to the full name seen earlier in the article ("Easley" after "Leif-Eric Easley").
 *
 * <pre>
 * ArticleMentions mentions = new MentionFinder(ActorRegistry.bundled()).find(doc, article.datePublished());
 * </pre>
 */
public final class MentionFinder {
    private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");
    private static final String UNITED_STATES = "Q30";
    private static final Set<String> LOCATION_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** Forms of address CoreNLP may include in a person's name; "De La Fuente/Richardson" (a ticket) is no one's name. */
    private static final Set<String> HONORIFICS = Set.of("Monsenor", "Monsignor", "Mgr", "Dr", "Mr", "Mrs", "Ms",
            "Sir", "Dame", "Rev", "Reverend", "Father", "Sister", "Brother", "Sheikh");
    private static final Map<String, String> US_PARTIES = Map.of("Democrat", "Democratic Party", "Democrats",
            "Democratic Party", "Democratic", "Democratic Party", "Republican", "Republican Party", "Republicans",
            "Republican Party");
    private final ActorRegistry registry;

    public MentionFinder(ActorRegistry registry) {
        this.registry = registry;
    }

    public ArticleMentions find(CoreDocument doc, LocalDate articleDate) {
        String text = doc.text();
        QuoteSpans quotes = QuoteSpans.of(text);
        List<Mention> found = new ArrayList<>();
        List<Actor> fullNames = new ArrayList<>();
        List<CoreSentence> sentences = doc.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            CoreSentence sentence = sentences.get(s);
            List<Mention> inSentence = new ArrayList<>();
            registryMatches(s, sentence, text, quotes, articleDate, fullNames, inSentence);
            nerMatches(s, sentence, text, quotes, fullNames, inSentence);
            titleReferences(s, sentence, text, quotes, articleDate, fullNames, inSentence);
            inSentence.sort(Comparator.comparingInt(Mention::tokenBegin));
            for (Mention m : inSentence) {
                if (m.actor().kind() == ActorKind.PERSON && m.kind() == MentionKind.NAME) {
                    fullNames.add(m.actor());
                }
            }
            found.addAll(inSentence);
        }
        found = shortOrganizationNames(found);
        if (found.stream().anyMatch(m -> UNITED_STATES.equals(m.actor().qid()) || UNITED_STATES.equals(m.actor().countryQid()))) {
            found = usPartyAdjectives(doc, text, quotes, found);
        }
        return new ArticleMentions(found, quotes);
    }

    /**
     * In an article about the United States, "Democrat(s)", "Democratic" and "Republican(s)" standing alone (not part of
     * a longer name such as "Democratic Republic of the Congo" or "Social Democratic Party") name the two parties:
     * "Republican Kevin McCarthy", "the Democrats", "Democratic presidential nominee".
     */
    private static List<Mention> usPartyAdjectives(CoreDocument doc, String text, QuoteSpans quotes, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            String party = m.kind() == MentionKind.NER ? US_PARTIES.get(m.text()) : null;
            out.add(party == null ? m : new Mention(m.sentence(), m.tokenBegin(), m.tokenEnd(), m.begin(), m.end(),
                    m.text(), Actor.local(ActorKind.ORGANIZATION, party), MentionKind.DEMONYM, m.inQuote()));
        }
        List<CoreSentence> sentences = doc.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                String party = US_PARTIES.get(tokens.get(i).word());
                int at = i;
                int sentence = s;
                if (party == null || out.stream().anyMatch(m -> m.sentence() == sentence && m.covers(at))) {
                    continue;
                }
                boolean nameBefore = i > 0 && isCapitalised(tokens.get(i - 1)) && !"O".equals(tokens.get(i - 1).ner())
                        && !"TITLE".equals(tokens.get(i - 1).ner());
                boolean nameAfter = i + 1 < tokens.size() && isCapitalised(tokens.get(i + 1))
                        && !Set.of("PERSON", "TITLE").contains(tokens.get(i + 1).ner());
                if (nameBefore || nameAfter) {
                    continue;
                }
                int begin = tokens.get(i).beginPosition();
                int end = tokens.get(i).endPosition();
                out.add(new Mention(s, i, i + 1, begin, end, text.substring(begin, end),
                        Actor.local(ActorKind.ORGANIZATION, party), MentionKind.DEMONYM, quotes.inside(begin, end)));
            }
        }
        out.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::tokenBegin));
        return out;
    }

    /**
     * "Ford" after "Ford Motor Company": an organization CoreNLP found under a name that begins another organization's
     * name in the same article is that organization, when exactly one such longer name exists.
     */
    private static List<Mention> shortOrganizationNames(List<Mention> found) {
        List<Actor> orgs = found.stream().map(Mention::actor).filter(a -> a.kind().isOrganization()).distinct().toList();
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            Actor longer = null;
            if (m.kind() == MentionKind.NER && m.actor().kind().isOrganization()) {
                String prefix = ActorRegistry.normalize(m.actor().label()) + " ";
                List<Actor> candidates = orgs.stream()
                        .filter(a -> ActorRegistry.normalize(a.label()).startsWith(prefix)).toList();
                longer = candidates.size() == 1 ? candidates.get(0) : null;
            }
            out.add(longer == null ? m : new Mention(m.sentence(), m.tokenBegin(), m.tokenEnd(), m.begin(), m.end(),
                    m.text(), longer, MentionKind.SHORT_NAME, m.inQuote()));
        }
        return out;
    }

    private static boolean isCapitalised(CoreLabel token) {
        return !token.word().isEmpty() && Character.isUpperCase(token.word().charAt(0));
    }

    private void registryMatches(int s, CoreSentence sentence, String text, QuoteSpans quotes, LocalDate date,
            List<Actor> fullNames, List<Mention> out) {
        List<CoreLabel> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int len = Math.min(registry.maxNameTokens(), tokens.size() - i); len >= 1 && matched == 0; len--) {
                int begin = tokens.get(i).beginPosition();
                int end = tokens.get(i + len - 1).endPosition();
                String surface = text.substring(begin, end);
                if (!caseFits(surface)) {
                    continue;
                }
                int from = i;
                int to = i + len;
                List<NameEntry> fitting = registry.lookup(surface).stream()
                        .filter(e -> !contradictsNer(sentence, from, to, e))
                        .filter(e -> e.kind() != MentionKind.GAZETTEER || locationNer(sentence, from, to))
                        .filter(e -> !placeNotSurname(sentence, from, to, e, fullNames))
                        .filter(e -> !othersSurname(sentence, from, to, e)).toList();
                Optional<NameEntry> entry = choose(fitting, date, fullNames);
                if (entry.isPresent()) {
                    out.add(new Mention(s, i, i + len, begin, end, surface, entry.get().actor(), entry.get().kind(),
                            quotes.inside(begin, end)));
                    matched = len;
                }
            }
            i += Math.max(matched, 1);
        }
    }

    /**
     * Whether CoreNLP's entities say a state's name or capital is something else here: a person ("Chad was an
     * anomaly"), a province or US state ("Stacey Abrams of Georgia"; a capital only when written as one), or part of
     * a longer name ("New Mexico", "the South Pole", "St. John's Church", "Washington Post"). Demonyms are kept: they
     * modify what they name.
     */
    /**
     * Whether a capital that CoreNLP tags as a province is written as one: "Washington state", "Seattle, Washington".
     * Otherwise the tag is CoreNLP's usual mistake for the seat of government ("an ultimatum to Washington").
     */
    private static boolean provinceUse(List<CoreLabel> tokens, int from, int to) {
        boolean stateAfter = to < tokens.size() && tokens.get(to).word().equalsIgnoreCase("state");
        boolean commaBefore = from > 0 && tokens.get(from - 1).word().equals(",");
        return stateAfter || commaBefore;
    }

    /**
     * Whether a surname alone is a place here: CoreNLP tags it as a location and the article has not named the person
     * in full ("the police in Lagos" while Ricardo Lagos is in office; "Lagos said" after "Ricardo Lagos" stays him).
     */
    private static boolean placeNotSurname(CoreSentence sentence, int from, int to, NameEntry entry,
            List<Actor> fullNames) {
        return entry.kind() == MentionKind.SHORT_NAME && entry.actor().kind() == ActorKind.PERSON
                && fullNames.stream().noneMatch(p -> p.iri().equals(entry.actor().iri()))
                && locationTagged(sentence, from, to);
    }

    /**
     * Whether a registered person's surname is here part of another person's full name: CoreNLP's person entity
     * around it is longer, is no alias of that person (the longer name would have matched first) and none of its
     * names before the surname has the initial of the person's first name ("Theodore Roosevelt" is not Franklin D.
     * Roosevelt, "Harry Browne" not Gaston Browne; "Recep Erdogan" and "Sayyid Ali Hosseini Khamenei" stay who they
     * are).
     */
    private static boolean othersSurname(CoreSentence sentence, int from, int to, NameEntry entry) {
        if (entry.kind() != MentionKind.SHORT_NAME || entry.actor().kind() != ActorKind.PERSON) {
            return false;
        }
        List<CoreLabel> tokens = sentence.tokens();
        for (CoreEntityMention em : sentence.entityMentions()) {
            int[] span = tokenSpan(tokens, em);
            int first = span[0];
            int last = span[1];
            if (em.entityType().equals("PERSON") && first < from && to <= last) {
                return tokens.subList(first, from).stream().noneMatch(t -> sameInitial(t.word(), entry.actor()));
            }
        }
        return false;
    }

    /** The first and the end (exclusive) token index of an entity mention in its sentence. */
    private static int[] tokenSpan(List<CoreLabel> tokens, CoreEntityMention em) {
        List<CoreLabel> words = em.tokens();
        return new int[] {tokens.indexOf(words.get(0)), tokens.indexOf(words.get(words.size() - 1)) + 1};
    }

    private static boolean sameInitial(String given, Actor person) {
        if (given.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>(person.aliases());
        names.add(person.label());
        return names.stream().filter(n -> n.contains(" "))
                .anyMatch(n -> Character.toLowerCase(n.charAt(0)) == Character.toLowerCase(given.charAt(0)));
    }

    static boolean contradictsNer(CoreSentence sentence, int from, int to, NameEntry entry) {
        boolean stateName = entry.actor().kind() == ActorKind.STATE
                && (entry.kind() == MentionKind.NAME || entry.kind() == MentionKind.CAPITAL);
        if (!stateName) {
            return false;
        }
        List<CoreLabel> tokens = sentence.tokens();
        boolean capital = entry.kind() == MentionKind.CAPITAL;
        for (int k = from; k < to; k++) {
            String ner = tokens.get(k).ner();
            boolean province = "STATE_OR_PROVINCE".equals(ner) && (!capital || provinceUse(tokens, from, to));
            if ("PERSON".equals(ner) || province) {
                return true;
            }
        }
        for (CoreEntityMention em : sentence.entityMentions()) {
            int[] span = tokenSpan(tokens, em);
            int first = span[0];
            int last = span[1];
            boolean contains = first <= from && to <= last;
            boolean longer = first < from || to < last;
            if (contains && longer && !Set.of("DATE", "NUMBER", "ORDINAL", "DURATION", "MONEY", "PERCENT", "TIME")
                    .contains(em.entityType())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether CoreNLP tags every word of a gazetteer name as a location, and no longer entity holds it: "Lyon" in "a
     * court in Lyon", not in "Olympique Lyon" nor "Orlando" in "Orlando Bloom".
     */
    static boolean locationNer(CoreSentence sentence, int from, int to) {
        if (!locationTagged(sentence, from, to)) {
            return false;
        }
        List<CoreLabel> tokens = sentence.tokens();
        for (CoreEntityMention em : sentence.entityMentions()) {
            int[] span = tokenSpan(tokens, em);
            int first = span[0];
            int last = span[1];
            if (first <= from && to <= last && (first < from || to < last)) {
                return false;
            }
        }
        return true;
    }

    /** Whether CoreNLP tags every word from {@code from} to {@code to} (exclusive) as a location. */
    private static boolean locationTagged(CoreSentence sentence, int from, int to) {
        return sentence.tokens().subList(from, to).stream().allMatch(t -> LOCATION_TAGS.contains(t.ner()));
    }

    /** Proper names start with a capital; short forms ("US", "UN") only match in capitals, never "us" or "Un". */
    static boolean caseFits(String surface) {
        if (surface.isEmpty() || !Character.isUpperCase(surface.codePointAt(0))) {
            return false;
        }
        String letters = surface.replaceAll("[^\\p{L}]", "");
        return letters.length() > 3 || letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    /**
     * Picks among entries sharing a surface form. Single-word person aliases (surnames) count only when that person's
     * full name came earlier in the article, or when the name is unique in the registry and the person held an office
     * in the article's year.
     */
    private Optional<NameEntry> choose(List<NameEntry> entries, LocalDate date, List<Actor> fullNames) {
        List<NameEntry> usable = new ArrayList<>();
        for (NameEntry e : entries) {
            if (e.kind() != MentionKind.SHORT_NAME) {
                usable.add(e);
            } else if (fullNames.stream().anyMatch(p -> p.iri().equals(e.actor().iri()))) {
                usable.add(e);
            } else if (entries.stream().filter(x -> x.kind() == MentionKind.SHORT_NAME).count() == 1
                    && heldOfficeIn(e.actor(), date)) {
                usable.add(e);
            }
        }
        return usable.stream().min(Comparator.comparingInt(MentionFinder::priority));
    }

    private boolean heldOfficeIn(Actor person, LocalDate date) {
        if (person.qid() == null || date == null) {
            return false;
        }
        return registry.inOffice(person.qid(), date.getYear());
    }

    private static int priority(NameEntry e) {
        int kind = switch (e.kind()) {
            case NAME -> 0;
            case DEMONYM -> 1;
            case CAPITAL -> 2;
            case GAZETTEER -> 4;
            default -> 3;
        };
        int actorKind = switch (e.actor().kind()) {
            case STATE -> 0;
            case INTERGOVERNMENTAL_ORGANIZATION -> 1;
            case PERSON -> 3;
            default -> 2;
        };
        return kind * 10 + actorKind;
    }

    private void nerMatches(int s, CoreSentence sentence, String text, QuoteSpans quotes, List<Actor> fullNames,
            List<Mention> out) {
        List<CoreLabel> tokens = sentence.tokens();
        for (CoreEntityMention em : sentence.entityMentions()) {
            String type = em.entityType();
            if (!type.equals("PERSON") && !type.equals("ORGANIZATION")) {
                continue;
            }
            List<CoreLabel> span = em.tokens();
            int first = tokens.indexOf(span.get(0));
            int last = tokens.indexOf(span.get(span.size() - 1));
            if (first < 0 || last < 0 || overlaps(out, first, last + 1)
                    || span.stream().anyMatch(t -> PRONOUN_TAGS.contains(t.tag()))) {
                continue;
            }
            if (type.equals("ORGANIZATION")) {
                first = nameStart(tokens, first, out);
                for (int k = last - 2; k >= first && tokens.get(last).word().equals("Party"); k--) {
                    if (isStateName(tokens.get(k))) {
                        first = k + 1;
                        break;
                    }
                }
            }
            if (type.equals("PERSON")) {
                if (span.stream().anyMatch(t -> t.word().contains("/"))) {
                    continue;
                }
                while (first < last - 1 && HONORIFICS.contains(tokens.get(first).word().replace(".", ""))) {
                    first++;
                }
            }
            if (tokens.get(last).word().equals("Image") && last > first) {
                last--;
            }
            int begin = tokens.get(first).beginPosition();
            int end = tokens.get(last).endPosition();
            String surface = text.substring(begin, end);
            if (surface.matches(".*\\p{Ll}Image") && surface.contains(" ")) {
                end -= "Image".length();
                surface = surface.substring(0, surface.length() - "Image".length());
            }
            Actor actor;
            MentionKind kind = MentionKind.NER;
            if (type.equals("PERSON")) {
                Optional<Actor> earlier = earlierFullName(surface, fullNames);
                if (earlier.isPresent()) {
                    actor = earlier.get();
                    kind = MentionKind.SHORT_NAME;
                } else if (span.size() >= 2 || surface.contains("-")) {
                    actor = Actor.local(ActorKind.PERSON, surface);
                    fullNames.add(actor);
                } else {
                    continue;
                }
            } else {
                actor = Actor.local(organizationKind(surface), surface);
            }
            out.add(new Mention(s, first, last + 1, begin, end, surface, actor, kind, quotes.inside(begin, end)));
        }
    }

    /**
     * Where an organization's name begins: CoreNLP sometimes cuts a name at a dash or leaves out a leading capitalised
     * word it tags otherwise ("African Export–Import Bank" found as "Import Bank", "African Continental Free Trade
     * Area" as "Continental Free Trade Area"). Capitalised words and dashes written without spaces right before the
     * entity, that no other mention covers, are part of it.
     */
    private static int nameStart(List<CoreLabel> tokens, int first, List<Mention> mentions) {
        int k = first;
        while (k > 0 && !overlaps(mentions, k - 1, k)) {
            CoreLabel prev = tokens.get(k - 1);
            boolean dash = prev.word().matches("[-‐-―]") && k >= 2
                    && prev.beginPosition() == tokens.get(k - 2).endPosition() && prev.endPosition() == tokens.get(k).beginPosition();
            boolean word = prev.tag().startsWith("NNP") || (prev.tag().equals("JJ") && "NATIONALITY".equals(prev.ner()));
            if (k == 1 && "O".equals(prev.ner())) {
                break;
            }
            if (!dash && !(word && Character.isUpperCase(prev.word().charAt(0))
                    && Set.of("O", "NATIONALITY", "MISC", "ORGANIZATION").contains(prev.ner()))) {
                break;
            }
            k--;
        }
        return k > 0 && tokens.get(k).word().matches("[-‐-―]") ? k + 1 : k;
    }

    /** A short state name written before a party's name ("US Democratic Party" is the Democratic Party). */
    private boolean isStateName(CoreLabel token) {
        return registry.lookup(token.word()).stream().anyMatch(e -> e.actor().kind() == ActorKind.STATE
                && e.kind() == MentionKind.NAME) && token.word().equals(token.word().toUpperCase(Locale.ROOT));
    }

    /**
     * "Turkey's president", "the Russian foreign minister": a state followed by one of its office titles and no name
     * stands for whoever held that office in the article's year, when exactly one person did. Terms are known by year,
     * so in a year of transition the title stands for the holder the article named earlier by full name ("US President
     * Joe Biden ... the US president" in 2021), and stays unresolved when it named neither or both.
     */
    private void titleReferences(int s, CoreSentence sentence, String text, QuoteSpans quotes, LocalDate date,
            List<Actor> named, List<Mention> out) {
        if (date == null) {
            return;
        }
        List<CoreLabel> tokens = sentence.tokens();
        for (Mention state : List.copyOf(out)) {
            if (state.actor().kind() != ActorKind.STATE || state.actor().qid() == null) {
                continue;
            }
            int t = state.tokenEnd();
            if (t < tokens.size() && tokens.get(t).word().matches("'s|’s")) {
                t++;
            }
            for (int len = Math.min(3, tokens.size() - t); len >= 1; len--) {
                int end = t + len;
                if (overlaps(out, t, end) || (end < tokens.size() && "PERSON".equals(tokens.get(end).ner()))) {
                    continue;
                }
                String title = text.substring(tokens.get(t).beginPosition(), tokens.get(end - 1).endPosition());
                Optional<Actor> office = registry.office(state.actor().qid(), title);
                if (office.isEmpty() || office.get().qid() == null) {
                    continue;
                }
                List<OfficeTerm> holders = registry.holdersIn(office.get().qid(), date.getYear());
                if (holders.size() > 1) {
                    holders = holders.stream()
                            .filter(h -> named.stream().anyMatch(p -> h.personQid().equals(p.qid()))).toList();
                }
                if (holders.size() == 1) {
                    Optional<Actor> person = registry.byQid(holders.get(0).personQid());
                    if (person.isPresent()) {
                        int b = tokens.get(t).beginPosition();
                        int e = tokens.get(end - 1).endPosition();
                        out.add(new Mention(s, t, end, b, e, text.substring(b, e), person.get(), MentionKind.TITLE,
                                quotes.inside(b, e)));
                    }
                }
                break;
            }
        }
    }

    private static boolean overlaps(List<Mention> mentions, int from, int to) {
        return mentions.stream().anyMatch(m -> m.tokenBegin() < to && from < m.tokenEnd());
    }

    /** A one-word name equal to the first or last word of a full name seen earlier ("Choi" for "Choi Yong-hwan"). */
    private static Optional<Actor> earlierFullName(String surface, List<Actor> fullNames) {
        if (surface.contains(" ")) {
            return Optional.empty();
        }
        String wanted = ActorRegistry.normalize(surface);
        for (int i = fullNames.size() - 1; i >= 0; i--) {
            String[] words = ActorRegistry.normalize(fullNames.get(i).label()).split(" ");
            if (words.length > 1 && (words[0].equals(wanted) || words[words.length - 1].equals(wanted))) {
                return Optional.of(fullNames.get(i));
            }
        }
        return Optional.empty();
    }

    static ActorKind organizationKind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.matches(".*\\b(university|college)\\b.*")) {
            return ActorKind.UNIVERSITY;
        }
        if (n.matches(".*\\b(news|times|post|press|tv|radio|broadcasting|herald|journal|twitter|facebook|instagram|"
                + "youtube|telegram|tiktok|weibo|whatsapp)\\b.*")) {
            return ActorKind.MEDIA;
        }
        if (n.matches(".*\\b(ministry|department|parliament|congress|senate|assembly|court|agency|commission|"
                + "armed forces|army|navy|air force|police|cabinet|government)\\b.*")) {
            return ActorKind.GOVERNMENT_BODY;
        }
        return ActorKind.ORGANIZATION;
    }
}
