package org.entente.facts;

import java.util.List;
import org.entente.ingest.Article;
import org.entente.link.Actor;
import org.entente.link.wikidata.LinkResult;

/**
 * What Entente extracted from one article: the actors it mentions, the facts it states, and (when a Wikidata endpoint
 * was used) the outcome of linking each actor the registry lacked.
 */
public record ArticleFacts(Article article, List<Actor> actors, List<Fact> facts, List<LinkResult> linkResults) {
    public ArticleFacts {
        actors = List.copyOf(actors);
        facts = List.copyOf(facts);
        linkResults = List.copyOf(linkResults);
    }

    public ArticleFacts(Article article, List<Actor> actors, List<Fact> facts) {
        this(article, actors, facts, List.of());
    }

    public List<Fact> ofType(FactType type) {
        return facts.stream().filter(f -> f.type() == type).toList();
    }
}
