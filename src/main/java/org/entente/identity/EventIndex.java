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
 * every event whose reports can merge it states the {@code ent:identityKey} (class, modality and participants by role),
 * the {@code ent:baseIri} (the IRI before the checksum that tells apart two events that would get the same one) and
 * an {@code ent:identityBucket} for each stretch of {@link #bucketDays} days its dates reach into (the key and the
 * stretch's first day, stretches counted from 1970-01-01); events that cannot merge are never looked up, so they have
 * no entry. While the events graph is current with the article graphs it also states
 * {@code <graph/events> ent:clustering "windowDays=3 maxSpanDays=7 index=2"}: the clustering and this graph's format
 * ({@value #FORMAT}), so that a store indexed otherwise is recomputed; any article write that does not update the
 * events graph removes that statement (see {@code EntenteStore}).
 *
 * <p>Every lookup binds a prefix of one of TDB2's quad indexes, so its cost is the number of quads it returns: events
 * by bucket or by base IRI (graph, predicate and object bound: GPOS), the events that report a fact (GPOS), and an
 * event's own quads (graph and subject bound: GSPO). A stretch is as long as a mergeable report's reach (its widest
 * date and the window on both sides), so the events a report may join are found in at most two stretches, among the
 * few events of its key those stretches hold, however long the archive.
 */
final class EventIndex {
    static final Node GRAPH = NodeFactory.createURI(EntenteIris.EVENT_INDEX_GRAPH);
    /** The format of this graph, stated with the clustering: 2 since the buckets. */
    static final int FORMAT = 2;
    private static final Node EVENTS = NodeFactory.createURI(EntenteIris.EVENTS_GRAPH);

    private EventIndex() {
    }

    /** An event of the events graph and the first and last day its reports' dates can mean. */
    record Span(String event, LocalDate earliest, LocalDate latest) {
    }

    /** The index quads of some events: key, base IRI and buckets of each event that can merge. */
    static List<Quad> quads(List<EventCluster> events, EventClustering clustering) {
        List<Quad> out = new ArrayList<>();
        for (EventCluster e : events) {
            if (clustering.canMerge(e.representative())) {
                out.addAll(quads(EventSummary.of(e), EventClustering.readableIri(e.members()), clustering));
            }
        }
        return out;
    }

    /** The index quads of an event that can merge (it is dated), whose IRI before the checksum is {@code base}. */
    static List<Quad> quads(EventSummary e, String base, EventClustering clustering) {
        List<Quad> out = new ArrayList<>();
        Node s = NodeFactory.createURI(e.iri());
        String key = e.representative().identityKey();
        out.add(Quad.create(GRAPH, s, ENT.IDENTITY_KEY.asNode(), NodeFactory.createLiteralString(key)));
        out.add(Quad.create(GRAPH, s, ENT.BASE_IRI.asNode(), NodeFactory.createLiteralString(base)));
        for (String bucket : buckets(key, e.earliest().orElseThrow(), e.latest().orElseThrow(), clustering)) {
            out.add(Quad.create(GRAPH, s, ENT.IDENTITY_BUCKET.asNode(), NodeFactory.createLiteralString(bucket)));
        }
        return out;
    }

    /** The index quads the graph holds for an event. */
    static List<Quad> stated(DatasetGraph dsg, String event) {
        List<Quad> out = new ArrayList<>();
        dsg.find(GRAPH, NodeFactory.createURI(event), Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    /** The statement that the events graph is current with the article graphs, computed with this clustering. */
    static Quad current(EventClustering clustering) {
        return Quad.create(GRAPH, EVENTS, ENT.CLUSTERING.asNode(),
                NodeFactory.createLiteralString(clustering.settings() + " index=" + FORMAT));
    }

    /** Whether the events graph is current with the article graphs and was computed with this clustering. */
    static boolean isCurrent(DatasetGraph dsg, EventClustering clustering) {
        return dsg.contains(current(clustering));
    }

    /**
     * The days of a stretch: as many as a report that can merge reaches, from the first day its date can mean minus
     * the window to the last plus the window.
     */
    static int bucketDays(EventClustering clustering) {
        return clustering.maxSpanDays() + 2 * clustering.windowDays() + 1;
    }

    /** The buckets of the stretches from {@code first} to {@code last}: the key, a bar and each stretch's first day. */
    static List<String> buckets(String key, LocalDate first, LocalDate last, EventClustering clustering) {
        int days = bucketDays(clustering);
        List<String> out = new ArrayList<>();
        long end = Math.floorDiv(last.toEpochDay(), days);
        for (long bucket = Math.floorDiv(first.toEpochDay(), days); bucket <= end; bucket++) {
            out.add(key + "|" + LocalDate.ofEpochDay(bucket * days));
        }
        return out;
    }

    /** The buckets a mergeable report reaches: those of its dates widened by the window on both sides. */
    static List<String> bucketsReachedBy(ReportedFact f, EventClustering clustering) {
        return buckets(f.identityKey(), f.earliest().minusDays(clustering.windowDays()),
                f.latest().plusDays(clustering.windowDays()), clustering);
    }

    /** The events of a bucket, with their spans (events that can merge are always dated). */
    static List<Span> inBucket(DatasetGraph dsg, String bucket) {
        List<Span> spans = new ArrayList<>();
        for (String event : subjects(GRAPH, ENT.IDENTITY_BUCKET, NodeFactory.createLiteralString(bucket), dsg)) {
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

    /** Whether an event reports a fact. */
    static boolean reports(DatasetGraph dsg, String event, String fact) {
        return dsg.contains(EVENTS, NodeFactory.createURI(event), ENT.HAS_REPORT.asNode(), NodeFactory.createURI(fact));
    }

    /** The IRIs of an event's reports. */
    static List<String> reports(DatasetGraph dsg, String event) {
        List<String> facts = new ArrayList<>();
        dsg.find(EVENTS, NodeFactory.createURI(event), ENT.HAS_REPORT.asNode(), Node.ANY)
                .forEachRemaining(q -> facts.add(q.getObject().getURI()));
        return facts;
    }

    /** The IRI of one of an event's reports, without reading the others; empty when it has none. */
    static Optional<String> someReport(DatasetGraph dsg, String event) {
        return object(dsg, EVENTS, event, ENT.HAS_REPORT).filter(Node::isURI).map(Node::getURI);
    }

    /** The value the events graph states of an event for a property it states once (a date, a count, a label). */
    static Optional<Node> stated(DatasetGraph dsg, String event, Property p) {
        return object(dsg, EVENTS, event, p);
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
