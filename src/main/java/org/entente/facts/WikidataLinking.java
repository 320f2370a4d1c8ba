package org.entente.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;
import org.entente.ingest.Article;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.ArticleMentions;
import org.entente.link.Mention;
import org.entente.link.wikidata.ArticleLinking;
import org.entente.link.wikidata.LinkContext;
import org.entente.link.wikidata.LinkResult;
import org.entente.link.wikidata.WikidataLinker;

/**
 * Links the actors the registry does not know (people, organizations, places found by NER) through a Wikidata SPARQL
 * endpoint, each with its context: the article's date and the states named in the sentences that mention it.
 */
final class WikidataLinking {
    private final WikidataLinker linker;

    WikidataLinking(WikidataLinker linker) {
        this.linker = linker;
    }

    record Outcome(ArticleMentions mentions, List<LinkResult> results) {
    }

    Outcome link(Article article, ArticleMentions mentions, ProblemHandler problems) {
        ArticleLinking linking = linker.forArticle(Location.of(article.source()), problems);
        Map<String, Actor> linked = new HashMap<>();
        Set<String> done = new LinkedHashSet<>();
        List<LinkResult> results = new ArrayList<>();
        for (Mention m : mentions.all()) {
            Actor a = m.actor();
            boolean candidate = !a.isLinked() && (a.kind() == ActorKind.PERSON || a.kind().isOrganization()
                    || a.kind() == ActorKind.PLACE);
            if (!candidate || !done.add(a.iri())) {
                continue;
            }
            LinkContext context = LinkContext.of(article.datePublished()).withCountries(countriesAround(mentions, a));
            LinkResult result = linking.resolve(a, context);
            results.add(result);
            result.linkedActor().ifPresent(l -> linked.put(a.iri(), l));
        }
        return new Outcome(linked.isEmpty() ? mentions : mentions.mapActors(a -> linked.getOrDefault(a.iri(), a)),
                results);
    }

    /** QIDs of the states named in the sentences that mention the actor; all the article's states if none. */
    private static Set<String> countriesAround(ArticleMentions mentions, Actor actor) {
        Set<Integer> sentences = new LinkedHashSet<>();
        mentions.all().stream().filter(m -> m.actor().iri().equals(actor.iri())).forEach(m -> sentences.add(m.sentence()));
        Set<String> near = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        for (Mention m : mentions.all()) {
            if (m.actor().kind() == ActorKind.STATE && m.actor().qid() != null) {
                all.add(m.actor().qid());
                if (sentences.contains(m.sentence())) {
                    near.add(m.actor().qid());
                }
            }
        }
        return near.isEmpty() ? all : near;
    }
}
