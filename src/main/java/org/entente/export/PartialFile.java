package org.entente.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.entente.error.EntenteException;
import org.entente.error.Location;

/**
 * Writes an export file through a sibling {@code NAME.partial} that is renamed into place when complete, so a failed
 * export never leaves a half-written file under the name asked for, nor the partial one.
 */
final class PartialFile {
    /** Writes the content to a stream and says what was written. */
    interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private PartialFile() {
    }

    /**
     * Writes {@code content} to {@code file}, replacing it.
     *
     * @throws EntenteException naming the file when it cannot be written
     */
    static <T> T write(Path file, Content<T> content) {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            T result;
            try (OutputStream out = Files.newOutputStream(partial)) {
                result = content.writeTo(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            return result;
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new EntenteException(Location.of(file.toString()), "cannot write the export: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the partial export " + file, e);
        }
    }
}
