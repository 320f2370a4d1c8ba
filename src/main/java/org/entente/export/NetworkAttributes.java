package org.entente.export;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The attributes every network format carries, with one name and type each, so that the columns a tool shows are
 * the same whichever format it read.
 */
final class NetworkAttributes {
    /** Attribute value types, with their GraphML and GEXF names. */
    enum Type {
        STRING("string", "string"), DOUBLE("double", "double"), INT("int", "integer");

        final String graphml;
        final String gexf;

        Type(String graphml, String gexf) {
            this.graphml = graphml;
            this.gexf = gexf;
        }
    }

    /** One attribute: its name, type and how to read it; the value is null when absent. */
    record Attribute<T>(String name, Type type, Function<T, Object> value) {
    }

    static final List<Attribute<ActorNode>> NODE = List.of(
            new Attribute<>("label", Type.STRING, ActorNode::label),
            new Attribute<>("kind", Type.STRING, n -> blankToNull(n.kind())),
            new Attribute<>("type", Type.STRING, n -> blankToNull(n.type())),
            new Attribute<>("wikidata", Type.STRING, n -> blankToNull(n.wikidata())),
            new Attribute<>("qid", Type.STRING, n -> blankToNull(n.qid())),
            new Attribute<>("iso", Type.STRING, n -> blankToNull(n.iso())),
            new Attribute<>("iri", Type.STRING, ActorNode::iri));

    static final List<Attribute<Relation>> EDGE = List.of(
            new Attribute<>("polarity", Type.STRING, r -> r.polarity().label()),
            new Attribute<>("weight", Type.DOUBLE, Relation::weight),
            new Attribute<>("strength", Type.DOUBLE, Relation::strength),
            new Attribute<>("evidence", Type.INT, Relation::evidence),
            new Attribute<>("first", Type.STRING, r -> date(r.first())),
            new Attribute<>("last", Type.STRING, r -> date(r.last())),
            new Attribute<>("articles", Type.STRING, r -> joined(r.articles())),
            new Attribute<>("eventTypes", Type.STRING, r -> joined(r.eventTypes())),
            new Attribute<>("cameoCodes", Type.STRING, r -> joined(r.cameoCodes())));

    private NetworkAttributes() {
    }

    private static Object blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static Object date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Object joined(List<String> words) {
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /** A number as the formats write it: integers without a fraction, others in the shortest exact form. */
    static String number(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue()) + ".0";
        }
        return value.toString();
    }
}
