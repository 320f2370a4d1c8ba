package org.entente.link.wikidata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Endpoint answers on disk, one file per query: {@code DIR/ab/abcdef….json}, named by the SHA-256 of the endpoint
 * URI and the query text. Writes go to a temporary file in the same directory that is then atomically moved into
 * place, so concurrent readers and writers (threads or processes) see either no entry or a complete one. Entries
 * older than the maximum age count as absent. Delete the directory to empty the cache.
 */
final class QueryCache {
    private final Path dir;
    private final Duration maxAge;

    QueryCache(Path dir, Duration maxAge) {
        this.dir = dir;
        this.maxAge = maxAge;
    }

    Path dir() {
        return dir;
    }

    /** The cached answer, or empty when absent, expired or unreadable. */
    Optional<String> get(String key) {
        Path file = file(key);
        try {
            if (!Files.isRegularFile(file)
                    || Files.getLastModifiedTime(file).toInstant().plus(maxAge).isBefore(Instant.now())) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void put(String key, String answer) throws IOException {
        Path file = file(key);
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, answer, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    Path file(String key) {
        String hash = sha256(key);
        return dir.resolve(hash.substring(0, 2)).resolve(hash + ".json");
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
