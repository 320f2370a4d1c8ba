package org.entente.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Streams SPARQL result rows as a tab-separated event table (UTF-8, {@code \n} line ends): a header line, then one line
 * per row, one column per result variable in the query's order. A variable of {@code queries/export-events.rq} gets
 * its ICEWS / POLECAT column name ({@code ?eventDate} is "Event Date"), any other variable its own name. An IRI is
 * written as itself, a literal as its lexical form, an unbound value as an empty cell.
 *
 * <p>A tab, line feed, carriage return or backslash inside a cell is written as {@code \t}, {@code \n}, {@code \r} or
 * {@code \\}, as in the SPARQL TSV results format, so that every row is one line and no cell holds a separator. A cell
 * holding a double quote is enclosed in double quotes, each quote doubled, so that pandas' {@code read_csv(sep="\t")}
 * and R's {@code read.delim}, whose quote character is {@code "}, read it back unchanged.
 */
final class EventTableWriter {
    /** Result variable to column name, in the column order of the bundled query. */
    static final Map<String, String> COLUMNS;

    static {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("event", "Event ID");
        columns.put("eventDate", "Event Date");
        columns.put("sourceName", "Source Name");
        columns.put("sourceSectors", "Source Sectors");
        columns.put("sourceCountry", "Source Country");
        columns.put("eventText", "Event Text");
        columns.put("cameoCode", "CAMEO Code");
        columns.put("ploverType", "PLOVER Type");
        columns.put("ploverMode", "PLOVER Mode");
        columns.put("intensity", "Intensity");
        columns.put("targetName", "Target Name");
        columns.put("targetSectors", "Target Sectors");
        columns.put("targetCountry", "Target Country");
        columns.put("modality", "Modality");
        columns.put("story", "Story ID");
        columns.put("sentenceNumber", "Sentence Number");
        columns.put("publisher", "Publisher");
        columns.put("url", "URL");
        columns.put("sourceWikidata", "Source Wikidata");
        columns.put("targetWikidata", "Target Wikidata");
        columns.put("sentence", "Sentence");
        columns.put("datePrecision", "Date Precision");
        columns.put("consolidated", "Consolidated Event");
        COLUMNS = Collections.unmodifiableMap(columns);
    }

    private final List<String> variables;

    /** A writer of these result variables, in this order. */
    EventTableWriter(List<String> variables) {
        this.variables = List.copyOf(variables);
    }

    /** The column names, in order. */
    List<String> header() {
        List<String> header = new ArrayList<>();
        for (String variable : variables) {
            header.add(COLUMNS.getOrDefault(variable, variable));
        }
        return header;
    }

    /** Writes the header and every row; the stream is flushed and stays open. Returns the number of rows. */
    long write(Iterator<QuerySolution> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        line(writer, header());
        long count = 0;
        List<String> cells = new ArrayList<>(variables.size());
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            cells.clear();
            for (String variable : variables) {
                cells.add(text(row.get(variable)));
            }
            line(writer, cells);
            count++;
        }
        writer.flush();
        return count;
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write('\t');
            }
            writer.write(cell(cells.get(i)));
        }
        writer.write('\n');
    }

    /** The text of a value: an IRI as itself, a literal as its lexical form, a blank node as {@code _:label}. */
    static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        if (node.isURIResource()) {
            return node.asResource().getURI();
        }
        return "_:" + node.asResource().getId().getLabelString();
    }

    /** A cell as written: separators escaped, and enclosed in quotes when it holds a quote. */
    static String cell(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        boolean quote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\\' -> escaped.append("\\\\");
                case '"' -> {
                    escaped.append("\"\"");
                    quote = true;
                }
                default -> escaped.append(c);
            }
        }
        return quote ? "\"" + escaped + "\"" : escaped.toString();
    }
}
