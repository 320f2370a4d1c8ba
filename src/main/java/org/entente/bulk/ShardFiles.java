package org.entente.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;

/**
 * The N-Quads shards of a bulk build: files named {@code *.nq} or {@code *.nq.gz}; a directory stands for every such
 * file under it, in path order. A path that is missing, unreadable, of another kind, or a directory without shards is
 * reported, naming it.
 */
final class ShardFiles {
    private ShardFiles() {
    }

    /** The shard files the paths name, each once, in the order given; problems reported, their paths left out. */
    static List<Path> expand(List<Path> given, ProblemHandler problems) {
        List<Path> shards = new ArrayList<>();
        for (Path path : given) {
            if (Files.isDirectory(path)) {
                List<Path> found = walk(path, problems);
                if (found.isEmpty()) {
                    problems.error(Location.of(path.toString()), "no N-Quads shards (*.nq, *.nq.gz) in this directory");
                }
                found.stream().filter(p -> !shards.contains(p)).forEach(shards::add);
            } else if (!Files.exists(path)) {
                problems.error(Location.of(path.toString()), "no such file or directory");
            } else if (!isShard(path)) {
                problems.error(Location.of(path.toString()),
                        "not an N-Quads shard: the name must end in .nq or .nq.gz");
            } else if (!Files.isReadable(path)) {
                problems.error(Location.of(path.toString()), "not readable");
            } else if (!shards.contains(path.toAbsolutePath().normalize())) {
                shards.add(path.toAbsolutePath().normalize());
            }
        }
        return shards;
    }

    /** Whether the file name is that of an N-Quads shard, plain or gzipped. */
    static boolean isShard(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".nq") || name.endsWith(".nq.gz");
    }

    private static List<Path> walk(Path dir, ProblemHandler problems) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(ShardFiles::isShard)
                    .map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            problems.error(Location.of(dir.toString()), "cannot list the directory: " + e.getMessage());
            return List.of();
        }
    }
}
