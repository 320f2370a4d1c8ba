package org.entente.codebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.error.EntenteException;
import org.entente.error.Location;

/** One codebook file: {@code #} comment lines, a header line, then tab-separated rows read by column name. */
final class CodebookTable {
    private final String name;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();

    private CodebookTable(String name) {
        this.name = name;
    }

    static CodebookTable read(String name, InputStream in, String... required) throws IOException {
        CodebookTable table = new CodebookTable(name);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (table.columns.isEmpty()) {
                    for (int i = 0; i < cells.length; i++) {
                        table.columns.put(cells[i].trim(), i);
                    }
                    for (String column : required) {
                        if (!table.columns.containsKey(column)) {
                            throw new EntenteException(Location.of(name),
                                    "codebook table lacks the column '" + column + "' in its header line " + number);
                        }
                    }
                } else {
                    table.rows.add(cells);
                    table.lines.add(number);
                }
            }
        }
        return table;
    }

    List<String[]> rows() {
        return rows;
    }

    /** The file and line of a row, for error messages. */
    String where(int rowIndex) {
        return name + ":" + lines.get(rowIndex);
    }

    String get(String[] row, String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.length ? "" : row[index].trim();
    }
}
