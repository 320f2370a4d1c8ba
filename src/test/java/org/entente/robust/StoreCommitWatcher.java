package org.entente.robust;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Watches a TDB2 store that another process writes, without opening it: every write transaction that commits rewrites
 * the small state files ({@code *.bpt}, {@code *.bdf}) of {@code Data-0001}, and a commit in progress leaves its
 * journal ({@code journal.jrnl}) non-empty. A test uses this to kill a loader in, or just after, a commit.
 *
 * <pre>
 * StoreCommitWatcher watcher = new StoreCommitWatcher(storeDir);
 * long before = watcher.signature();
 * // ... the other process commits ...
 * watcher.signature() != before;   // true
 * </pre>
 */
final class StoreCommitWatcher {
    private final Path data;
    private final Path journal;

    StoreCommitWatcher(Path store) {
        this.data = store.resolve("Data-0001");
        this.journal = data.resolve("journal.jrnl");
    }

    /** The newest modification time (nanoseconds) of the state files; 0 when the store does not exist yet. */
    long signature() {
        if (!Files.isDirectory(data)) {
            return 0;
        }
        long newest = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(data, "*.{bpt,bdf}")) {
            for (Path f : files) {
                newest = Math.max(newest, Files.getLastModifiedTime(f).to(TimeUnit.NANOSECONDS));
            }
        } catch (IOException e) {
            return newest;
        }
        return newest;
    }

    /** True while a commit is being written (the journal holds data). */
    boolean committing() {
        try {
            return Files.size(journal) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
