package org.entente.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.entente.facts.ArticleFacts;
import org.entente.facts.Evidence;
import org.entente.facts.Fact;
import org.entente.facts.FactDate;
import org.entente.facts.FactType;
import org.entente.facts.Modality;
import org.entente.facts.Role;
import org.entente.ingest.Article;
import org.entente.link.Actor;
import org.entente.link.ActorRegistry;
import org.entente.rdf.ArticleGraphWriter;
import org.entente.rdf.QuadCollector;
import org.entente.store.EntenteStore;

/**
 * Synthetic one-sentence articles (written for these tests, not real news) whose facts are built by hand and written
 * by the real {@link ArticleGraphWriter}, so the store holds exactly what a load would write, without CoreNLP.
 */
final class SyntheticArticles {
    static final ActorRegistry REGISTRY = ActorRegistry.bundled();
    static final Actor RUSSIA = REGISTRY.byQid("Q159").orElseThrow();
    static final Actor NORTH_KOREA = REGISTRY.byQid("Q423").orElseThrow();
    static final Actor UKRAINE = REGISTRY.byQid("Q212").orElseThrow();

    private SyntheticArticles() {
    }

    /** An article published on {@code day} saying that the two states' leaders met that day. */
    static ArticleFacts meeting(String id, LocalDate day, Modality modality, Actor a, Actor b) {
        String text = "(Synthetic test article.) " + a.label() + " and " + b.label() + " held talks on "
                + day + ".";
        Article article = article(id, day, text);
        Fact fact = new Fact(FactType.MEETING, new Evidence(0, text.length(), text))
                .add(Role.PARTICIPANT, a).add(Role.PARTICIPANT, b).modality(modality);
        FactDate.ofTimex("on " + day, day.toString()).ifPresent(fact::date);
        return new ArticleFacts(article, List.of(a, b), List.of(fact));
    }

    /** An article published on {@code day} saying that {@code deployer} sent troops in support of {@code supported}. */
    static ArticleFacts deployment(String id, LocalDate day, Actor deployer, Actor supported) {
        String text = "(Synthetic test article.) " + deployer.label() + " sent troops to help " + supported.label()
                + " on " + day + ".";
        Article article = article(id, day, text);
        Fact fact = new Fact(FactType.DEPLOYMENT, new Evidence(0, text.length(), text))
                .add(Role.DEPLOYER, deployer).add(Role.IN_SUPPORT_OF, supported);
        FactDate.ofTimex("on " + day, day.toString()).ifPresent(fact::date);
        return new ArticleFacts(article, List.of(deployer, supported), List.of(fact));
    }

    /** An article published on {@code day} saying that the forces of {@code a} and {@code b} clashed near Kursk. */
    static ArticleFacts engagement(String id, LocalDate day, Actor a, Actor b) {
        String text = "(Synthetic test article.) Forces of " + a.label() + " and " + b.label()
                + " clashed near Kursk on " + day + ".";
        Article article = article(id, day, text);
        Fact fact = new Fact(FactType.ENGAGEMENT, new Evidence(0, text.length(), text))
                .add(Role.SIDE_A, a).add(Role.SIDE_B, b);
        FactDate.ofTimex("on " + day, day.toString()).ifPresent(fact::date);
        return new ArticleFacts(article, List.of(a, b), List.of(fact));
    }

    /**
     * An article published on {@code day} whose one fact has the given type, modality, actors by role and date (a
     * TIMEX3 value such as {@code 2024-06-19}, {@code 2024-W25} or {@code 2024-06}; none when null).
     */
    static ArticleFacts fact(String id, LocalDate day, FactType type, Modality modality, Map<Role, List<Actor>> roles,
            String timex) {
        List<Actor> actors = roles.values().stream().flatMap(List::stream).distinct().toList();
        String text = "(Synthetic test article.) A " + type.segment() + " of "
                + String.join(" and ", actors.stream().map(Actor::label).toList())
                + (timex == null ? "" : " dated " + timex) + ".";
        Fact fact = new Fact(type, new Evidence(0, text.length(), text)).modality(modality);
        roles.forEach((role, list) -> list.forEach(a -> fact.add(role, a)));
        if (timex != null) {
            FactDate.ofTimex(timex, timex).ifPresent(fact::date);
        }
        return new ArticleFacts(article(id, day, text), actors, List.of(fact));
    }

    /** Two facts in one article, to load several at once. */
    static ArticleFacts combine(String id, LocalDate day, ArticleFacts... parts) {
        StringBuilder text = new StringBuilder();
        List<Fact> facts = new ArrayList<>();
        Set<Actor> actors = new LinkedHashSet<>();
        for (ArticleFacts part : parts) {
            int shift = text.length();
            text.append(part.article().text()).append(' ');
            for (Fact f : part.facts()) {
                Evidence e = f.evidence().get(0);
                Fact moved = new Fact(f.type(), new Evidence(e.begin() + shift, e.end() + shift, e.text()))
                        .modality(f.modality());
                f.roles().forEach((role, list) -> list.forEach(x -> moved.add(role, x)));
                f.date().ifPresent(moved::date);
                facts.add(moved);
            }
            actors.addAll(part.actors());
        }
        return new ArticleFacts(article(id, day, text.toString().trim()), List.copyOf(actors), facts);
    }

    static Article article(String id, LocalDate day, String text) {
        return new Article(id, id + ".txt", "Synthetic " + id, day, "Entente Test Desk", null, null, "en", null, null,
                text, 0, text.length());
    }

    /** Writes the article's graph as the loader does without the events graph: one transaction that replaces it. */
    static void store(EntenteStore store, ArticleFacts facts) {
        store.replaceArticle(graph(facts), quads(facts));
    }

    /** The article's graph name. */
    static Node graph(ArticleFacts facts) {
        return ArticleGraphWriter.graphOf(facts.article());
    }

    /** The quads the loader writes for the article: its graph and the reference quads of its actors. */
    static List<Quad> quads(ArticleFacts facts) {
        QuadCollector collector = new QuadCollector();
        new ArticleGraphWriter(collector, REGISTRY).write(facts);
        return collector.quads();
    }
}
