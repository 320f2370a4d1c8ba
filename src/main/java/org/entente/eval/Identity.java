package org.entente.eval;

import java.util.List;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.ActorRegistry;
import org.entente.link.MentionKind;
import org.entente.link.NameEntry;

/**
 * How gold and extracted actors are compared: by Wikidata QID when there is one, else by normalised name. A gold name
 * that is the name or an alias of exactly one registry actor without a QID stands for that actor ("US Senate" and
 * "United States Senate" are one referent), since the extractor names such an actor by its registry label; demonyms and
 * capitals are not used for this. A person's full name that is the name or an alias of exactly one registry person
 * with a QID is that person ("Joe Biden" is Q6279), as gold files name people who act as themselves.
 */
final class Identity {
    private Identity() {
    }

    static String of(String qidOrName) {
        if (qidOrName == null) {
            return "?";
        }
        String s = qidOrName.strip();
        if (s.matches("Q[1-9][0-9]*")) {
            return s;
        }
        List<NameEntry> entries = ActorRegistry.bundled().lookup(s);
        List<Actor> persons = entries.stream().filter(e -> e.kind() == MentionKind.NAME && s.contains(" ")
                && e.actor().kind() == ActorKind.PERSON && e.actor().qid() != null)
                .map(NameEntry::actor).distinct().toList();
        if (persons.size() == 1) {
            return persons.get(0).qid();
        }
        List<Actor> named = entries.stream()
                .filter(e -> e.kind() == MentionKind.NAME && e.actor().qid() == null)
                .map(NameEntry::actor).distinct().toList();
        return "name:" + ActorRegistry.normalize(named.size() == 1 ? named.get(0).label() : s);
    }

    static String of(Actor actor) {
        return actor.qid() != null ? actor.qid() : "name:" + ActorRegistry.normalize(actor.label());
    }
}
