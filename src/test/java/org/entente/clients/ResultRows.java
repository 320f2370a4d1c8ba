package org.entente.clients;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A SPARQL result in the SPARQL 1.1 CSV format, as a multiset of rows with normalised values, so the answers of
 * different clients can be compared: rows in any order, columns sorted by variable name, each value an IRI or a
 * literal's lexical form with numbers
 * in one canonical form ({@code 1.50}, {@code 1.5E0} and {@code 1.5} are the same) and blank nodes anonymised.
 *
 * <pre>
 * ResultRows cli = ResultRows.parse(cliCsv);
 * ResultRows rdflib = ResultRows.parse(Files.readString(out.resolve("articles.csv")));
 * assertEquals(cli, rdflib);
 * </pre>
 *
 * @param variables the variable names, sorted
 * @param rows each distinct row and how often it occurs
 */
record ResultRows(List<String> variables, Map<List<String>, Integer> rows) {
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    static ResultRows parse(String csv) throws IOException {
        try (Reader in = new StringReader(csv);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> header = parser.getHeaderNames();
            List<String> variables = header.stream().sorted().toList();
            Map<List<String>, Integer> rows = new TreeMap<>(ResultRows::compareRows);
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>();
                for (String variable : variables) {
                    row.add(normalise(record.get(header.indexOf(variable))));
                }
                rows.merge(row, 1, Integer::sum);
            }
            return new ResultRows(variables, rows);
        }
    }

    static String normalise(String value) {
        if (value.startsWith("_:")) {
            return "_:blank";
        }
        if (NUMBER.matcher(value).matches()) {
            BigDecimal number = new BigDecimal(value);
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        return value;
    }

    int size() {
        return rows.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static int compareRows(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
