package org.entente.link.wikidata;

import java.util.Optional;
import org.entente.link.Actor;

/**
 * Links an actor that the registry does not know to a knowledge base item, or explains why it did not.
 *
 * <pre>
 * EntityLinker linker = wikidata.forArticle(Location.of("article.txt"), problems);
 * LinkResult result = linker.resolve(Actor.local(ActorKind.PERSON, "Mira Tessaly"), context);
 * Actor actor = result.linkedActor().orElse(local);   // same IRI, now with a QID
 * </pre>
 */
public interface EntityLinker {

    /** The full answer: chosen QID or none, every scored candidate, and the reason. Never throws for endpoint trouble. */
    LinkResult resolve(Actor local, LinkContext context);

    /** The actor with its QID set when a candidate passed the threshold; empty otherwise. */
    default Optional<Actor> link(Actor local, LinkContext context) {
        return resolve(local, context).linkedActor();
    }
}
