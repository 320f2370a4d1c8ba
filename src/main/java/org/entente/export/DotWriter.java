package org.entente.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Graphviz DOT: an undirected graph, states as ellipses and other actors as boxes, cooperation edges in green and
 * conflict edges in red and dashed, line width growing with strength, each edge labelled with its signed weight.
 * Render with {@code dot -Tpng network.dot -o network.png}.
 */
final class DotWriter implements NetworkWriter {
    @Override
    public void write(Network network, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("// Entente alliance network, from " + network.source().replace('\n', ' '));
        w.println("graph entente {");
        w.println("  graph [layout=neato, overlap=false, sep=\"+12\", splines=true, fontname=\"Helvetica\", label="
                + quote("Cooperation (green) and conflict (red, dashed); width = |sum of Goldstein scores|")
                + ", labelloc=b, fontsize=10];");
        w.println("  node [fontname=\"Helvetica\", style=filled, fillcolor=\"#eef2f7\", color=\"#44546a\"];");
        w.println("  edge [fontname=\"Helvetica\", fontsize=9, len=2.2];");
        for (ActorNode node : network.nodes()) {
            StringBuilder tooltip = new StringBuilder(node.label());
            if (!node.qid().isEmpty()) {
                tooltip.append(" (").append(node.qid()).append(')');
            }
            w.println("  " + quote(node.iri()) + " [label=" + quote(node.label())
                    + ", shape=" + ("state".equals(node.kind()) || node.kind().isEmpty() ? "ellipse" : "box")
                    + ", tooltip=" + quote(tooltip.toString())
                    + (node.wikidata().isEmpty() ? "" : ", URL=" + quote(node.wikidata()))
                    + (node.iso().isEmpty() ? "" : ", iso=" + quote(node.iso()))
                    + (node.kind().isEmpty() ? "" : ", kind=" + quote(node.kind())) + "];");
        }
        for (Relation relation : network.relations()) {
            double width = 1.0 + Math.min(9.0, relation.strength() / 2.0);
            w.println("  " + quote(relation.source().iri()) + " -- " + quote(relation.target().iri())
                    + " [id=" + quote(relation.id())
                    + ", color=" + quote(relation.polarity().color())
                    + ", fontcolor=" + quote(relation.polarity().color())
                    + ", style=" + (relation.polarity() == Polarity.CONFLICT ? "dashed" : "solid")
                    + ", penwidth=" + String.format(Locale.ROOT, "%.2f", width)
                    + ", label=" + quote(String.format(Locale.ROOT, "%+.1f", relation.weight()))
                    + ", polarity=" + quote(relation.polarity().label())
                    + ", weight_sum=" + quote(NetworkAttributes.number(relation.weight()))
                    + ", evidence=" + quote(Integer.toString(relation.evidence()))
                    + (relation.first() == null ? "" : ", first=" + quote(relation.first().toString()))
                    + (relation.last() == null ? "" : ", last=" + quote(relation.last().toString()))
                    + ", tooltip=" + quote(relation.source().label() + " – " + relation.target().label() + ": "
                            + relation.polarity().label() + ", " + relation.evidence() + " event(s): "
                            + String.join(", ", relation.eventTypes()))
                    + "];");
        }
        w.println("}");
        w.flush();
    }

    /** A DOT double-quoted string. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", " ").replace("\n", "\\n") + "\"";
    }
}
