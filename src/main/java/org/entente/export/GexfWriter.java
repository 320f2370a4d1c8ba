package org.entente.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.2 for Gephi: a dynamic graph ({@code timeformat="date"}) in which every relation has one spell per event
 * and every actor one spell from its first to its last relation, so Gephi's timeline shows the network change
 * (a static graph when the query gave no event times).
 * Edge {@code weight} is the signed Goldstein sum; colours ({@code viz:color}) and thickness ({@code viz:thickness})
 * show polarity and strength. Attributes are declared with GEXF types and carry the names of the other formats.
 * Each edge's {@code kind} is its polarity, which Gephi takes as the edge type, so that a dyad with both cooperation
 * and conflict keeps its two parallel edges instead of having them merged.
 */
final class GexfWriter implements NetworkWriter {
    private static final String NS = "http://www.gexf.net/1.2draft";
    private static final String VIZ = "http://www.gexf.net/1.2draft/viz";

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        Map<String, LocalDate[]> nodeTimes = nodeTimes(network);
        XmlOutput xml = XmlOutput.open(out);
        try {
            XMLStreamWriter w = xml.writer();
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("viz", VIZ);
            w.writeAttribute("version", "1.2");
            xml.newline(1);
            w.writeStartElement("meta");
            w.writeStartElement("creator");
            w.writeCharacters("Entente");
            w.writeEndElement();
            w.writeStartElement("description");
            w.writeCharacters("Signed, weighted relations between actors, from " + network.source());
            w.writeEndElement();
            w.writeEndElement();
            xml.newline(1);
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "undirected");
            boolean dynamic = !nodeTimes.isEmpty();
            w.writeAttribute("mode", dynamic ? "dynamic" : "static");
            if (dynamic) {
                w.writeAttribute("timeformat", "date");
            }
            declare(xml, "node", NetworkAttributes.NODE.stream().filter(a -> !a.name().equals("label"))
                    .map(a -> new String[] {a.name(), a.type().gexf}).toList());
            declare(xml, "edge", NetworkAttributes.EDGE.stream().filter(a -> !a.name().equals("weight"))
                    .map(a -> new String[] {a.name(), a.type().gexf}).toList());
            xml.newline(2);
            w.writeStartElement("nodes");
            for (ActorNode node : network.nodes()) {
                xml.newline(3);
                w.writeStartElement("node");
                w.writeAttribute("id", node.iri());
                w.writeAttribute("label", node.label());
                attvalues(w, NetworkAttributes.NODE.stream().filter(a -> !a.name().equals("label"))
                        .map(a -> new Object[] {a.name(), a.value().apply(node)}).toList());
                LocalDate[] times = nodeTimes.get(node.iri());
                if (times != null) {
                    spells(w, List.of(new DateSpan(times[0], times[1])));
                }
                w.writeEndElement();
            }
            xml.newline(2);
            w.writeEndElement();
            xml.newline(2);
            w.writeStartElement("edges");
            for (Relation relation : network.relations()) {
                xml.newline(3);
                w.writeStartElement("edge");
                w.writeAttribute("id", relation.id());
                w.writeAttribute("source", relation.source().iri());
                w.writeAttribute("target", relation.target().iri());
                w.writeAttribute("label", relation.polarity().label());
                w.writeAttribute("kind", relation.polarity().label());
                w.writeAttribute("weight", NetworkAttributes.number(relation.weight()));
                attvalues(w, NetworkAttributes.EDGE.stream().filter(a -> !a.name().equals("weight"))
                        .map(a -> new Object[] {a.name(), a.value().apply(relation)}).toList());
                spells(w, relation.spells());
                color(w, relation.polarity().color());
                w.writeEmptyElement(VIZ, "thickness");
                w.writeAttribute("value", NetworkAttributes.number(Math.max(1.0, relation.strength())));
                w.writeEndElement();
            }
            xml.newline(2);
            w.writeEndElement();
            xml.newline(1);
            w.writeEndElement();
            xml.newline(0);
            w.writeEndElement();
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    /** Each actor's time: from the first day of its earliest relation to the last day of its latest. */
    private static Map<String, LocalDate[]> nodeTimes(Network network) {
        Map<String, LocalDate[]> times = new HashMap<>();
        for (Relation relation : network.relations()) {
            for (DateSpan spell : relation.spells()) {
                for (ActorNode end : List.of(relation.source(), relation.target())) {
                    times.merge(end.iri(), new LocalDate[] {spell.start(), spell.end()}, (a, b) -> new LocalDate[] {
                        a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
                }
            }
        }
        return times;
    }

    private static void declare(XmlOutput xml, String domain, List<String[]> attributes) throws XMLStreamException {
        XMLStreamWriter w = xml.writer();
        xml.newline(2);
        w.writeStartElement("attributes");
        w.writeAttribute("class", domain);
        w.writeAttribute("mode", "static");
        for (String[] attribute : attributes) {
            xml.newline(3);
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", attribute[0]);
            w.writeAttribute("title", attribute[0]);
            w.writeAttribute("type", attribute[1]);
        }
        xml.newline(2);
        w.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter w, List<Object[]> values) throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (Object[] value : values) {
            if (value[1] != null) {
                w.writeEmptyElement("attvalue");
                w.writeAttribute("for", (String) value[0]);
                w.writeAttribute("value", NetworkAttributes.number(value[1]));
            }
        }
        w.writeEndElement();
    }

    private static void spells(XMLStreamWriter w, List<DateSpan> spells) throws XMLStreamException {
        if (spells.isEmpty()) {
            return;
        }
        w.writeStartElement("spells");
        for (DateSpan spell : spells) {
            w.writeEmptyElement("spell");
            w.writeAttribute("start", spell.start().toString());
            w.writeAttribute("end", spell.end().toString());
        }
        w.writeEndElement();
    }

    private static void color(XMLStreamWriter w, String hex) throws XMLStreamException {
        w.writeEmptyElement(VIZ, "color");
        w.writeAttribute("r", Integer.toString(Integer.parseInt(hex.substring(1, 3), 16)));
        w.writeAttribute("g", Integer.toString(Integer.parseInt(hex.substring(3, 5), 16)));
        w.writeAttribute("b", Integer.toString(Integer.parseInt(hex.substring(5, 7), 16)));
    }
}
