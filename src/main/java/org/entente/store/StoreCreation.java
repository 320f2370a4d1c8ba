package org.entente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Creates a new TDB2 store whole or not at all. TDB2 lays out a new database's files outside its journal, so a process
 * killed in that moment leaves index blocks of zeros that no later open can read ("No known block type for 0"). A new
 * store is therefore built in a sibling folder ({@code NAME.creating-PID}), committed once, closed, and moved into place
 * with one atomic rename; a kill before the rename leaves only that sibling, which the next creation removes.
 */
final class StoreCreation {
    private static final String SUFFIX = ".creating-";

    private StoreCreation() {
    }

    /** Makes sure {@code directory} holds a complete store: creates one when it is missing or empty. */
    static void ensure(Path directory) {
        Path dir = directory.toAbsolutePath();
        try {
            if (Files.isDirectory(dir) && !isEmpty(dir)) {
                return;
            }
            Path parent = dir.getParent();
            Files.createDirectories(parent);
            removeLeftovers(parent, dir.getFileName().toString());
            Path building = parent.resolve(dir.getFileName() + SUFFIX + ProcessHandle.current().pid());
            Dataset ds = TDB2Factory.connectDataset(building.toString());
            Txn.executeWrite(ds, () -> {
            });
            TDBInternal.expel(ds.asDatasetGraph(), true);
            if (Files.isDirectory(dir)) {
                Files.delete(dir);
            }
            Files.move(building, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store in " + dir, e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Half-built siblings of killed creations. */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, name + SUFFIX + "*")) {
            for (Path leftover : entries) {
                FileTrees.delete(leftover);
            }
        }
    }
}
