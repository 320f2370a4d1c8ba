package org.entente.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.facts.ArticleFacts;
import org.entente.facts.Fact;
import org.entente.facts.Role;
import org.entente.link.Actor;
import org.entente.link.ActorRegistry;

/** What Entente extracted from an article, as items comparable with a gold file. */
final class ExtractedItems {
    private ExtractedItems() {
    }

    /**
     * Events are compared as interactions between states, as event-data coders code them: a person or national body
     * counts as the state it belongs to (Mitsotakis meeting Trump is Greece meeting the United States).
     */
    static List<Item> of(ArticleFacts facts) {
        List<Item> items = new ArrayList<>();
        for (Actor a : facts.actors()) {
            if (!a.kind().isAgent()) {
                continue;
            }
            items.add(new Item("actor", Set.of(Identity.of(a)), null, "actor " + a.label()));
            if (a.qid() != null) {
                items.add(new Item("wikidata-link", Set.of(a.qid()), null, "link " + a.label() + " = " + a.qid()));
            }
        }
        for (Fact f : facts.facts()) {
            String sentence = f.evidence().get(0).text();
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
