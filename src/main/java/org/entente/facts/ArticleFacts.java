package org.entente.facts;

import java.util.List;
import org.entente.ingest.Article;
import org.entente.link.Actor;

/** What Entente extracted from one article: the actors it mentions and the facts it states. */
public record ArticleFacts(Article article, List<Actor> actors, List<Fact> facts) {
    public ArticleFacts {
        actors = List.copyOf(actors);
        facts = List.copyOf(facts);
    }

    public List<Fact> ofType(FactType type) {
        return facts.stream().filter(f -> f.type() == type).toList();
    }
}
