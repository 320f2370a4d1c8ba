package org.entente.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.entente.store.FileTrees;

/**
 * An input file (and its sidecar) copied from its file system into a local temporary folder under its own name, so that
 * the core's readers, which read local files, read it as {@code load} does; problems they report at the local path are
 * reported at the original URI.
 */
final class LocalCopy implements AutoCloseable {
    private final ArticleFile input;
    private final Path folder;
    private final Path file;
    private final Path sidecar;

    private LocalCopy(ArticleFile input, Path folder, Path file, Path sidecar) {
        this.input = input;
        this.folder = folder;
        this.file = file;
        this.sidecar = sidecar;
    }

    /** Copies the file and its sidecar; the caller closes the copy to delete it. */
    static LocalCopy of(ArticleFile input, Configuration conf) throws IOException {
        Path folder = Files.createTempDirectory("entente-spark-");
        try {
            Path file = copy(input.uri(), folder, conf);
            Path sidecar = input.sidecarUri() == null ? null : copy(input.sidecarUri(), folder, conf);
            return new LocalCopy(input, folder, file, sidecar);
        } catch (IOException | RuntimeException e) {
            FileTrees.delete(folder);
            throw e;
        }
    }

    private static Path copy(String uri, Path folder, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path from = new org.apache.hadoop.fs.Path(uri);
        Path to = folder.resolve(from.getName());
        FileSystem fs = from.getFileSystem(conf);
        fs.copyToLocalFile(false, from, new org.apache.hadoop.fs.Path(to.toUri()), true);
        return to;
    }

    /** The local copy of the input file. */
    Path file() {
        return file;
    }

    /** A problem location (a local path, maybe with {@code #row=N} or an offset) with the original URI in its place. */
    String original(String location) {
        if (location == null) {
            return input.uri();
        }
        if (location.startsWith(file.toString())) {
            return input.uri() + location.substring(file.toString().length());
        }
        if (sidecar != null && location.startsWith(sidecar.toString())) {
            return input.sidecarUri() + location.substring(sidecar.toString().length());
        }
        return location;
    }

    @Override
    public void close() {
        FileTrees.delete(folder);
    }
}
