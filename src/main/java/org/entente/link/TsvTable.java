package org.entente.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A tab-separated table with {@code #} comment lines and one header line, read by column name. */
final class TsvTable {
    private final String name;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows = new ArrayList<>();

    private TsvTable(String name) {
        this.name = name;
    }

    static TsvTable read(String name, InputStream in) {
        TsvTable table = new TsvTable(name);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (table.columns.isEmpty()) {
                    for (int i = 0; i < cells.length; i++) {
                        table.columns.put(cells[i].trim(), i);
                    }
                } else {
                    table.rows.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read registry table " + name, e);
        }
        return table;
    }

    List<String[]> rows() {
        return rows;
    }

    String get(String[] row, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalStateException("registry table " + name + " has no column " + column);
        }
        return index < row.length ? row[index].trim() : "";
    }

    /** The cell as a nullable value: empty cells are null. */
    String opt(String[] row, String column) {
        String value = get(row, column);
        return value.isEmpty() ? null : value;
    }

    List<String> list(String[] row, String column) {
        String value = get(row, column);
        return value.isEmpty() ? List.of() : Arrays.stream(value.split("\\|")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }
}
