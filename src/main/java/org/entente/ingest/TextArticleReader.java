package org.entente.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;

/** A {@code .txt} file is one article: UTF-8 text, id from the file name, metadata from its sidecar. */
final class TextArticleReader extends RawArticleReader {
    private final Path file;
    private final ProblemHandler problems;
    private final int maxChars;
    private boolean done;

    TextArticleReader(Path file, ProblemHandler problems, int maxChars) {
        this.file = file;
        this.problems = problems;
        this.maxChars = maxChars;
    }

    @Override
    protected RawArticle readNext() {
        if (done) {
            return null;
        }
        done = true;
        Location where = Location.of(file.toString());
        String text;
        byte[] bytes = null;
        try {
            long size = Files.size(file);
            if (size > 3L * maxChars) {
                problems.error(where, "file has " + size + " bytes, too many for the limit of " + maxChars
                        + " characters; article skipped");
                return null;
            }
            bytes = Files.readAllBytes(file);
            text = StrictUtf8.decode(bytes);
        } catch (StrictUtf8.MalformedException e) {
            problems.error(where, "file is not valid UTF-8 (" + e.getMessage() + utf16Hint(bytes) + "); article skipped");
            return null;
        } catch (IOException e) {
            problems.error(where, "cannot read file: " + e.getMessage() + "; article skipped");
            return null;
        }
        Optional<ArticleMetadata> metadata = SidecarMetadata.read(file, problems);
        if (metadata.isEmpty()) {
            return null;
        }
        return new RawArticle(file.toString(), Slugs.fromFileName(file), text, metadata.get());
    }

    /** A hint when the bytes start with a UTF-16 byte-order mark. */
    private static String utf16Hint(byte[] bytes) {
        if (bytes != null && bytes.length >= 2) {
            int b0 = bytes[0] & 0xff;
            int b1 = bytes[1] & 0xff;
            if ((b0 == 0xff && b1 == 0xfe) || (b0 == 0xfe && b1 == 0xff)) {
                return "; it starts with a UTF-16 byte-order mark: save it as UTF-8";
            }
        }
        return "";
    }

    @Override
    public void close() {
        done = true;
    }
}
