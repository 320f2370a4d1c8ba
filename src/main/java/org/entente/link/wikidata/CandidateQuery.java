package org.entente.link.wikidata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The SPARQL query that finds candidates for a name, and the reading of its JSON results. The query matches the
 * English label ({@code rdfs:label}) or alias ({@code skos:altLabel}) exactly, keeps items that are an instance of
 * one of the classes (through {@code wdt:P31/wdt:P279*}), and fetches description, countries (P27, P17) and positions
 * held (P39 statements with P580/P582 qualifiers), in Wikidata's RDF model.
 */
final class CandidateQuery {
    static final String ENTITY = "http://www.wikidata.org/entity/";

    private CandidateQuery() {
    }

    static String text(String name, Set<String> classes, int limit) {
        String literal = NodeFmtLib.strNT(NodeFactory.createLiteralLang(name, "en"));
        StringBuilder values = new StringBuilder();
        new TreeSet<>(classes).forEach(q -> values.append(" wd:").append(q));
        return """
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                PREFIX p: <http://www.wikidata.org/prop/>
                PREFIX ps: <http://www.wikidata.org/prop/statement/>
                PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX schema: <http://schema.org/>
                SELECT ?item ?match ?label ?description ?country ?held ?position ?positionLabel ?start ?end WHERE {
                  {
                    SELECT ?item (MAX(?how) AS ?match) WHERE {
                      { ?item rdfs:label %1$s . BIND("label" AS ?how) }
                      UNION
                      { ?item skos:altLabel %1$s . BIND("alias" AS ?how) }
                      VALUES ?class {%2$s }
                      ?item wdt:P31/wdt:P279* ?class .
                    }
                    GROUP BY ?item
                    ORDER BY ?item
                    LIMIT %3$d
                  }
                  OPTIONAL { ?item rdfs:label ?label FILTER(LANG(?label) = "en") }
                  OPTIONAL { ?item schema:description ?description FILTER(LANG(?description) = "en") }
                  OPTIONAL { ?item wdt:P27|wdt:P17 ?country }
                  OPTIONAL {
                    ?item p:P39 ?held .
                    ?held ps:P39 ?position .
                    OPTIONAL { ?position rdfs:label ?positionLabel FILTER(LANG(?positionLabel) = "en") }
                    OPTIONAL { ?held pq:P580 ?start }
                    OPTIONAL { ?held pq:P582 ?end }
                  }
                }
                """.formatted(literal, values, limit);
    }

    /**
     * Reads SPARQL JSON results into candidates, one per item, in the order the items first appear.
     *
     * @throws IllegalArgumentException when the text is not SPARQL JSON results
     */
    static List<Candidate> parse(String json) {
        ResultSet rs;
        try {
            rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not SPARQL JSON results: " + e.getMessage(), e);
        }
        Map<String, Builder> items = new LinkedHashMap<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            String qid = qid(row.get("item"));
            if (qid == null) {
                continue;
            }
            Builder b = items.computeIfAbsent(qid, Builder::new);
            b.labelMatch |= "label".equals(text(row.get("match")));
            b.label = first(b.label, text(row.get("label")));
            b.description = first(b.description, text(row.get("description")));
            String country = qid(row.get("country"));
            if (country != null) {
                b.countries.add(country);
            }
            String position = qid(row.get("position"));
            RDFNode held = row.get("held");
            if (position != null && held != null) {
                b.positions.putIfAbsent(held.toString(), new HeldPosition(position, text(row.get("positionLabel")),
                        date(text(row.get("start")), false), date(text(row.get("end")), true)));
            }
        }
        List<Candidate> out = new ArrayList<>();
        items.values().forEach(b -> out.add(new Candidate(b.qid, b.label, b.description, b.labelMatch, b.countries,
                List.copyOf(b.positions.values()))));
        return out;
    }

    private static String first(String current, String next) {
        return current != null ? current : next;
    }

    private static String text(RDFNode node) {
        return node != null && node.isLiteral() ? node.asLiteral().getLexicalForm() : null;
    }

    static String qid(RDFNode node) {
        if (node == null || !node.isURIResource()) {
            return null;
        }
        String uri = node.asResource().getURI();
        if (!uri.startsWith(ENTITY)) {
            return null;
        }
        String id = uri.substring(ENTITY.length());
        return id.matches("Q[1-9][0-9]*") ? id : null;
    }

    /** A Wikidata time value ("2019-05-20T00:00:00Z"; year precision is published as "2019-01-01T..."). */
    static LocalDate date(String value, boolean end) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            int year = Integer.parseInt(value.substring(0, 4));
            return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        }
    }

    private static final class Builder {
        final String qid;
        boolean labelMatch;
        String label;
        String description;
        final Set<String> countries = new LinkedHashSet<>();
        final Map<String, HeldPosition> positions = new LinkedHashMap<>();

        Builder(String qid) {
            this.qid = qid;
        }
    }
}
