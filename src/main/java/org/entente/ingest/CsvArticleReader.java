package org.entente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;

/**
 * A {@code .csv} corpus: a header row that names at least {@code url,date,title,text} (in any order; more columns
 * are allowed, and {@code publisher}, {@code originalSource}, {@code language}, {@code license} and {@code dateline}
 * are read when present), then one article per row. Fields may be quoted and span lines. A missing column is an
 * error for the file; a malformed row is an error {@code file.csv#row=N} and reading goes on with the next row.
 * Rows are numbered from 1 after the header.
 */
final class CsvArticleReader extends RawArticleReader {
    static final List<String> REQUIRED_COLUMNS = List.of("url", "date", "title", "text");
    private static final List<String> OPTIONAL_COLUMNS =
            List.of("publisher", "originalsource", "language", "license", "dateline");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;
    private static final long RECORD_OVERHEAD_CHARS = 1 << 16;

    private final Path file;
    private final ProblemHandler problems;
    private final String fileStem;
    private final long maxRecordChars;
    private BufferedReader reader;
    private CsvRecordSplitter splitter;
    private Map<String, Integer> columns;
    private int columnCount;
    private int row;
    private boolean done;

    CsvArticleReader(Path file, ProblemHandler problems, int maxChars) {
        this.file = file;
        this.problems = problems;
        this.fileStem = Slugs.fromFileName(file);
        this.maxRecordChars = 2L * maxChars + RECORD_OVERHEAD_CHARS;
    }

    @Override
    protected RawArticle readNext() {
        if (done) {
            return null;
        }
        try {
            if (splitter == null && !open()) {
                done = true;
                return null;
            }
            while (true) {
                CsvRecordSplitter.Chunk chunk = splitter.next();
                if (chunk == null) {
                    done = true;
                    return null;
                }
                row++;
                RawArticle article = toArticle(chunk);
                if (article != null) {
                    return article;
                }
            }
        } catch (CharacterCodingException e) {
            problems.error(Location.of(file.toString()), "file is not valid UTF-8 (" + e.getMessage() + ", in row "
                    + (row + 1) + " near line " + splitter.line() + "); the rest of the file is skipped");
        } catch (IOException e) {
            problems.error(Location.of(file.toString()), "cannot read file: " + e.getMessage());
        }
        done = true;
        return null;
    }

    private boolean open() throws IOException {
        Location where = Location.of(file.toString());
        reader = StrictUtf8.reader(file);
        splitter = new CsvRecordSplitter(reader, maxRecordChars);
        CsvRecordSplitter.Chunk header = splitter.next();
        if (header == null) {
            problems.error(where, "empty CSV file: no header row (expected columns "
                    + String.join(",", REQUIRED_COLUMNS) + ")");
            return false;
        }
        List<String> names;
        try {
            names = parse(StrictUtf8.withoutBom(header.text()));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.error(where, "malformed CSV header: " + message(e));
            return false;
        }
        columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        columnCount = names.size();
        List<String> missing = new ArrayList<>();
        for (String column : REQUIRED_COLUMNS) {
            if (!columns.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            problems.error(where, "CSV header lacks column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (header: " + String.join(",", names) + "; required: "
                    + String.join(",", REQUIRED_COLUMNS) + "); file skipped");
            return false;
        }
        return true;
    }

    private RawArticle toArticle(CsvRecordSplitter.Chunk chunk) {
        String source = file + "#row=" + row;
        Location where = Location.of(source);
        switch (chunk.status()) {
            case TOO_LONG -> {
                problems.error(where, "row starting on line " + chunk.firstLine() + " is longer than "
                        + maxRecordChars + " characters; row skipped");
                return null;
            }
            case UNTERMINATED_QUOTE -> {
                problems.error(where, "quoted field opened in the row starting on line " + chunk.firstLine()
                        + " is never closed; the rest of the file is skipped");
                return null;
            }
            default -> {
                // a complete record: parsed below
            }
        }
        List<String> fields;
        try {
            fields = parse(chunk.text());
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.error(where, "malformed CSV row starting on line " + chunk.firstLine() + ": " + message(e)
                    + "; row skipped");
            return null;
        }
        if (fields.size() != columnCount) {
            problems.error(where, "row starting on line " + chunk.firstLine() + " has " + fields.size()
                    + " fields, the header has " + columnCount + "; row skipped");
            return null;
        }
        String url = field(fields, "url");
        String title = field(fields, "title");
        String dateText = field(fields, "date");
        LocalDate date = null;
        if (dateText != null && !dateText.isBlank()) {
            try {
                date = IsoDates.parse(dateText);
            } catch (IllegalArgumentException e) {
                problems.error(where, "column date: " + e.getMessage() + "; row skipped");
                return null;
            }
        }
        ArticleMetadata metadata = new ArticleMetadata(title, date, field(fields, "publisher"),
                field(fields, "originalsource"), url, field(fields, "language"), field(fields, "license"),
                field(fields, "dateline"));
        String id = Slugs.fromUrl(url);
        if (id.isEmpty()) {
            id = Slugs.fromDateAndTitle(date, title);
        }
        if (id.isEmpty() && !fileStem.isEmpty()) {
            id = Slugs.slug(fileStem + "-row-" + row);
        }
        String text = field(fields, "text");
        return new RawArticle(source, id, text == null ? "" : text, metadata);
    }

    private String field(List<String> fields, String column) {
        Integer index = columns.get(column);
        return index == null ? null : fields.get(index);
    }

    private static List<String> parse(String record) throws IOException {
        try (CSVParser parser = CSVParser.parse(record, FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IOException("expected one record, found " + records.size());
            }
            return records.get(0).toList();
        }
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("\\s*at line: \\d+, position: \\d+", "")
                .replaceAll("\\s*\\(startline \\d+\\)", "");
    }

    @Override
    public void close() {
        done = true;
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                problems.warning(Location.of(file.toString()), "cannot close file: " + e.getMessage());
            }
            reader = null;
        }
    }
}
