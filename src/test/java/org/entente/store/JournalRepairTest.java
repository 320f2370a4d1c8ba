package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal torn by a crash in the middle of a write: plain TDB2 (Jena 5.6.0) cannot open the store, EntenteStore
 * repairs the journal and opens it with every committed quad.
 */
class JournalRepairTest {
    private static final Node GRAPH = NodeFactory.createURI("https://w3id.org/entente/graph/article/a");
    private static final Quad QUAD = Quad.create(GRAPH, NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
            NodeFactory.createLiteralString("committed"));

    @Test
    void aTornJournalTailIsCutAndCommittedDataSurvives(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("tdb2");
        EntenteStore first = EntenteStore.open(store);
        first.replaceArticle(GRAPH, List.of(QUAD));
        Dataset ds = first.dataset();
        first.close();
        TDBInternal.expel(ds.asDatasetGraph());
        simulateCrashedOwner(store);
        Path journal = store.resolve("Data-0001/journal.jrnl");
        appendTornEntry(journal);

        Path copy = copyOf(store, tmp.resolve("copy"));
        assertThrows(TransactionException.class, () -> TDB2Factory.connectDataset(copy.toString()),
                "Jena alone cannot recover a torn journal");

        List<String> repaired = JournalRepair.repair(store);
        assertEquals(1, repaired.size(), repaired::toString);
        try (EntenteStore reopened = EntenteStore.open(store)) {
            Dataset d = reopened.dataset();
            assertTrue(Txn.calculateRead(d, () -> d.asDatasetGraph().contains(QUAD)));
        }
    }

    @Test
    void completeEntriesAreLeftAlone(@TempDir Path tmp) throws IOException {
        Path journal = tmp.resolve("journal.jrnl");
        byte[] entry = entry(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, 8);
        Files.write(journal, entry);
        assertTrue(JournalRepair.cutTornTail(journal).isEmpty());
        assertEquals(entry.length, Files.size(journal));
        Files.write(journal, entry(new byte[] {9, 9, 9}, 24), StandardOpenOption.APPEND);
        assertTrue(JournalRepair.cutTornTail(journal).isPresent());
        assertEquals(entry.length, Files.size(journal), "cut back to the last complete entry");
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    /** The lock names a process that has ended, as after a SIGKILL. */
    private static void simulateCrashedOwner(Path store) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String pid = Long.toString(gone.pid());
        try (Stream<Path> locks = Files.walk(store)) {
            for (Path lock : locks.filter(p -> p.getFileName().toString().equals("tdb.lock")).toList()) {
                Files.writeString(lock, pid, StandardCharsets.US_ASCII);
            }
        }
    }

    /** A header that announces 24 bytes of data, followed by fewer: a write cut short. */
    private static void appendTornEntry(Path journal) throws IOException {
        Files.write(journal, entry(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 24), StandardOpenOption.APPEND);
    }

    /** A journal entry with a valid checksum for {@code declared} data bytes, of which only {@code data} is written. */
    private static byte[] entry(byte[] data, int declared) {
        ByteBuffer header = ByteBuffer.allocate(JournalRepair.HEADER_LENGTH);
        header.putInt(declared).putInt(0).putInt(1).put(new byte[16]);
        Adler32 adler = new Adler32();
        adler.update(header.array());
        byte[] full = new byte[declared];
        System.arraycopy(data, 0, full, 0, Math.min(data.length, declared));
        adler.update(full);
        header.putInt(4, (int) adler.getValue());
        ByteBuffer out = ByteBuffer.allocate(JournalRepair.HEADER_LENGTH + data.length);
        out.put(header.array()).put(data);
        return out.array();
    }
}
