package org.entente.export;

import java.util.List;
import java.util.Objects;

/**
 * The actors and relations one network query returned.
 *
 * @param nodes the actors that end at least one relation, in first-seen order
 * @param relations the relations, in the query's order
 * @param source where the query came from (a bundled resource or a file), for messages and file headers
 */
public record Network(List<ActorNode> nodes, List<Relation> relations, String source) {
    public Network {
        nodes = List.copyOf(nodes);
        relations = List.copyOf(relations);
        Objects.requireNonNull(source, "source");
    }
}
