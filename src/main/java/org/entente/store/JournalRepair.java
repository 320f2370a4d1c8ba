package org.entente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.Adler32;

/**
 * Cuts a torn tail off the journals of a TDB2 store before it is opened. A process killed in the middle of writing a
 * journal entry leaves an entry shorter than its header says, which Jena 5.6.0's recovery refuses to read ("Failed to
 * read the journal entry data"), so the store would not open again. Such an entry cannot belong to a committed
 * transaction (the commit entry is written and synced last), so cutting the journal at its start loses nothing that
 * was committed; recovery then replays the committed transactions as usual.
 *
 * <p>An entry is a 28-byte header (data length, Adler-32 checksum of header and data with the checksum field zeroed,
 * entry type, 16-byte component id) followed by the data. The journal is cut at the first entry that is incomplete or
 * whose checksum does not match. A store whose lock names a live process is left alone.
 *
 * <pre>
 * List&lt;String&gt; repaired = JournalRepair.repair(Path.of("data/tdb2"));
 * </pre>
 */
public final class JournalRepair {
    static final int HEADER_LENGTH = 28;
    private static final int CHECKSUM_OFFSET = 4;
    private static final String JOURNAL = "journal.jrnl";
    private static final String LOCK = "tdb.lock";

    private JournalRepair() {
    }

    /** Repairs every journal of the store; returns one message per journal that was cut (empty when none). */
    public static List<String> repair(Path store) {
        List<String> repaired = new ArrayList<>();
        if (!Files.isDirectory(store) || heldByLiveProcess(store)) {
            return repaired;
        }
        try (Stream<Path> dirs = Files.list(store)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path journal = dir.resolve(JOURNAL);
                if (Files.isRegularFile(journal) && !heldByLiveProcess(dir)) {
                    cutTornTail(journal).ifPresent(repaired::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot inspect the journals of " + store, e);
        }
        return repaired;
    }

    /** Cuts the journal at its first incomplete or corrupt entry; says what it cut, if anything. */
    static Optional<String> cutTornTail(Path journal) throws IOException {
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long position = 0;
            while (position < size) {
                long entryEnd = validEntryEnd(ch, position, size);
                if (entryEnd < 0) {
                    ch.truncate(position);
                    ch.force(true);
                    return Optional.of(journal + ": cut a torn journal tail at byte " + position + " of " + size
                            + " (an uncommitted transaction interrupted by a crash)");
                }
                position = entryEnd;
            }
            return Optional.empty();
        }
    }

    /** The end of the entry at {@code position}, or -1 when it is incomplete or fails its checksum. */
    private static long validEntryEnd(FileChannel ch, long position, long size) throws IOException {
        if (size - position < HEADER_LENGTH) {
            return -1;
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH);
        readFully(ch, header, position);
        int length = header.getInt(0);
        int checksum = header.getInt(CHECKSUM_OFFSET);
        int dataLength = Math.max(length, 0);
        if (length < -1 || size - position - HEADER_LENGTH < dataLength) {
            return -1;
        }
        header.putInt(CHECKSUM_OFFSET, 0);
        Adler32 adler = new Adler32();
        adler.update(header.array());
        if (dataLength > 0) {
            ByteBuffer data = ByteBuffer.allocate(dataLength);
            readFully(ch, data, position + HEADER_LENGTH);
            adler.update(data.array());
        }
        return (int) adler.getValue() == checksum ? position + HEADER_LENGTH + dataLength : -1;
    }

    private static void readFully(FileChannel ch, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = ch.read(buffer, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        buffer.flip();
    }

    /** Whether the directory's TDB lock names a process that is alive (this one included). */
    private static boolean heldByLiveProcess(Path dir) {
        Path lock = dir.resolve(LOCK);
        if (!Files.isRegularFile(lock)) {
            return false;
        }
        try {
            String pid = Files.readString(lock, StandardCharsets.US_ASCII).trim();
            return !pid.isEmpty() && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return true;
        }
    }
}
