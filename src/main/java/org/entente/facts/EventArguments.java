package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.util.EditDistance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.Mention;
import org.entente.link.MentionKind;

/**
 * Who acts and who is acted on in a coded event: the actor a noun phrase names, as event coders read it. A state, an
 * organization or a person named at the phrase's head; a capital standing for its government ("Pyongyang warned");
 * forces, officials and bodies of a state ("Georgian troops", "the Russian foreign ministry"); "the country" or "the
 * kingdom" for the state named last; "he" or "she" for the person named last; a generic agent of the codebook
 * ("Brazilian federal police", "protesters"); and for a phrase that names what an actor did, said or owns ("Iran's
 * proposal", "the decision by the court", "a member of Hezbollah"), that actor.
 */
final class EventArguments {
    /**
     * An actor and where the sentence names it (character offsets into the article), with the word it was found at
     * (null when it stands for no word of this sentence), whose conjuncts name more actors ("China, India and Oman").
     */
    record Arg(Actor actor, int begin, int end, IndexedWord at) {
        Arg(Actor actor, int begin, int end) {
            this(actor, begin, end, null);
        }
    }

    /** Heads that act for the state or organization that modifies them. */
    private static final Set<String> ACTING_HEADS = Set.of("government", "administration", "ministry", "minister",
            "president", "leader", "official", "authority", "army", "navy", "military", "embassy", "ambassador", "diplomat", "envoy", "delegation", "parliament",
            "court", "police", "spokesman", "spokesperson", "spokeswoman", "regime", "side", "counterpart",
            "cabinet", "premier", "chancellor", "king", "jet", "warplane", "aircraft", "drone", "missile",
            "artillery", "warship", "coast", "guard", "security", "agency", "intelligence", "negotiator",
            "commander", "general", "representative", "mission", "state", "foreign", "defense", "defence",
            "legislature", "congress", "senate", "lawmaker", "prosecutor", "judge", "soldier", "troop", "force",
            "marine", "unit", "battalion", "brigade", "peacekeeper", "personnel",
            "airforce", "helicopter", "tank", "boat", "vessel", "ship", "alliance", "bloc", "command", "department",
            "office", "committee", "council", "watchdog", "regulator", "junta", "airstrike", "strike", "raid",
            "bombing", "shelling", "bombardment", "rocket", "offensive", "submarine", "member");
    /** Roles whose holder speaks for the body that modifies them. */
    private static final Set<String> SPEAKERS = Set.of("spokesman", "spokeswoman", "spokesperson");
    /**
     * People who fight for a group, not for the state their demonym names ("Taliban attackers", "a suicide bomber of the
     * Islamic State"): they act for an organization that modifies them, never for a state ("Palestinian gunmen").
     */
    private static final Set<String> GROUP_FIGHTERS = Set.of("attacker", "bomber", "gunman", "militant",
            "insurgent", "jihadist", "extremist", "assailant", "guerrilla", "affiliate", "operative");
    private static final Set<String> CAPTIVE = Set.of("suspected", "alleged", "former", "would-be");
    /**
     * Verbs that report their subject's own words or intent, so that a pronoun subject of the reported clause is the
     * speaker ("Russia said it had expelled"); not verbs of asking or accusing, whose clause is about someone else.
     */
    private static final Set<String> REPORTING = Set.of("say", "tell", "add", "state", "announce", "write", "note",
            "claim", "declare", "stress", "insist", "explain", "confirm", "deny", "reiterate", "reaffirm", "affirm",
            "acknowledge", "admit", "assert", "maintain", "vow", "promise", "pledge", "warn", "indicate", "tweet",
            "report", "threaten", "decide");
    /** Nouns that stand for the state named last: "the country", "the kingdom". */
    static final Set<String> STATE_ANAPHORS = Set.of("country", "nation", "kingdom", "republic");
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    static final Set<String> BODY_PRONOUNS = Set.of("it", "they", "them");
    /** Plural nouns that stand for the states whose officials were named before: "the foreign ministers agreed". */
    private static final Set<String> GROUP_NOUNS = Set.of("minister", "leader", "delegation", "participant",
            "official", "diplomat", "envoy", "counterpart");
    /** Words before a group noun that make it the group named before: "the ministers", "several ministers". */
    private static final Set<String> GROUP_DETERMINERS = Set.of("the", "several", "all", "both", "these");
    /** Nouns whose "of" phrase names who gathers: "an assembly of several foreign ministers". */
    private static final Set<String> GATHERINGS = Set.of("assembly", "meeting", "gathering", "summit", "group",
            "conference", "majority");
    /** Nouns of agreements besides the treaty nouns: "the memoranda of understanding between Turkey and Libya". */
    private static final Set<String> PACT_WORDS = Set.of("memoranda", "deal", "understanding", "arrangement");
    private static final int GROUP_LIMIT = 6;
    private static final int GROUP_SENTENCES = 5;
    /** "the two sides": with the plurals of {@link #STATE_ANAPHORS}, the two states named before. */
    static final String PAIR_NOUN = "side";
    /**
     * Nouns that name what an actor did or decided, so that a state modifying them is the actor ("the Russian
     * proposal", "the US decision"); a state modifying other nouns only says where they come from ("Russian gas").
     */
    private static final Set<String> ACT_NOUNS = Set.of("decision", "proposal", "plan", "call", "demand", "request",
            "offer", "move", "policy", "action", "statement", "remark", "comment", "claim", "accusation", "position",
            "stance", "aggression", "occupation", "intervention", "involvement", "presence", "activity", "behavior",
            "behaviour", "conduct", "violation", "measure", "announcement", "refusal", "initiative", "bid", "effort",
            "order", "ruling", "response", "decree", "law", "legislation", "resolution", "annexation", "program",
            "programme", "strategy", "approach", "campaign", "operation", "crackdown", "incursion", "support", "appeal",
            "motion", "petition", "lawsuit", "complaint", "allegation", "suggestion", "invitation", "ultimatum",
            "draft", "amendment", "bill", "warning", "threat");
    /**
     * Nouns of the other side of a relation: "Indonesia's donors", "the critics of Erdogan", "Russia's neighbours" are
     * not Indonesia, Erdogan or Russia.
     */
    private static final Set<String> RELATIONAL = Set.of("donor", "ally", "neighbour", "neighbor", "critic",
            "opponent", "enemy", "rival", "partner", "creditor", "foe", "adversary", "friend", "supporter",
            "detractor", "victim");
    private static final String CAMPAIGN = "campaign";
    /** Participles by which a modifier leads what a noun names: "Saudi-led", "NATO-commanded". */
    private static final Set<String> LEADING = Set.of("led", "headed", "commanded");
    /** Heads that count members of what their phrase names: "several of the groups", "a majority of the guards". */
    private static final Set<String> QUANTIFIERS = Set.of("several", "some", "many", "most", "all", "both", "few",
            "group", "majority", "number", "dozen", "dozens", "hundreds", "thousands", "tens", "member", "members",
            "one", "two", "three", "each", "none", "part", "rest", "coalition", "delegation", "team", "bloc");

