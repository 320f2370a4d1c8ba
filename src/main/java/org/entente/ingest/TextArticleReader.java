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
        try {
            long size = Files.size(file);
            if (size > 3L * maxChars) {
                problems.error(where, "file has " + size + " bytes, too many for the limit of " + maxChars
                        + " characters; article skipped");
                return null;
            }
            text = StrictUtf8.decode(Files.readAllBytes(file));
        } catch (StrictUtf8.MalformedException e) {
            problems.error(where, "file is not valid UTF-8 (" + e.getMessage() + "); article skipped");
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

    @Override
    public void close() {
        done = true;
    }
}
