package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new store appears whole in its folder; a half-built one left by a killed creation is removed, never opened. */
class StoreCreationTest {
    @TempDir
    Path tmp;

    private static long entries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void aNewStoreIsMovedIntoPlaceWholeAndLeftoversAreRemoved() throws IOException {
        Path leftover = Files.createDirectories(tmp.resolve("tdb2.creating-1/Data-0001"));
        Files.write(leftover.resolve("SPO.bpt"), new byte[8192]);
        Path dir = tmp.resolve("tdb2");
        try (EntenteStore store = EntenteStore.open(dir)) {
            String g = "https://w3id.org/entente/graph/article/x";
            store.replaceArticle(NodeFactory.createURI(g), List.of(Quad.create(NodeFactory.createURI(g),
                    NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o"))));
            assertEquals(1L, (long) Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .stream().count()));
            TDBInternal.expel(store.dataset().asDatasetGraph(), true);
        }
        assertFalse(Files.exists(tmp.resolve("tdb2.creating-1")), "a killed creation's folder is removed");
        assertEquals(1L, entries(tmp), "only the store is left: " + tmp);
        assertTrue(Files.isDirectory(dir.resolve("Data-0001")));
    }

    @Test
    void anEmptyFolderGetsAStoreAndAnExistingStoreIsLeftAsItIs() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        StoreCreation.ensure(dir);
        assertTrue(Files.isDirectory(dir.resolve("Data-0001")), "a store was created in the empty folder");
        Path marker = dir.resolve("marker");
        Files.writeString(marker, "kept");
        StoreCreation.ensure(dir);
        assertTrue(Files.exists(marker), "an existing store is not rebuilt");
    }
}
