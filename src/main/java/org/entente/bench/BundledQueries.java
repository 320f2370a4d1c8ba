package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.entente.export.NetworkQuery;

/**
 * The competency queries bundled in the jar ({@code queries/*.rq}, copied by the build into
 * {@value NetworkQuery#BUNDLED_FOLDER}), by file name, in name order.
 *
 * <pre>
 * BundledQueries.all().forEach((name, text) -&gt; System.out.println(name));
 * </pre>
 */
final class BundledQueries {
    private BundledQueries() {
    }

    /**
     * File name to query text of every bundled {@code .rq}. Every class-path entry holding the folder is looked at
     * (a test class path has a package of the same name without queries); the first entry with a name wins.
     */
    static Map<String, String> all() {
        Map<String, String> queries = new TreeMap<>();
        try {
            Enumeration<URL> folders = BundledQueries.class.getClassLoader().getResources(NetworkQuery.BUNDLED_FOLDER);
            while (folders.hasMoreElements()) {
                read(folders.nextElement()).forEach(queries::putIfAbsent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled queries", e);
        }
        if (queries.isEmpty()) {
            throw new IllegalStateException("no bundled query in " + NetworkQuery.BUNDLED_FOLDER + " on the class path");
        }
        return new LinkedHashMap<>(queries);
    }

    private static Map<String, String> read(URL folder) throws IOException {
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.provider().getPath(uri));
                } catch (FileSystemAlreadyExistsException e) {
                    return read(Path.of(uri));
                }
            }
            return read(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + folder, e);
        }
    }

    private static Map<String, String> read(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.filter(p -> p.getFileName().toString().endsWith(".rq")).forEach(files::add);
        }
        Collections.sort(files, (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        Map<String, String> queries = new LinkedHashMap<>();
        for (Path file : files) {
            queries.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
        return queries;
    }
}
