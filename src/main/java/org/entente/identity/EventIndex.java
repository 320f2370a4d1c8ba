package org.entente.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteIris;
import org.entente.vocab.SEM;

/**
 * The event index graph ({@code https://w3id.org/entente/graph/event-index}) and the lookups of the incremental update.
 * The graph is derived from the article graphs like the events graph and always written in the same transaction. For
 * every event whose reports can merge it states the {@code ent:identityKey} (class, modality and participants by role)
 * and the {@code ent:baseIri} (the IRI before the checksum that tells apart two events that would get the same one);
 * events that cannot merge are never looked up by either, so they have no entry. While the events graph is current
 * with the article graphs it also states {@code <graph/events> ent:clustering "windowDays=3 maxSpanDays=7"}; any
 * article write that does not update the events graph removes that statement (see {@code EntenteStore}).
 *
 * <p>Every lookup binds a prefix of one of TDB2's quad indexes, so its cost is the number of quads it returns: events
 * by key or by base IRI (graph, predicate and object bound: GPOS), the events that report a fact (GPOS), and an
 * event's own quads (graph and subject bound: GSPO).
 */
final class EventIndex {
    static final Node GRAPH = NodeFactory.createURI(EntenteIris.EVENT_INDEX_GRAPH);
    private static final Node EVENTS = NodeFactory.createURI(EntenteIris.EVENTS_GRAPH);

    private EventIndex() {
    }

    /** An event of the events graph and the first and last day its reports' dates can mean. */
    record Span(String event, LocalDate earliest, LocalDate latest) {
    }

    /** The index quads of some events: key and base IRI of each event that can merge. */
    static List<Quad> quads(List<EventCluster> events, EventClustering clustering) {
        List<Quad> out = new ArrayList<>();
        for (EventCluster e : events) {
            if (clustering.canMerge(e.representative())) {
                Node s = NodeFactory.createURI(e.iri());
                out.add(Quad.create(GRAPH, s, ENT.IDENTITY_KEY.asNode(),
                        NodeFactory.createLiteralString(e.representative().identityKey())));
                out.add(Quad.create(GRAPH, s, ENT.BASE_IRI.asNode(),
                        NodeFactory.createLiteralString(EventClustering.readableIri(e.members()))));
            }
        }
        return out;
    }

    /** The statement that the events graph is current with the article graphs, computed with this clustering. */
    static Quad current(EventClustering clustering) {
        return Quad.create(GRAPH, EVENTS, ENT.CLUSTERING.asNode(),
                NodeFactory.createLiteralString(clustering.settings()));
    }

    /** Whether the events graph is current with the article graphs and was computed with this clustering. */
    static boolean isCurrent(DatasetGraph dsg, EventClustering clustering) {
        return dsg.contains(current(clustering));
    }

    /** The events whose reports have this identity key, with their spans (events that can merge are always dated). */
    static List<Span> withKey(DatasetGraph dsg, String key) {
        List<Span> spans = new ArrayList<>();
        for (String event : subjects(GRAPH, ENT.IDENTITY_KEY, NodeFactory.createLiteralString(key), dsg)) {
            Optional<LocalDate> earliest = date(dsg, event, SEM.HAS_EARLIEST_BEGIN_TIME_STAMP);
            Optional<LocalDate> latest = date(dsg, event, SEM.HAS_LATEST_END_TIME_STAMP);
            if (earliest.isPresent() && latest.isPresent()) {
                spans.add(new Span(event, earliest.get(), latest.get()));
            }
        }
        return spans;
    }

    /** The events whose IRI derives from this base IRI. */
    static List<String> withBase(DatasetGraph dsg, String base) {
        return subjects(GRAPH, ENT.BASE_IRI, NodeFactory.createLiteralString(base), dsg);
    }

    /** The base IRI of an event that can merge; empty for one that cannot. */
    static Optional<String> baseOf(DatasetGraph dsg, String event) {
        return object(dsg, GRAPH, event, ENT.BASE_IRI).map(Node::getLiteralLexicalForm);
    }

    /** The events that a fact reports (one, unless the events graph is not current). */
    static List<String> reporting(DatasetGraph dsg, String fact) {
        return subjects(EVENTS, ENT.HAS_REPORT, NodeFactory.createURI(fact), dsg);
    }

    /** The IRIs of an event's reports. */
    static List<String> reports(DatasetGraph dsg, String event) {
        List<String> facts = new ArrayList<>();
        dsg.find(EVENTS, NodeFactory.createURI(event), ENT.HAS_REPORT.asNode(), Node.ANY)
                .forEachRemaining(q -> facts.add(q.getObject().getURI()));
        return facts;
    }

    /** Deletes the quads of some events from the events graph and the index; returns how many events had any. */
    static int remove(DatasetGraph dsg, Collection<String> events) {
        int removed = 0;
        for (String event : events) {
            Node s = NodeFactory.createURI(event);
            if (dsg.contains(EVENTS, s, Node.ANY, Node.ANY)) {
                removed++;
            }
            dsg.deleteAny(EVENTS, s, Node.ANY, Node.ANY);
            dsg.deleteAny(GRAPH, s, Node.ANY, Node.ANY);
        }
        return removed;
    }

    private static List<String> subjects(Node graph, Property p, Node object, DatasetGraph dsg) {
        List<String> out = new ArrayList<>();
        dsg.find(graph, Node.ANY, p.asNode(), object).forEachRemaining(q -> out.add(q.getSubject().getURI()));
        return out;
    }

    private static Optional<Node> object(DatasetGraph dsg, Node graph, String subject, Property p) {
        Iterator<Quad> it = dsg.find(graph, NodeFactory.createURI(subject), p.asNode(), Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            Iter.close(it);
        }
    }

    private static Optional<LocalDate> date(DatasetGraph dsg, String event, Property p) {
        return object(dsg, EVENTS, event, p).map(n -> LocalDate.parse(n.getLiteralLexicalForm()));
    }
}
