package org.entente.export;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML with a typed {@code <key>} for each attribute ({@code attr.name}, {@code attr.type}), so yEd, Cytoscape,
 * Gephi and networkx show them as typed columns. The graph is undirected; a dyad with both cooperation and
 * conflict has two parallel edges. Each edge also carries the polarity as an XML {@code label} attribute, which
 * GraphML readers ignore but Gephi's importer takes as the edge type: without it Gephi merges the two parallel edges
 * of such a dyad into one and adds up their weights.
 */
final class GraphMlWriter implements NetworkWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        XmlOutput xml = XmlOutput.open(out);
        try {
            XMLStreamWriter w = xml.writer();
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            w.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            for (NetworkAttributes.Attribute<ActorNode> a : NetworkAttributes.NODE) {
                xml.newline(1);
                key(w, "node", a.name(), a.type());
            }
            for (NetworkAttributes.Attribute<Relation> a : NetworkAttributes.EDGE) {
                xml.newline(1);
                key(w, "edge", a.name(), a.type());
            }
            xml.newline(1);
            w.writeStartElement("graph");
            w.writeAttribute("id", "entente");
            w.writeAttribute("edgedefault", "undirected");
            for (ActorNode node : network.nodes()) {
                xml.newline(2);
                w.writeStartElement("node");
                w.writeAttribute("id", node.iri());
                for (NetworkAttributes.Attribute<ActorNode> a : NetworkAttributes.NODE) {
                    data(w, "node", a.name(), a.value().apply(node));
                }
                w.writeEndElement();
            }
            for (Relation relation : network.relations()) {
                xml.newline(2);
                w.writeStartElement("edge");
                w.writeAttribute("id", relation.id());
                w.writeAttribute("source", relation.source().iri());
                w.writeAttribute("target", relation.target().iri());
                w.writeAttribute("label", relation.polarity().label());
                for (NetworkAttributes.Attribute<Relation> a : NetworkAttributes.EDGE) {
                    data(w, "edge", a.name(), a.value().apply(relation));
                }
                w.writeEndElement();
            }
            xml.newline(1);
            w.writeEndElement();
            xml.newline(0);
            w.writeEndElement();
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter w, String domain, String name, NetworkAttributes.Type type)
            throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", name);
        w.writeAttribute("for", domain);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type.graphml);
    }

    private static void data(XMLStreamWriter w, String domain, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement("data");
        w.writeAttribute("key", name);
        w.writeCharacters(NetworkAttributes.number(value));
        w.writeEndElement();
    }
}
