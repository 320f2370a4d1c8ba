package org.entente.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.entente.facts.ArticleFacts;
import org.entente.facts.Fact;
import org.entente.facts.FactType;
import org.entente.facts.Interaction;
import org.entente.facts.Role;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.ActorRegistry;

/** What Entente extracted from an article, as items comparable with a gold file. */
final class ExtractedItems {
    /** Category prefix of interactions compared by PLOVER type: {@code plover:DISAPPROVE}. */
    static final String PLOVER_PREFIX = "plover:";

    private ExtractedItems() {
    }

    /**
     * Events are compared as interactions between states, as event-data coders code them: a person or national body
     * counts as the state it belongs to (Mitsotakis meeting Trump is Greece meeting the United States).
     */
    static List<Item> of(ArticleFacts facts) {
        List<Item> items = new ArrayList<>();
        for (Actor a : facts.actors()) {
            if (!a.kind().isAgent() || a.kind() == ActorKind.MILITARY_FORCE || a.kind() == ActorKind.SOCIAL_GROUP) {
                continue;
            }
            items.add(new Item("actor", Set.of(Identity.of(a)), null, "actor " + a.label()));
            if (a.qid() != null) {
                items.add(new Item("wikidata-link", Set.of(a.qid()), null, "link " + a.label() + " = " + a.qid()));
            }
        }
        for (Fact f : facts.facts()) {
            Function<Actor, Optional<Actor>> acting = ActorRegistry.bundled()
                    .actingOn(Interaction.actingDay(f, facts.article().datePublished()));
            String sentence = f.evidence().get(0).text();
            plover(items, f, sentence, acting);
            switch (f.type()) {
                case DEPLOYMENT -> event(items, "deployment", f, sentence, Role.DEPLOYER,
                        f.all(Role.HOST).isEmpty() ? Role.IN_SUPPORT_OF : Role.HOST);
                case ENGAGEMENT -> event(items, "engagement", f, sentence, Role.SIDE_A, Role.SIDE_B);
                case TREATY_SIGNING -> event(items, "treaty", f, sentence, Role.PARTY);
                case AID -> event(items, "aid", f, sentence, Role.DONOR, Role.RECIPIENT);
                case MEETING -> event(items, "meeting", f, sentence, Role.PARTICIPANT);
                case SANCTION -> event(items, "sanction", f, sentence, Role.IMPOSER, Role.SANCTIONED);
                case VOTE -> vote(items, f, sentence);
                case ACCESSION, EXIT -> event(items, "membership", f, sentence, Role.MEMBER, Role.MEMBER_ORGANIZATION);
                case EXPULSION -> event(items, "expulsion", f, sentence, Role.EXPELLER, Role.EXPELLED);
                case WITHDRAWAL -> event(items, "withdrawal", f, sentence, Role.WITHDRAWER, Role.WITHDRAWN_FROM);
                case STRIKE -> event(items, "engagement", f, sentence, Role.ATTACKER, Role.ATTACKED);
                case CODED_EVENT -> goldCategory(f)
                        .filter(c -> Interaction.of(f, acting).isPresent())
                        .ifPresent(c -> event(items, c, f, sentence, Role.SOURCE, Role.TARGET));
                case STATEMENT -> items.add(new Item("statement", Set.of(Identity.of(f.one(Role.SPEAKER).orElseThrow())),
                        f.quote().orElse(""), "statement by " + f.one(Role.SPEAKER).orElseThrow().label() + ": \u00ab"
                        + abbreviate(f.quote().orElse("")) + "\u00bb"));
                case OFFICE_HOLDING -> items.add(new Item("office", Set.of(Identity.of(f.one(Role.HOLDER).orElseThrow()),
                        Identity.of(f.one(Role.ORGANIZATION).orElseThrow())), null, "office "
                        + f.one(Role.HOLDER).orElseThrow().label() + ": " + f.one(Role.POSITION).map(Actor::label).orElse("?")
                        + ", " + f.one(Role.ORGANIZATION).orElseThrow().label()));
            }
        }
        return items;
    }

