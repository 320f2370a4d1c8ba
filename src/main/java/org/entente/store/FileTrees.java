package org.entente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Removes a directory tree (a store, a bench's work folder), deepest entries first.
 *
 * <pre>
 * FileTrees.delete(Path.of("data/tdb2.building-4242"));   // nothing happens when it does not exist
 * </pre>
 */
public final class FileTrees {
    private FileTrees() {
    }

    /** Deletes the file or directory and everything under it; a missing path is not an error. */
    public static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