    private EventArguments() {
    }

    /** The actor a noun phrase headed by {@code head} names, if it names one. */
    /** Whether a noun names an act or a stance ("decision", "policy"), whose owner it stands for in verbal events. */
    static boolean isActNoun(IndexedWord noun) {
        return ACT_NOUNS.contains(SentenceContext.lemma(noun));
    }

    static Optional<Arg> of(SentenceContext s, IndexedWord head) {
        return of(s, head, 0);
    }

    private static Optional<Arg> of(SentenceContext s, IndexedWord head, int depth) {
        Optional<Mention> m = s.mentionAt(head);
        if (m.isPresent()) {
            return named(s, m.get(), head);
        }
        String word = head.word().toLowerCase(Locale.ROOT);
        String lemma = SentenceContext.lemma(head);
        if ((PERSON_PRONOUNS.contains(word) || BODY_PRONOUNS.contains(word)) && head.tag().startsWith("PRP")
                && depth == 0) {
            Optional<Arg> reporter = reporter(s, head, PERSON_PRONOUNS.contains(word));
            if (reporter.isPresent()) {
                return reporter;
            }
        }
        if (PERSON_PRONOUNS.contains(word) && head.tag().startsWith("PRP")) {
            return s.nearestPersonBefore(head).map(p -> new Arg(p.actor(), head.beginPosition(), head.endPosition()));
        }
        if (BODY_PRONOUNS.contains(word) && head.tag().startsWith("PRP")) {
            return bodyNamedBefore(s, head).map(a -> new Arg(a, head.beginPosition(), head.endPosition()));
        }
        if (STATE_ANAPHORS.contains(lemma) && s.children(head, "nmod:poss").isEmpty()
                && s.children(head, "amod").isEmpty() && s.children(head, "compound").isEmpty()
                && s.children(head, "det").stream().anyMatch(d -> d.word().equalsIgnoreCase("the"))) {
            return stateNamedBefore(s, head).map(a -> new Arg(a, head.beginPosition(), head.endPosition()));
        }
        Optional<Arg> respelled = titledRespelling(s, head);
        if (respelled.isPresent()) {
            return respelled;
        }
        if (head.tag().startsWith("NNP") && "PERSON".equals(s.tokens().get(head.index() - 1).ner())) {
            return Optional.of(new Arg(Actor.local(ActorKind.PERSON, head.word()), head.beginPosition(),
                    head.endPosition(), head));
        }
        Optional<Arg> campaign = campaignOf(s, head, lemma);
        if (campaign.isPresent()) {
            return campaign;
        }
        Optional<Arg> leader = ledBy(s, head);
        if (leader.isPresent()) {
            return leader;
        }
        if (QUANTIFIERS.contains(lemma) && depth <= 1) {
            for (String rel : List.of("nmod:of", "dep", "conj", "nmod:among", "compound", "amod")) {
                for (IndexedWord c : s.children(head, rel)) {
                    Optional<Arg> a = of(s, c, depth + 1);
                    if (a.isPresent()) {
                        return a;
                    }
                }
            }
        }
        if (depth > 1 || !(head.tag().startsWith("NN") || nominalAdjective(s, head))) {
            return Optional.empty();
        }
        if (ACTING_HEADS.contains(lemma) || Vocabulary.FORCES.contains(lemma) || Vocabulary.TITLES.contains(lemma)
                || Vocabulary.WEAPONS.contains(lemma)) {
            for (String rel : List.of("flat", "appos", "compound", "amod", "nmod:poss", "nmod:of", "nmod:for",
                    "nmod:from")) {
                for (IndexedWord c : s.childrenExact(head, rel)) {
                    Optional<Arg> a = modifier(s, c, depth);
                    if (a.isPresent()) {
                        return rel.equals("flat") || rel.equals("appos") ? Optional.of(titled(s, head, a.get())) : a;
                    }
                }
            }
        }
        if (ACTING_HEADS.contains(lemma) || ACT_NOUNS.contains(lemma) || Vocabulary.WEAPONS.contains(lemma)) {
            Optional<Arg> firing = firedBy(s, head, depth);
            if (firing.isPresent()) {
                return firing;
            }
        }
        if (GROUP_FIGHTERS.contains(lemma)) {
            Optional<Arg> group = fightersGroup(s, head, depth);
            if (group.isPresent()) {
                return group;
            }
        }
        if (isPact(head)) {
            List<IndexedWord> parties = parties(s, head);
            if (!parties.isEmpty()) {
                return of(s, parties.get(0), depth + 1);
            }
        }
        Optional<Arg> agent = GenericAgents.of(s, head);
        if (agent.isPresent()) {
            return agent;
        }
        for (String rel : List.of("nmod:poss", "nmod:by", "amod", "compound", "nmod:of", "nmod:from", "appos")) {
            for (IndexedWord c : s.childrenExact(head, rel)) {
                if ((rel.equals("amod") || rel.equals("compound")) && !ACT_NOUNS.contains(lemma)
                        || RELATIONAL.contains(lemma) && (rel.equals("nmod:poss") || rel.equals("nmod:of"))) {
                    continue;
                }
                Optional<Arg> a = rel.equals("amod") || rel.equals("compound") ? stateModifier(s, c)
                        : of(s, c, depth + 1);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return listed(s, head, depth).or(() -> struckPlace(s, head, lemma, depth))
                .or(() -> goodsOf(s, head, lemma, depth))
                .or(() -> s.discourse().doerOf(s, head).map(a -> new Arg(a, head.beginPosition(), head.endPosition())));
    }

    /**
     * A name the registry does not spell this way, after the title of the office its holder held then: "Ethiopian
     * President Sahle Work Zawde" is the president of Ethiopia the title names (Sahle-Work Zewde), when the last names
     * differ only in spelling (one edit, same first letter); any other name after a title is someone else.
     */
    private static Optional<Arg> titledRespelling(SentenceContext s, IndexedWord head) {
        if (!head.tag().startsWith("NNP")) {
            return Optional.empty();
        }
        for (IndexedWord c : s.childrenExact(head, "compound")) {
            Optional<Mention> title = s.mentionAt(c).filter(m -> m.kind() == MentionKind.TITLE
                    && m.actor().kind() == ActorKind.PERSON);
            if (title.isPresent() && c.index() < head.index() && respelling(head.word(), title.get().actor().label())) {
                return named(s, title.get(), head).map(a -> new Arg(a.actor(), a.begin(), head.endPosition(), head));
            }
        }
        return Optional.empty();
    }

    private static boolean respelling(String name, String label) {
        String[] parts = label.split("[ -]");
        String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        String word = name.toLowerCase(Locale.ROOT);
        return !word.equals(last) && word.charAt(0) == last.charAt(0) && Math.abs(word.length() - last.length()) <= 1
                && new EditDistance().score(word, last) == 1.0;
    }

    /**
     * A person's campaign, an actor of its own as election news reports it ("the Trump campaign accused Biden", "his
     * campaign called for CNN to fire Lockhart"), named by the person's last name; the person's state is not its own.
     */
    private static Optional<Arg> campaignOf(SentenceContext s, IndexedWord head, String lemma) {
        if (!lemma.equals(CAMPAIGN)) {
            return Optional.empty();
        }
        for (String rel : List.of("compound", "nmod:poss")) {
            for (IndexedWord c : s.childrenExact(head, rel)) {
                Optional<Arg> person = of(s, c, 2).filter(a -> a.actor().kind() == ActorKind.PERSON);
                if (person.isPresent()) {
                    String[] names = person.get().actor().label().split(" ");
                    return Optional.of(new Arg(Actor.local(ActorKind.ORGANIZATION, names[names.length - 1] + " "
                            + CAMPAIGN), Math.min(c.beginPosition(), head.beginPosition()), head.endPosition(), head));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The state or organization that leads what the phrase names, as event data codes it: "the Saudi-led coalition",
     * "a US-led strike" act for their leader; "Russian-backed separatists" are no one's but their own.
     */
    private static Optional<Arg> ledBy(SentenceContext s, IndexedWord head) {
        for (IndexedWord mod : s.childrenExact(head, "amod")) {
            if (!LEADING.contains(mod.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (IndexedWord c : s.graph().getChildList(mod)) {
                if (c.index() < mod.index()) {
                    Optional<Arg> a = stateModifier(s, c);
                    if (a.isPresent()) {
                        return a;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The state goods, trade or firms come from, where an act lands on them: "tariffs on Chinese goods", "a ban on
     * imports of British beef", "sanctions on Russian banks".
     */
    private static Optional<Arg> goodsOf(SentenceContext s, IndexedWord head, String lemma, int depth) {
        if (!Vocabulary.GOODS.contains(lemma)) {
            return Optional.empty();
        }
        for (String rel : List.of("amod", "compound", "nmod:of", "nmod:from")) {
            for (IndexedWord c : s.childrenExact(head, rel)) {
                Optional<Arg> a = rel.startsWith("nmod") ? of(s, c, depth + 1) : stateModifier(s, c);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The state or place a military target lies in or belongs to: "targets in Syria's Hama province", "a base near
     * Erbil", "Iranian bases"; a place stands for its state when the event is coded.
     */
    private static Optional<Arg> struckPlace(SentenceContext s, IndexedWord head, String lemma, int depth) {
        if (!Vocabulary.MILITARY_TARGETS.contains(lemma)) {
            return Optional.empty();
        }
        for (String rel : List.of("amod", "compound", "nmod:in", "nmod:near", "nmod:inside", "nmod:across",
                "nmod:of")) {
            for (IndexedWord c : s.childrenExact(head, rel)) {
                Optional<Arg> a = (rel.equals("amod") || rel.equals("compound") ? stateModifier(s, c)
                        : of(s, c, depth + 1)).or(() -> placeState(s, c));
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The state of a place the registry knows, named where force lands or a ceasefire holds ("shelled Idlib", "a base
     * in Basra"): event data codes a place by its state. Empty for places of no one state (disputed, international).
     */
    static Optional<Arg> placeState(SentenceContext s, IndexedWord w) {
        return s.mentionAt(w).filter(m -> m.actor().kind() == ActorKind.PLACE)
                .flatMap(m -> s.asState(m.actor()).filter(st -> st.qid() != null)
                        .map(st -> new Arg(st, m.begin(), m.end(), w)));
    }

    /**
     * An adjective the tagger gave to a noun that heads a phrase ("killed Iranian general, Qasem Soleimani"): it is an
     * object, subject or prepositional phrase, or has a determiner.
     */
    private static boolean nominalAdjective(SentenceContext s, IndexedWord head) {
        if (!head.tag().startsWith("JJ")) {
            return false;
        }
        String rel = s.relationToParent(head);
        return rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("obl") || rel.startsWith("nmod")
                || !s.childrenExact(head, "det").isEmpty();
    }

    /** Whether a noun names an agreement ("the memoranda of understanding", "the border agreement"). */
    private static boolean isPact(IndexedWord noun) {
        String lemma = SentenceContext.lemma(noun);
        return Vocabulary.TREATY_NOUNS.contains(lemma) || PACT_WORDS.contains(lemma);
    }

    /**
     * The parties an agreement is between, its own or its "of" phrase's ("the memoranda of understanding between
     * Turkey and Libya"): what is said of the agreement is said of them.
     */
    private static List<IndexedWord> parties(SentenceContext s, IndexedWord pact) {
        List<IndexedWord> out = new ArrayList<>(s.childrenExact(pact, "nmod:between"));
        for (IndexedWord of : s.childrenExact(pact, "nmod:of")) {
            out.addAll(s.childrenExact(of, "nmod:between"));
        }
        return out;
    }

    /**
     * The agent of a participle that modifies a weapon, a strike or an act: "the missiles fired by the Israeli
     * military", "every offer made by the Taliban", "a request put forward by Croatia".
     */
    private static Optional<Arg> firedBy(SentenceContext s, IndexedWord head, int depth) {
        for (IndexedWord acl : s.childrenExact(head, "acl")) {
            for (IndexedWord agent : SentenceContext.concat(s.childrenExact(acl, "obl:agent"),
                    s.childrenExact(acl, "obl:by"))) {
                Optional<Arg> a = of(s, agent, depth + 1);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The organization a group's fighters belong to, when the phrase names one ("Taliban militants"); suspected or
     * former fighters act for no one ("a suspected Islamist militant").
     */
    private static Optional<Arg> fightersGroup(SentenceContext s, IndexedWord head, int depth) {
        if (s.childrenExact(head, "amod").stream().anyMatch(a -> CAPTIVE.contains(a.word().toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        for (String rel : List.of("compound", "amod", "nmod:of", "nmod:from", "nmod:poss")) {
            for (IndexedWord c : s.childrenExact(head, rel)) {
                Optional<Mention> m = s.mentionAt(c);
                if (m.isPresent() && m.get().actor().kind().isOrganization() && m.get().kind() != MentionKind.DEMONYM) {
                    return Optional.of(new Arg(m.get().actor(), m.get().begin(), m.get().end(), c));
                }
            }
        }
        return Optional.empty();
    }

    /** Members a general noun lists: "allies such as Germany", "countries including Chile". */
    private static Optional<Arg> listed(SentenceContext s, IndexedWord head, int depth) {
        for (String rel : List.of("nmod:such_as", "nmod:including", "nmod:like")) {
            for (IndexedWord c : s.childrenExact(head, rel)) {
                Optional<Arg> a = of(s, c, depth + 1);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A name or demonym of a state, or an organization's name, modifying a noun: "the Russian proposal", "the US
     * decision", also through a modifier it names ("the last ISIS group bastion").
     */
    private static Optional<Arg> stateModifier(SentenceContext s, IndexedWord w) {
        if (s.mentionAt(w).isEmpty()) {
            for (IndexedWord name : s.childrenExact(w, "compound")) {
                Optional<Arg> a = modifierActor(s, name);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return modifierActor(s, w);
    }

    private static Optional<Arg> modifierActor(SentenceContext s, IndexedWord w) {
        return s.mentionAt(w).filter(m -> m.actor().kind() == ActorKind.STATE || SentenceContext.isMetonym(m)
                || m.actor().kind().isOrganization())
                .flatMap(m -> m.actor().kind().isOrganization() ? Optional.of(m.actor()) : s.asState(m.actor()))
                .map(a -> new Arg(a, w.beginPosition(), w.endPosition(), w));
    }

    /**
     * A person named beside a title acts for the state of the title's nationality when nothing else says whom the
     * person serves: "the Belarussian defense minister, Leonid Maltsev" acts for Belarus.
     */
    private static Arg titled(SentenceContext s, IndexedWord title, Arg person) {
        Actor a = person.actor();
        if (a.kind() != ActorKind.PERSON || a.countryQid() != null) {
            return person;
        }
        for (IndexedWord c : SentenceContext.concat(s.childrenExact(title, "amod"), s.childrenExact(title, "compound"))) {
            Optional<Actor> state = s.mentionAt(c).filter(m -> m.actor().kind() == ActorKind.STATE)
                    .map(Mention::actor).filter(st -> st.qid() != null);
            if (state.isPresent()) {
                return new Arg(a.withCountry(state.get().qid()), person.begin(), person.end(), person.at());
            }
        }
        return person;
    }

    /** A modifier of an acting head: a demonym counts here ("Russian troops"), as it names who the forces serve. */
    private static Optional<Arg> modifier(SentenceContext s, IndexedWord w, int depth) {
        Optional<Mention> m = s.mentionAt(w);
        if (m.isPresent() && m.get().kind() == MentionKind.DEMONYM) {
            return Optional.of(new Arg(m.get().actor(), m.get().begin(), m.get().end(), w));
        }
        return of(s, w, depth + 1);
    }

    private static Optional<Arg> named(SentenceContext s, Mention m, IndexedWord at) {
        Actor a = m.actor();
        if (m.kind() == MentionKind.DEMONYM) {
            return people(s, m, at);
        }
        if (SentenceContext.isMetonym(m)) {
            return s.asState(a).map(st -> new Arg(st, m.begin(), m.end(), at));
        }
        if (!a.kind().isAgent()) {
            return Optional.empty();
        }
        if (a.kind() == ActorKind.PERSON) {
            Optional<Actor> state = s.stateTitling(m).filter(st -> st.qid() != null)
                    .filter(st -> m.actor().countryQid() == null || heldIn(s, m.actor(), st));
            if (state.isPresent()) {
                a = a.withCountry(state.get().qid());
            } else if (a.countryQid() == null && at != null) {
                Optional<Arg> body = appositiveBody(s, at);
                if (body.isPresent() && body.get().actor().kind() == ActorKind.STATE) {
                    a = a.withCountry(body.get().actor().qid());
                } else if (body.isPresent()) {
                    return Optional.of(new Arg(body.get().actor(), m.begin(), m.end(), at));
                }
            }
        }
        return Optional.of(new Arg(a, m.begin(), m.end(), at));
    }

    /**
     * Whom a person acts for by the role an appositive gives: "Maria Zakharova, the spokeswoman of the Russian Foreign
     * Ministry" speaks for Russia; "Ahmed al-Assadi, a spokesman for the PMF" is the PMF's voice, so the PMF acts. Only a
     * spokesperson stands for an organization; other roles ("a minister of Iraq") give the person the state.
     */
    private static Optional<Arg> appositiveBody(SentenceContext s, IndexedWord name) {
        for (IndexedWord role : s.childrenExact(name, "appos")) {
            String lemma = SentenceContext.lemma(role);
            if (!ACTING_HEADS.contains(lemma) || s.mentionAt(role).isPresent()) {
                continue;
            }
            Optional<Arg> body = of(s, role, 1).filter(b -> b.actor().kind() != ActorKind.PERSON);
            if (body.isPresent() && (body.get().actor().kind() == ActorKind.STATE || SPEAKERS.contains(lemma))) {
                return body;
            }
        }
        return Optional.empty();
    }

    /**
     * A plural demonym that heads its phrase names the state's people, as event data codes them ("the Palestinians",
     * "two Kuwaitis", "South Koreans"): a social group of that state. An adjective ("Russian gas") names no one.
     */
    private static Optional<Arg> people(SentenceContext s, Mention m, IndexedWord at) {
        if (!at.tag().equals("NNS") && !at.tag().equals("NNPS") || s.relationToParent(at).equals("amod")
                || s.relationToParent(at).equals("compound")) {
            return Optional.empty();
        }
        return s.asState(m.actor()).filter(st -> st.qid() != null).map(st -> {
            Actor group = Actor.local(ActorKind.SOCIAL_GROUP, "people (" + st.label() + ")", st.qid());
            return new Arg(group, m.begin(), m.end(), at);
        });
    }

    /**
     * Whether a person the registry knows held an office of this state: a monarch of several realms is the United
     * Kingdom's where the text says "the United Kingdom's Queen Elizabeth II", whichever realm the registry lists first.
     */
    private static boolean heldIn(SentenceContext s, Actor person, Actor state) {
        return person.qid() != null && !state.qid().equals(person.countryQid()) && s.registry().termsOf(person.qid())
                .stream().anyMatch(t -> state.qid().equals(t.stateQid()));
    }

    /**
     * The speaker a pronoun subject of reported speech stands for: in "Russia said it had expelled", "the Indian
     * military said it had launched", "Macron says he will visit", the subject of the reported clause is the one who
     * reports it, when that speaker is of the pronoun's kind (a person for "he" and "she", a body for "it" and
     * "they"), with the span where the sentence names the speaker; "it" after a person is the state the person speaks
     * for ("the US envoy said it supports the UN's effort"). Empty when the pronoun is not such a subject.
     */
    private static Optional<Arg> reporter(SentenceContext s, IndexedWord pronoun, boolean person) {
        if (!s.relationToParent(pronoun).startsWith("nsubj")) {
            return Optional.empty();
        }
        Optional<IndexedWord> clause = s.parent(pronoun);
        if (clause.isEmpty() || !s.relationToParent(clause.get()).equals("ccomp")) {
            return Optional.empty();
        }
        Optional<IndexedWord> speech = s.parent(clause.get())
                .filter(v -> v.tag().startsWith("VB") && REPORTING.contains(SentenceContext.lemma(v)));
        if (speech.isEmpty()) {
            return Optional.empty();
        }
        for (IndexedWord subject : s.activeSubjects(speech.get())) {
            if (subject.tag().startsWith("PRP")) {
                continue;
            }
            Optional<Arg> said = of(s, subject, 1);
            Optional<Arg> a = said.filter(x -> (x.actor().kind() == ActorKind.PERSON) == person);
            if (a.isPresent()) {
                return a;
            }
            Optional<Arg> body = said.filter(x -> pronoun.word().equalsIgnoreCase("it")
                    && x.actor().kind() == ActorKind.PERSON).flatMap(x -> s.asState(x.actor())
                    .map(st -> new Arg(st, x.begin(), x.end(), x.at())));
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
    }

    /**
     * What "it" or "they" stands for: the state or organization named last before it, in this sentence or the one
     * before ("The ELN said it will release ...").
     */
    private static Optional<Actor> bodyNamedBefore(SentenceContext s, IndexedWord w) {
        for (Mention m : s.mentions().before(s.index(), w.index() - 1)) {
            if (m.inQuote() || s.index() - m.sentence() > 1 || m.kind() == MentionKind.DEMONYM) {
                continue;
            }
            ActorKind kind = m.actor().kind();
            if (kind == ActorKind.STATE || kind.isOrganization()) {
                return SentenceContext.isMetonym(m) ? s.asState(m.actor()) : Optional.of(m.actor());
            }
        }
        return Optional.empty();
    }

    /**
     * "The two countries", "both nations", "the two sides": the last two distinct states named before, in this
     * sentence or the three before, outside quotes; empty for any other phrase or when two are not found.
     */
    private static List<Arg> statePair(SentenceContext s, IndexedWord head) {
        String lemma = SentenceContext.lemma(head);
        boolean pairWord = s.children(head, "nummod").stream().anyMatch(n -> n.word().equalsIgnoreCase("two"))
                || s.children(head, "det").stream().anyMatch(d -> d.word().equalsIgnoreCase("both"))
                || s.children(head, "det:predet").stream().anyMatch(d -> d.word().equalsIgnoreCase("both"));
        if (!pairWord || !head.tag().equals("NNS") || !(STATE_ANAPHORS.contains(lemma) || lemma.equals(PAIR_NOUN))) {
            return List.of();
        }
        List<Actor> states = statesNamedBefore(s, head, 2);
        if (states.size() < 2) {
            return List.of();
        }
        return states.stream().map(a -> new Arg(a, head.beginPosition(), head.endPosition(), head)).toList();
    }

    /**
     * "The foreign ministers", "the leaders", "they" after sentences that name the officials of several states
     * ("Egyptian foreign minister Sameh Shoukry and his Greek and Cypriot counterparts"): those states (at most
     * {@value #GROUP_LIMIT}, the last named first), from the {@value #GROUP_SENTENCES} sentences before, outside
     * quotes, in the order the text names them (an event takes its first sources: those named first, not one
     * named after them as an observer). Empty for any other
     * phrase, or when fewer than two states' officials were named (then "they" is the body named last, as
     * {@link #of} finds it).
     */
    private static List<Arg> stateGroup(SentenceContext s, IndexedWord head) {
        String word = head.word().toLowerCase(Locale.ROOT);
        boolean pronoun = word.equals("they") && head.tag().startsWith("PRP");
        boolean noun = head.tag().equals("NNS") && GROUP_NOUNS.contains(SentenceContext.lemma(head))
                && SentenceContext.concat(s.children(head, "det"), s.children(head, "amod")).stream()
                        .anyMatch(d -> GROUP_DETERMINERS.contains(d.word().toLowerCase(Locale.ROOT)))
                && s.children(head, "nmod:poss").isEmpty() && s.children(head, "nmod:of").isEmpty()
                && s.children(head, "amod").stream().allMatch(a -> s.mentionAt(a).isEmpty())
                && s.children(head, "compound").stream().allMatch(a -> s.mentionAt(a).isEmpty());
        if (!pronoun && !noun) {
            return List.of();
        }
        List<Mention> named = new ArrayList<>();
        for (int back = 1; back <= GROUP_SENTENCES && s.index() - back >= 0; back++) {
            for (Mention m : s.mentions().inSentence(s.index() - back)) {
                if (!m.inQuote() && m.actor().kind() == ActorKind.STATE && s.titledAfter(m) && named.size() < GROUP_LIMIT
                        && named.stream().noneMatch(x -> x.actor().iri().equals(m.actor().iri()))) {
                    named.add(m);
                }
            }
        }
        if (named.size() < 2) {
            return List.of();
        }
        named.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::tokenBegin));
        return named.stream().map(m -> new Arg(m.actor(), head.beginPosition(), head.endPosition(), head)).toList();
    }

    /** The state named last before a word, in this sentence or the ones before, outside quotes. */
    private static Optional<Actor> stateNamedBefore(SentenceContext s, IndexedWord w) {
        return statesNamedBefore(s, w, 1).stream().findFirst();
    }

    /**
     * Up to {@code limit} distinct states named before a word, the last named first, in this sentence or the three
     * before, outside quotes (a capital's or demonym's mention is its state's).
     */
    private static List<Actor> statesNamedBefore(SentenceContext s, IndexedWord w, int limit) {
        List<Actor> states = new ArrayList<>();
        for (Mention m : s.mentions().before(s.index(), w.index() - 1)) {
            if (m.inQuote() || s.index() - m.sentence() > 3 || m.actor().kind() != ActorKind.STATE
                    || states.stream().anyMatch(x -> x.iri().equals(m.actor().iri()))) {
                continue;
            }
            states.add(m.actor());
            if (states.size() == limit) {
                break;
            }
        }
        return states;
    }

    /** Adds the actor each phrase names, unless {@code out} already holds it. */
    private static void addNew(SentenceContext s, List<IndexedWord> heads, List<Arg> out) {
        for (IndexedWord h : heads) {
            of(s, h).filter(a -> !holds(out, a.actor())).ifPresent(out::add);
        }
    }

    /** Whether one of the arguments is that actor. */
    static boolean holds(List<Arg> args, Actor actor) {
        return args.stream().anyMatch(x -> x.actor().iri().equals(actor.iri()));
    }

    /** The actors of a phrase and of the phrases joined to it by "and" ("Russia and China"). */
    static List<Arg> allOf(SentenceContext s, IndexedWord head) {
        List<Arg> out = new ArrayList<>(statePair(s, head));
        if (out.isEmpty()) {
            out.addAll(stateGroup(s, head));
        }
        if (out.isEmpty() && GATHERINGS.contains(SentenceContext.lemma(head))) {
            s.childrenExact(head, "nmod:of").forEach(c -> out.addAll(stateGroup(s, c)));
        }
        if (out.isEmpty() && isPact(head)) {
            addNew(s, parties(s, head), out);
        }
        if (!out.isEmpty()) {
            return out;
        }
        of(s, head).ifPresent(out::add);
        if (!out.isEmpty() && out.get(0).at() != null && out.get(0).at() != head) {
            addNew(s, s.children(out.get(0).at(), "conj"), out);
        }
        addNew(s, s.children(head, "conj"), out);
        if (ACTING_HEADS.contains(SentenceContext.lemma(head)) || Vocabulary.FORCES.contains(SentenceContext.lemma(head))) {
            List<IndexedWord> modifiers = new ArrayList<>();
            for (IndexedWord c : s.childrenExact(head, "amod")) {
                modifiers.add(c);
                modifiers.addAll(s.children(c, "conj"));
            }
            for (IndexedWord c : modifiers) {
                s.mentionAt(c).filter(m -> m.kind() == MentionKind.DEMONYM && m.actor().kind() == ActorKind.STATE)
                        .filter(m -> out.stream().noneMatch(x -> x.actor().iri().equals(m.actor().iri())
                                || m.actor().qid() != null && m.actor().qid().equals(x.actor().countryQid())))
                        .ifPresent(m -> out.add(new Arg(m.actor(), m.begin(), m.end(), c)));
            }
        }
        return out;
    }
}
