package org.entente.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.entente.ingest.ArticleSource;

/**
 * The driver's listing of the inputs on their file systems, in the order {@code load} reads them: the inputs as
 * given, the article files of a directory recursively in sorted order, hidden files and folders skipped, a file given
 * twice read once. Which files are articles and which is a sidecar is the core's rule ({@link ArticleSource}).
 */
final class InputListing {
    private final Configuration conf;
    private final List<ArticleFile> files = new ArrayList<>();
    private final List<Outcome> warnings = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private InputListing(Configuration conf) {
        this.conf = conf;
    }

    /** Lists the inputs; an input that does not exist is an error that names it. */
    static InputListing of(List<String> inputs, Configuration conf) {
        InputListing listing = new InputListing(conf);
        try {
            for (String input : inputs) {
                listing.add(new Path(input));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
        }
        return listing;
    }

    /** The article files, in input order. */
    List<ArticleFile> files() {
        return List.copyOf(files);
    }

    /** Inputs that hold no article file, and files given that are not articles. */
    List<Outcome> warnings() {
        return List.copyOf(warnings);
    }

    private void add(Path input) throws IOException {
        FileSystem fs = input.getFileSystem(conf);
        FileStatus status;
        try {
            status = fs.getFileStatus(input);
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException(input + ": no such file or directory", e);
        }
        if (status.isDirectory()) {
            List<Path> found = new ArrayList<>();
            walk(fs, status.getPath(), found);
            found.sort(Comparator.comparing(Path::toString));
            for (Path file : found) {
                addFile(fs, file);
            }
            if (found.isEmpty()) {
                warn(input, "no article files (.txt, .csv, .jsonl, .ndjson) in this directory");
            }
        } else if (ArticleSource.isArticleFile(java.nio.file.Path.of(status.getPath().getName()))) {
            addFile(fs, status.getPath());
        } else {
            warn(input, "not an article file (expected .txt, .csv, .jsonl or .ndjson); ignored");
        }
    }

    private static void walk(FileSystem fs, Path dir, List<Path> found) throws IOException {
        for (FileStatus child : fs.listStatus(dir)) {
            String name = child.getPath().getName();
            if (name.startsWith(".")) {
                continue;
            }
            if (child.isDirectory()) {
                walk(fs, child.getPath(), found);
            } else if (ArticleSource.isArticleFile(java.nio.file.Path.of(name))) {
                found.add(child.getPath());
            }
        }
    }

    private void addFile(FileSystem fs, Path file) throws IOException {
        String uri = file.toString();
        if (!seen.add(uri)) {
            return;
        }
        Optional<java.nio.file.Path> sidecarName = ArticleSource.sidecarOf(java.nio.file.Path.of(file.getName()));
        String sidecar = null;
        if (sidecarName.isPresent()) {
            Path candidate = new Path(file.getParent(), sidecarName.get().toString());
            sidecar = fs.isFile(candidate) ? candidate.toString() : null;
        }
        files.add(new ArticleFile(files.size(), uri, sidecar));
    }

    private void warn(Path input, String message) {
        warnings.add(Outcome.warning(-1 - warnings.size(), input.toString(), message));
    }
}
