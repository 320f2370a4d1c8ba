package org.entente.robust;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.entente.ingest.Slugs;

/**
 * Rows of the Wikinews sample corpus ({@code url,date,title,text}), and CSV files made of some of them.
 *
 * <pre>
 * List&lt;WikinewsSubset.Row&gt; rows = WikinewsSubset.read(corpusDir, 24, 6_000);   // 24 rows up to 6,000 characters
 * WikinewsSubset.write(tmp.resolve("run.csv"), rows);
 * </pre>
 */
final class WikinewsSubset {
    private static final String[] HEADER = {"url", "date", "title", "text"};

    /** One corpus row and the article id Entente gives it. */
    record Row(String url, String date, String title, String text) {
        String id() {
            return Slugs.fromUrl(url);
        }
    }

    private WikinewsSubset() {
    }

    /**
     * The rows of every {@code .csv} in {@code dir}, in file order; at most {@code limit} rows (all when limit is 0),
     * only those whose text has at most {@code maxChars} characters (all when 0).
     */
    static List<Row> read(Path dir, int limit, int maxChars) throws IOException {
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        List<Row> rows = new ArrayList<>();
        for (Path file : files) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    Row row = new Row(r.get("url"), r.get("date"), r.get("title"), r.get("text"));
                    if (maxChars == 0 || row.text().length() <= maxChars) {
                        rows.add(row);
                    }
                    if (limit > 0 && rows.size() == limit) {
                        return rows;
                    }
                }
            }
        }
        return rows;
    }

    static Path write(Path file, Collection<Row> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            for (Row row : rows) {
                printer.printRecord(row.url(), row.date(), row.title(), row.text());
            }
        }
        return file;
    }
}
