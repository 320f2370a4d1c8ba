package org.entente.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What tests/e2e/gephi's GephiImportCheck printed: tab-separated records for the graph, issues, columns, nodes and
 * edges. Gephi lower-cases column ids; attribute keys here are the column titles' lower-case forms, without the
 * GraphML key prefix.
 */
record GephiReport(int nodeCount, int edgeCount, boolean dynamic, String timeBounds, List<String> issues,
        Map<String, String> nodeColumns, Map<String, String> edgeColumns, List<Node> nodes, List<Edge> edges) {

    record Node(String id, String label, Map<String, String> attributes) {
    }

    record Edge(String source, String target, double weight, String intervals, Map<String, String> attributes) {
    }

    String nodeColumnType(String title) {
        return nodeColumns.get(title.toLowerCase(Locale.ROOT));
    }

    String edgeColumnType(String title) {
        return edgeColumns.get(title.toLowerCase(Locale.ROOT));
    }

    static GephiReport parse(String output) {
        Map<String, String> graph = new HashMap<>();
        List<String> issues = new ArrayList<>();
        Map<String, String> nodeColumns = new HashMap<>();
        Map<String, String> edgeColumns = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (String line : output.lines().toList()) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "graph" -> {
                    for (int i = 1; i < f.length; i++) {
                        graph.put(f[i].substring(0, f[i].indexOf('=')), f[i].substring(f[i].indexOf('=') + 1));
                    }
                }
                case "issue" -> issues.add(f[1] + ": " + f[2]);
                case "column" -> (f[1].equals("node") ? nodeColumns : edgeColumns)
                        .put(f[3].toLowerCase(Locale.ROOT), f[4]);
                case "node" -> nodes.add(new Node(f[1], f[2], attributes(f, 3)));
                case "edge" -> edges.add(new Edge(f[1], f[2], Double.parseDouble(f[3]), f[4], attributes(f, 5)));
                default -> { }
            }
        }
        return new GephiReport(Integer.parseInt(graph.getOrDefault("nodes", "-1")),
                Integer.parseInt(graph.getOrDefault("edges", "-1")), Boolean.parseBoolean(graph.get("dynamic")),
                graph.get("timeBounds"), issues, nodeColumns, edgeColumns, nodes, edges);
    }

    private static Map<String, String> attributes(String[] fields, int from) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = from; i < fields.length; i++) {
            int eq = fields[i].indexOf('=');
            if (eq > 0) {
                attributes.put(fields[i].substring(0, eq), fields[i].substring(eq + 1));
            }
        }
        return attributes;
    }
}
