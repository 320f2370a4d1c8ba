package org.entente.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;

/** Which files are articles, and the article files under a path. */
final class InputFiles {

    /** The article formats, by file extension. */
    enum Format { TEXT, CSV, JSON_LINES }

    private InputFiles() {
    }

    /** The format of a file by its extension (case-insensitive), or null when it is not an article file. */
    static Format formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Format.TEXT;
        }
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSON_LINES;
        }
        return null;
    }

    /**
     * The article files at {@code path}: the file itself when it is one (a warning when it is not), or every article
     * file under a directory, recursively, in sorted order. Hidden files and directories (name starting with a dot)
     * are skipped; other files are ignored silently.
     */
    static List<Path> expand(Path path, ProblemHandler problems) {
        Location where = Location.of(path.toString());
        if (!Files.isDirectory(path)) {
            if (formatOf(path) != null) {
                return List.of(path);
            }
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            String why = name.toLowerCase(Locale.ROOT).endsWith(".json")
                    ? "a .json file is a sidecar of the .txt article of the same name, not an article"
                    : "not an article file (expected .txt, .csv, .jsonl or .ndjson)";
            problems.warning(where, why + "; ignored");
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(path) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file) && formatOf(file) != null) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.error(Location.of(file.toString()), "cannot read: " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.error(where, "cannot list directory: " + e.getMessage());
        }
        files.sort(null);
        if (files.isEmpty()) {
            problems.warning(where, "no article files (.txt, .csv, .jsonl, .ndjson) in this directory");
        }
        return files;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