    /**
     * The gold category a coded event is scored in, by its CAMEO code: consultations as meetings, formal agreements as
     * treaties, aid, sanctions, uses of force as engagements, expulsions of diplomats, military de-escalation as
     * withdrawals. Other coded events have no gold category (the gold files do not annotate verbal events), and a
     * coded event counts only between actors that interact as states or organizations, as the gold's events do.
     */
    static Optional<String> goldCategory(Fact f) {
        String code = f.code().map(c -> c.code()).orElse("");
        if (code.startsWith("04")) {
            return Optional.of("meeting");
        }
        if (code.startsWith("057")) {
            return Optional.of("treaty");
        }
        if (code.startsWith("07")) {
            return Optional.of("aid");
        }
        if (code.startsWith("163")) {
            return Optional.of("sanction");
        }
        if (code.startsWith("18") || code.startsWith("19") || code.startsWith("20")) {
            return Optional.of("engagement");
        }
        if (code.startsWith("161")) {
            return Optional.of("expulsion");
        }
        if (code.startsWith("087")) {
            return Optional.of("withdrawal");
        }
        return Optional.empty();
    }

    /**
     * Every interaction, typed or coded, as its PLOVER type between the actors it acts for (an official for the
     * state); events with a generic social group at either end are not compared, as the gold does not annotate them.
     */
    private static void plover(List<Item> items, Fact f, String sentence, Function<Actor, Optional<Actor>> acting) {
        Optional<String> type;
        List<Actor> ends;
        if (f.type() == FactType.CODED_EVENT) {
            type = f.code().map(c -> c.ploverType());
            ends = List.of(f.one(Role.SOURCE).orElseThrow(), f.one(Role.TARGET).orElseThrow());
        } else {
            Optional<Interaction> i = Interaction.of(f, acting);
            type = i.map(Interaction::ploverType);
            ends = i.map(x -> List.of(x.initiator(), x.target())).orElse(List.of());
        }
        if (type.isEmpty() || type.get().isEmpty() || ends.stream().anyMatch(a -> a.kind() == ActorKind.SOCIAL_GROUP)) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        ends.forEach(a -> keys.add(Identity.of(acting.apply(a).orElse(a))));
        if (keys.size() < 2) {
            return;
        }
        keys.add(ploverModality(type.get(), f.modality().name().toLowerCase(Locale.ROOT)));
        String category = PLOVER_PREFIX + type.get();
        String allSentences = String.join(" ", f.evidence().stream().map(e -> e.text()).toList());
        items.add(new Item(category, keys, allSentences, category + " " + keys + " \u00ab" + abbreviate(sentence)
                + "\u00bb"));
    }

    /**
     * The modality key of a PLOVER item: an expression of intent or a threat is one event whether the text gives the
     * pledge as done ("pledged funds") or the act as planned ("will provide funds"), so both compare as "expressed".
     */
    static String ploverModality(String type, String modality) {
        boolean intent = type.equals("AGREE") || type.equals("THREATEN");
        return "modality=" + (intent && (modality.equals("asserted") || modality.equals("planned")) ? "expressed"
                : modality);
    }

    private static void event(List<Item> items, String type, Fact f, String sentence, Role... roles) {
        Set<String> keys = new LinkedHashSet<>();
        for (Role r : roles) {
            f.all(r).forEach(a -> keys.add(Identity.of(ActorRegistry.bundled().interactingActor(a).orElse(a))));
        }
        keys.add("modality=" + f.modality().name().toLowerCase(Locale.ROOT));
        String allSentences = String.join(" ", f.evidence().stream().map(e -> e.text()).toList());
        items.add(new Item("event:" + type, keys, allSentences,
                "event:" + type + " " + keys + " \u00ab" + abbreviate(sentence) + "\u00bb"));
    }

    /** A vote is the body that voted, as the gold names it (the body itself, not its state), in its sentence. */
    private static void vote(List<Item> items, Fact f, String sentence) {
        Set<String> keys = new LinkedHashSet<>();
        f.all(Role.VOTING_BODY).forEach(a -> keys.add(Identity.of(a)));
        keys.add("modality=" + f.modality().name().toLowerCase(Locale.ROOT));
        String allSentences = String.join(" ", f.evidence().stream().map(e -> e.text()).toList());
        items.add(new Item("event:vote", keys, allSentences,
                "event:vote " + keys + " \u00ab" + abbreviate(sentence) + "\u00bb"));
    }

    private static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 90) + "\u2026";
    }
}
