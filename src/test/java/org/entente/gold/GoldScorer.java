package org.entente.gold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * Scores a graph against a gold set through the competency queries: which expected rows are found, which are missed,
 * which forbidden rows are present.
 */
final class GoldScorer {
    record Score(List<GoldSet.GoldRow> found, List<GoldSet.GoldRow> missed, List<GoldSet.GoldRow> falseRows) {
    }

    private final Dataset dataset;
    private final Map<String, String> queries;
    private final Map<String, List<Map<String, String>>> cache = new HashMap<>();

    GoldScorer(Dataset dataset, Map<String, String> queries) {
        this.dataset = dataset;
        this.queries = queries;
    }

    Score score(GoldSet gold) {
        List<GoldSet.GoldRow> found = new ArrayList<>();
        List<GoldSet.GoldRow> missed = new ArrayList<>();
        List<GoldSet.GoldRow> falseRows = new ArrayList<>();
        for (GoldSet.GoldRow row : gold.expect()) {
            (present(row) ? found : missed).add(row);
        }
        for (GoldSet.GoldRow row : gold.forbid()) {
            if (present(row)) {
                falseRows.add(row);
            }
        }
        return new Score(found, missed, falseRows);
    }

    boolean present(GoldSet.GoldRow gold) {
        List<Map<String, String>> rows = results(gold.query());
        return rows.stream().anyMatch(r -> matches(r, gold.values()) || (gold.unordered() && matches(r, swapped(gold.values()))));
    }

    private static boolean matches(Map<String, String> result, Map<String, String> wanted) {
        return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(result.get(e.getKey())));
    }

    /** aX and bX exchanged, as are sideA… and sideB…. */
    private static Map<String, String> swapped(Map<String, String> values) {
        Map<String, String> out = new HashMap<>();
        values.forEach((k, v) -> out.put(swap(k), v));
        return out;
    }

    private static String swap(String var) {
        if (var.startsWith("sideA")) {
            return "sideB" + var.substring(5);
        }
        if (var.startsWith("sideB")) {
            return "sideA" + var.substring(5);
        }
        if (var.matches("a[A-Z].*|a")) {
            return "b" + var.substring(1);
        }
        if (var.matches("b[A-Z].*|b")) {
            return "a" + var.substring(1);
        }
        return var;
    }

    List<Map<String, String>> results(String queryName) {
        return cache.computeIfAbsent(queryName, name -> {
            String text = queries.get(name);
            if (text == null) {
                throw new IllegalArgumentException("no such query: " + name);
            }
            return Txn.calculateRead(dataset, () -> {
                List<Map<String, String>> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(text).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        Map<String, String> row = new HashMap<>();
                        s.varNames().forEachRemaining(v -> row.put(v, value(s.get(v))));
                        out.add(row);
                    }
                }
                return out;
            });
        });
    }

    private static String value(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
