package org.entente.eval;

import org.entente.link.Actor;
import org.entente.link.ActorRegistry;

/** How gold and extracted actors are compared: by Wikidata QID when there is one, else by normalised name. */
final class Identity {
    private Identity() {
    }

    static String of(String qidOrName) {
        if (qidOrName == null) {
            return "?";
        }
        String s = qidOrName.strip();
        return s.matches("Q[1-9][0-9]*") ? s : "name:" + ActorRegistry.normalize(s);
    }

    static String of(Actor actor) {
        return actor.qid() != null ? actor.qid() : "name:" + ActorRegistry.normalize(actor.label());
    }
}
