package org.entente.ingest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Set;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;

/**
 * A {@code .jsonl} / {@code .ndjson} corpus: one JSON object per line with the sidecar keys plus {@code text}
 * ({@code date} is accepted for {@code datePublished}). Blank lines are skipped; a bad line is an error
 * {@code file.jsonl#line=N} and reading goes on with the next line.
 *
 * <pre>
 * {"url": "https://example.org/news/summit", "date": "2024-11-06", "title": "Summit ends", "text": "..."}
 * </pre>
 */
final class JsonLinesArticleReader extends RawArticleReader {
    private static final Set<String> OTHER_KEYS = Set.of("text", "date");
    private static final long LINE_OVERHEAD_CHARS = 1 << 16;

    private final Path file;
    private final ProblemHandler problems;
    private final String fileStem;
    private final long maxLineChars;
    private BufferedReader reader;
    private long lineNumber;
    private boolean done;

    JsonLinesArticleReader(Path file, ProblemHandler problems, int maxChars) {
        this.file = file;
        this.problems = problems;
        this.fileStem = Slugs.fromFileName(file);
        this.maxLineChars = 2L * maxChars + LINE_OVERHEAD_CHARS;
    }

    @Override
    protected RawArticle readNext() {
        if (done) {
            return null;
        }
        try {
            if (reader == null) {
                reader = StrictUtf8.reader(file);
            }
            while (true) {
                Line line = readLine();
                if (line == null) {
                    done = true;
                    return null;
                }
                lineNumber++;
                String text = lineNumber == 1 ? StrictUtf8.withoutBom(line.text()) : line.text();
                if (!line.tooLong() && text.isBlank()) {
                    continue;
                }
                RawArticle article = toArticle(text, line.tooLong());
                if (article != null) {
                    return article;
                }
            }
        } catch (CharacterCodingException e) {
            problems.error(Location.of(file.toString()), "file is not valid UTF-8 (" + e.getMessage() + ", on line "
                    + (lineNumber + 1) + "); the rest of the file is skipped");
        } catch (IOException e) {
            problems.error(Location.of(file.toString()), "cannot read file: " + e.getMessage());
        }
        done = true;
        return null;
    }

    /** One line without its terminator; the text of a line over the limit is not kept. */
    private record Line(String text, boolean tooLong) {
    }

    /** The next line, or null at the end of the file. */
    private Line readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        long length = 0;
        int c;
        while ((c = reader.read()) >= 0) {
            if (c == '\n') {
                break;
            }
            length++;
            if (length <= maxLineChars) {
                sb.append((char) c);
            }
        }
        if (c < 0 && length == 0) {
            return null;
        }
        if (length > maxLineChars) {
            return new Line("", true);
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == '\r') {
            sb.setLength(end - 1);
        }
        return new Line(sb.toString(), false);
    }

    private RawArticle toArticle(String line, boolean tooLong) {
        String source = file + "#line=" + lineNumber;
        Location where = Location.of(source);
        if (tooLong) {
            problems.error(where, "line is longer than " + maxLineChars + " characters; line skipped");
            return null;
        }
        JsonObject object;
        try {
            object = JsonMetadata.parseObject(line);
        } catch (JsonParseException e) {
            problems.error(where, "not a JSON object: " + e.getMessage() + "; line skipped");
            return null;
        }
        JsonMetadata fields = new JsonMetadata(object, where, problems, "line skipped");
        fields.warnUnknownKeys(OTHER_KEYS);
        ArticleMetadata metadata = fields.metadata("date");
        String text = fields.string("text");
        if (fields.failed()) {
            return null;
        }
        if (text == null) {
            problems.error(where, "no key 'text'; line skipped");
            return null;
        }
        String id = Slugs.fromUrl(metadata.url());
        if (id.isEmpty()) {
            id = Slugs.fromDateAndTitle(metadata.datePublished(), metadata.title());
        }
        if (id.isEmpty() && !fileStem.isEmpty()) {
            id = Slugs.slug(fileStem + "-line-" + lineNumber);
        }
        return new RawArticle(source, id, text, metadata);
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
