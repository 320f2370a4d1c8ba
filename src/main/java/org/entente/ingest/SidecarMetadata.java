package org.entente.ingest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;

/**
 * The optional JSON file next to a {@code .txt} article: {@code name.json} for {@code name.txt}. Keys: {@code title},
 * {@code datePublished} (ISO date), {@code publisher}, {@code originalSource}, {@code url}, {@code language},
 * {@code license}, {@code dateline} (a hint); also {@code file} (the article's file name, checked) and remarks
 * ending in {@code Note}. All values are strings.
 *
 * <pre>
 * {"title": "North Korean troops ...", "datePublished": "2024-11-06", "publisher": "Korea Bizwire",
 *  "originalSource": "Yonhap", "dateline": "SEOUL, Nov. 6", "language": "en"}
 * </pre>
 */
final class SidecarMetadata {
    private static final long MAX_BYTES = 1 << 20;
    private static final Set<String> OTHER_KEYS = Set.of("file");

    private SidecarMetadata() {
    }

    /** The sidecar path for an article file: the same name with {@code .json} instead of its extension. */
    static Path sidecarOf(Path articleFile) {
        String name = articleFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return articleFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
    }

    /**
     * Reads the sidecar of {@code articleFile}. Returns empty metadata when there is none, and nothing when the
     * sidecar has errors (they are reported, naming the sidecar and the key; the article is to be skipped).
     */
    static Optional<ArticleMetadata> read(Path articleFile, ProblemHandler problems) {
        Path sidecar = sidecarOf(articleFile);
        if (!Files.isRegularFile(sidecar)) {
            return Optional.of(ArticleMetadata.empty());
        }
        Location where = Location.of(sidecar.toString());
        String skipped = "article " + articleFile.getFileName() + " skipped";
        String json;
        try {
            if (Files.size(sidecar) > MAX_BYTES) {
                problems.error(where, "sidecar is larger than " + MAX_BYTES + " bytes; " + skipped);
                return Optional.empty();
            }
            json = StrictUtf8.decode(Files.readAllBytes(sidecar));
        } catch (StrictUtf8.MalformedException e) {
            problems.error(where, "sidecar is not valid UTF-8 (" + e.getMessage() + "); " + skipped);
            return Optional.empty();
        } catch (IOException e) {
            problems.error(where, "cannot read sidecar: " + e.getMessage() + "; " + skipped);
            return Optional.empty();
        }
        JsonObject object;
        try {
            object = JsonMetadata.parseObject(json);
        } catch (JsonParseException e) {
            problems.error(where, "sidecar is not a JSON object: " + e.getMessage() + "; " + skipped);
            return Optional.empty();
        }
        JsonMetadata fields = new JsonMetadata(object, where, problems, skipped);
        fields.warnUnknownKeys(OTHER_KEYS);
        String file = fields.string("file");
        if (file != null && !file.equals(articleFile.getFileName().toString())) {
            problems.warning(where, "key 'file' names " + file + ", but this is the sidecar of "
                    + articleFile.getFileName());
        }
        ArticleMetadata metadata = fields.metadata(null);
        return fields.failed() ? Optional.empty() : Optional.of(metadata);
    }
}
