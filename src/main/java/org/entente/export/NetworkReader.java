package org.entente.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.entente.error.EntenteException;
import org.entente.error.Location;

/**
 * Runs a {@link NetworkQuery} over a dataset (whose default graph is the union of the article graphs) and turns its
 * rows into a {@link Network}. Each row is one relation; the actors are the distinct ends, with the attributes of the
 * first row that names them.
 *
 * <pre>
 * Network network = NetworkReader.read(store.dataset(), NetworkQuery.bundled(), NetworkFilter.NONE);
 * </pre>
 */
public final class NetworkReader {
    private NetworkReader() {
    }

    /**
     * Reads the network in a read transaction.
     *
     * @throws EntenteException naming the query when a row is not a relation (an end that is not an IRI, a polarity
     *         other than cooperation or conflict, a weight that is not a number, a malformed date)
     */
    public static Network read(Dataset dataset, NetworkQuery query, NetworkFilter filter) {
        return Txn.calculateRead(dataset, () -> {
            Map<String, ActorNode> nodes = new LinkedHashMap<>();
            List<Relation> relations = new ArrayList<>();
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query.query())
                    .substitution(query.parameters(filter)).build()) {
                ResultSet rows = execution.execSelect();
                int row = 0;
                while (rows.hasNext()) {
                    row++;
                    relations.add(relation(rows.next(), "r" + row, nodes, Location.of(query.source() + "#row=" + row)));
                }
            }
            return new Network(new ArrayList<>(nodes.values()), relations, query.source());
        });
    }

    private static Relation relation(QuerySolution row, String id, Map<String, ActorNode> nodes, Location at) {
        ActorNode source = node(row, "source", nodes, at);
        ActorNode target = node(row, "target", nodes, at);
        String polarityWord = text(row, "polarity");
        Polarity polarity = Polarity.fromLabel(polarityWord);
        if (polarity == null) {
            throw new EntenteException(at, "?polarity must be \"cooperation\" or \"conflict\", not \"" + polarityWord + "\"");
        }
        double weight = number(row, "weight", at);
        List<DateSpan> spells = spells(text(row, "spells"), at);
        int evidence = row.contains("evidence") ? (int) number(row, "evidence", at) : Math.max(1, spells.size());
        return new Relation(id, source, target, polarity, weight, evidence, date(row, "first", at),
                date(row, "last", at), words(text(row, "articles")), words(text(row, "eventTypes")),
                words(text(row, "cameoCodes")), spells);
    }

    private static ActorNode node(QuerySolution row, String end, Map<String, ActorNode> nodes, Location at) {
        RDFNode value = row.get(end);
        if (value == null || !value.isURIResource()) {
            throw new EntenteException(at, "?" + end + " must be an actor IRI, not " + (value == null ? "unbound" : value));
        }
        String iri = value.asResource().getURI();
        return nodes.computeIfAbsent(iri, key -> new ActorNode(key, text(row, end + "Label"), text(row, end + "Kind"),
                text(row, end + "Type"), text(row, end + "Wikidata"), text(row, end + "Iso")));
    }

    private static String text(QuerySolution row, String variable) {
        RDFNode value = row.get(variable);
        if (value == null) {
            return "";
        }
        return value.isLiteral() ? value.asLiteral().getLexicalForm() : value.isURIResource() ? value.asResource().getURI() : "";
    }

    private static double number(QuerySolution row, String variable, Location at) {
        RDFNode value = row.get(variable);
        if (value == null || !value.isLiteral()) {
            throw new EntenteException(at, "?" + variable + " must be a number, not " + (value == null ? "unbound" : value));
        }
        Literal literal = value.asLiteral();
        try {
            return Double.parseDouble(literal.getLexicalForm());
        } catch (NumberFormatException e) {
            throw new EntenteException(at, "?" + variable + " must be a number, not \"" + literal.getLexicalForm() + "\"");
        }
    }

    private static LocalDate date(QuerySolution row, String variable, Location at) {
        String text = text(row, variable);
        return text.isEmpty() ? null : parseDate(text, "?" + variable, at);
    }

    private static LocalDate parseDate(String text, String what, Location at) {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new EntenteException(at, what + " must be a date (YYYY-MM-DD), not \"" + text + "\"");
        }
    }

    private static List<DateSpan> spells(String text, Location at) {
        List<DateSpan> spells = new ArrayList<>();
        for (String pair : words(text)) {
            int slash = pair.indexOf('/');
            if (slash < 0) {
                throw new EntenteException(at, "?spells must list start/end date pairs, not \"" + pair + "\"");
            }
            spells.add(new DateSpan(parseDate(pair.substring(0, slash), "?spells", at),
                    parseDate(pair.substring(slash + 1), "?spells", at)));
        }
        spells.sort((a, b) -> a.start().equals(b.start()) ? a.end().compareTo(b.end()) : a.start().compareTo(b.start()));
        return spells;
    }

    private static List<String> words(String text) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String word : text.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }
}
