package org.entente.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteIris;
import org.entente.vocab.SEM;

/**
 * The quads of the events graph: for each event its class ({@code sem:eventType}), label, modality, actors
 * ({@code sem:hasActor}), date bounds, CAMEO code and Goldstein weight, and a link to each report
 * ({@code ent:hasReport}) with their numbers. Event nodes carry neither the role properties nor {@code ent:initiator}/
 * {@code ent:target} of article facts, so queries over article facts never count them twice. Everything but the links
 * to the reports is the event's summary ({@link EventSummary}), which an update can rewrite alone.
 */
final class EventGraphWriter {
    static final Node GRAPH = NodeFactory.createURI(EntenteIris.EVENTS_GRAPH);
    /** The properties of an event's summary quads: every property of an event node but {@code ent:hasReport}. */
    private static final List<Node> SUMMARY_PROPERTIES = List.of(RDF.type.asNode(), SEM.EVENT_TYPE.asNode(),
            RDFS.label.asNode(), ENT.MODALITY_PROP.asNode(), SEM.HAS_ACTOR.asNode(),
            SEM.HAS_EARLIEST_BEGIN_TIME_STAMP.asNode(), SEM.HAS_LATEST_END_TIME_STAMP.asNode(),
            ENT.CAMEO_CODE.asNode(), ENT.GOLDSTEIN.asNode(), ENT.REPORT_COUNT.asNode(), ENT.ARTICLE_COUNT.asNode());

    private EventGraphWriter() {
    }

    static List<Quad> quads(List<EventCluster> events) {
        List<Quad> out = new ArrayList<>();
        for (EventCluster e : events) {
            out.addAll(summary(EventSummary.of(e)));
            e.members().forEach(m -> out.add(report(e.iri(), m.iri())));
        }
        return out;
    }

    /** An event's quads but the links to its reports. */
    static List<Quad> summary(EventSummary e) {
        List<Quad> out = new ArrayList<>();
        Node s = NodeFactory.createURI(e.iri());
        ReportedFact first = e.representative();
        add(out, s, RDF.type.asNode(), ENT.CONSOLIDATED_EVENT.asNode());
        add(out, s, SEM.EVENT_TYPE, NodeFactory.createURI(first.eventClass()));
        add(out, s, RDFS.label, NodeFactory.createLiteralString(e.label()));
        add(out, s, ENT.MODALITY_PROP, NodeFactory.createURI(first.modality()));
        first.actors().forEach(a -> add(out, s, SEM.HAS_ACTOR, NodeFactory.createURI(a)));
        e.earliest().ifPresent(d -> add(out, s, SEM.HAS_EARLIEST_BEGIN_TIME_STAMP,
                NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        e.latest().ifPresent(d -> add(out, s, SEM.HAS_LATEST_END_TIME_STAMP,
                NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        e.coding().ifPresent(c -> {
            add(out, s, ENT.CAMEO_CODE, NodeFactory.createLiteralString(c.getKey()));
            add(out, s, ENT.GOLDSTEIN, NodeFactory.createLiteralDT(c.getValue().toPlainString(),
                    XSDDatatype.XSDdecimal));
        });
        add(out, s, ENT.REPORT_COUNT, integer(e.reports()));
        add(out, s, ENT.ARTICLE_COUNT, integer(e.articles()));
        return out;
    }

    /** The link from an event to one of its reports. */
    static Quad report(String event, String fact) {
        return Quad.create(GRAPH, NodeFactory.createURI(event), ENT.HAS_REPORT.asNode(), NodeFactory.createURI(fact));
    }

    /** The summary quads the events graph holds for an event, each property looked up apart (never its reports). */
    static Set<Quad> storedSummary(DatasetGraph dsg, String event) {
        Node s = NodeFactory.createURI(event);
        Set<Quad> out = new HashSet<>();
        for (Node p : SUMMARY_PROPERTIES) {
            dsg.find(GRAPH, s, p, Node.ANY).forEachRemaining(out::add);
        }
        return out;
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(List<Quad> out, Node s, Property p, Node o) {
        add(out, s, p.asNode(), o);
    }

    private static void add(List<Quad> out, Node s, Node p, Node o) {
        out.add(Quad.create(GRAPH, s, p, o));
    }
}
