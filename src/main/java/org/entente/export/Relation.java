package org.entente.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One edge of the network: the events of one polarity between two actors, aggregated as in {@code alliances.rq}.
 *
 * @param id edge id, unique in the network ({@code r1}, {@code r2}, …)
 * @param source the end whose IRI sorts first
 * @param target the other end
 * @param polarity cooperation or conflict
 * @param weight the sum of the events' Goldstein scores (signed)
 * @param evidence the number of distinct events
 * @param first the earliest day of the events' times, or null when the query gave none
 * @param last the latest day of the events' times, or null
 * @param articles IRIs of the articles the events come from
 * @param eventTypes ent: classes of the events, such as {@code ArmedEngagement}
 * @param cameoCodes CAMEO codes of the events
 * @param spells the time of each event
 */
public record Relation(String id, ActorNode source, ActorNode target, Polarity polarity, double weight, int evidence,
        LocalDate first, LocalDate last, List<String> articles, List<String> eventTypes, List<String> cameoCodes,
        List<DateSpan> spells) {
    public Relation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(polarity, "polarity");
        articles = List.copyOf(articles);
        eventTypes = List.copyOf(eventTypes);
        cameoCodes = List.copyOf(cameoCodes);
        spells = List.copyOf(spells);
    }

    /** The magnitude of the weight, for line widths and tools that need a positive weight. */
    public double strength() {
        return Math.abs(weight);
    }
}
