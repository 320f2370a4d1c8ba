package org.entente.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Cytoscape.js JSON, which Cytoscape desktop also imports ({@code File > Import > Network from File}, {@code .cyjs}):
 * {@code elements.nodes[].data} and {@code elements.edges[].data}. Nodes carry {@code name} (Cytoscape's label
 * column) and edges {@code interaction} (the polarity), as Cytoscape expects; list-valued attributes are JSON arrays.
 */
final class CytoscapeJsonWriter implements NetworkWriter {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("format_version", "1.0");
        root.addProperty("generated_by", "Entente");
        root.addProperty("target_cytoscapejs_version", "~3.35");
        JsonObject graphData = new JsonObject();
        graphData.addProperty("name", "Entente alliance network");
        graphData.addProperty("source", network.source());
        root.add("data", graphData);
        JsonArray nodes = new JsonArray();
        for (ActorNode node : network.nodes()) {
            JsonObject data = new JsonObject();
            data.addProperty("id", node.iri());
            data.addProperty("name", node.label());
            data.addProperty("shared_name", node.label());
            for (NetworkAttributes.Attribute<ActorNode> a : NetworkAttributes.NODE) {
                put(data, a.name(), a.value().apply(node));
            }
            nodes.add(element(data));
        }
        JsonArray edges = new JsonArray();
        for (Relation relation : network.relations()) {
            JsonObject data = new JsonObject();
            data.addProperty("id", relation.id());
            data.addProperty("source", relation.source().iri());
            data.addProperty("target", relation.target().iri());
            String name = relation.source().label() + " (" + relation.polarity().label() + ") " + relation.target().label();
            data.addProperty("name", name);
            data.addProperty("shared_name", name);
            data.addProperty("interaction", relation.polarity().label());
            data.addProperty("polarity", relation.polarity().label());
            data.addProperty("weight", relation.weight());
            data.addProperty("strength", relation.strength());
            data.addProperty("evidence", relation.evidence());
            put(data, "first", relation.first() == null ? null : relation.first().toString());
            put(data, "last", relation.last() == null ? null : relation.last().toString());
            data.add("articles", array(relation.articles()));
            data.add("eventTypes", array(relation.eventTypes()));
            data.add("cameoCodes", array(relation.cameoCodes()));
            data.add("spells", array(relation.spells().stream().map(s -> s.start() + "/" + s.end()).toList()));
            data.addProperty("color", relation.polarity().color());
            edges.add(element(data));
        }
        JsonObject elements = new JsonObject();
        elements.add("nodes", nodes);
        elements.add("edges", edges);
        root.add("elements", elements);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        GSON.toJson(root, writer);
        writer.write('\n');
        writer.flush();
    }

    private static JsonObject element(JsonObject data) {
        JsonObject element = new JsonObject();
        element.add("data", data);
        return element;
    }

    private static void put(JsonObject data, String name, Object value) {
        if (value instanceof Number number) {
            data.addProperty(name, number);
        } else if (value != null) {
            data.addProperty(name, value.toString());
        }
    }

    private static JsonArray array(List<String> words) {
        JsonArray array = new JsonArray();
        words.forEach(array::add);
        return array;
    }
}
