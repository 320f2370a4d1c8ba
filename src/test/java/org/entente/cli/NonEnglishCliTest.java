package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.pipeline.SeedFixture;
import org.entente.store.EntenteStore;
import org.entente.vocab.EntenteIris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code entente load} refuses non-English articles (exit 1, an error naming the file and why, nothing stored, the
 * batch goes on) unless {@code --accept-non-english} is given, which keeps them with a warning; the help says the
 * extraction is English-only.
 */
class NonEnglishCliTest {
    private static final Path BAD_INPUTS = SeedFixture.repo().resolve("tests/bad-inputs");

    @TempDir
    Path tmp;

    private Path inputs() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("inputs"));
        for (String name : List.of("non-english-german.txt", "non-english-russian.txt", "zz-good.txt",
                "zz-good.json")) {
            Files.copy(BAD_INPUTS.resolve(name), dir.resolve(name));
        }
        return dir;
    }

    private static Set<String> storedArticles(Path store) {
        Dataset dataset = EntenteStore.open(store).dataset();
        try {
            Set<String> ids = new TreeSet<>();
            String prefix = EntenteIris.articleGraph("");
            Txn.executeRead(dataset, () -> dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().startsWith(prefix)) {
                    ids.add(g.getURI().substring(prefix.length()));
                }
            }));
            return ids;
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph(), true);
        }
    }

    @Test
    void nonEnglishArticlesAreRefusedAndTheBatchGoesOn() throws IOException {
        Path dir = inputs();
        Path store = tmp.resolve("tdb2");
        int[] code = new int[1];
        String err = ConsoleCapture.err(() -> code[0] = EntenteCli.run("load", dir.toString(), "--store", store.toString(),
                "--no-count"));
        assertEquals(EntenteCli.REJECTED, code[0], err);
        assertTrue(err.contains("error: " + dir.resolve("non-english-german.txt")
                + ": text does not look English (only "), err);
        assertTrue(err.contains("error: " + dir.resolve("non-english-russian.txt") + ": text does not look English "
                + "(100% of its letters are not Latin script)"), err);
        assertTrue(err.contains("(--accept-non-english loads it anyway)"), err);
        assertEquals(Set.of("zz-good"), storedArticles(store));
    }

    @Test
    void acceptNonEnglishKeepsThemWithAWarning() throws IOException {
        Path dir = inputs();
        Path store = tmp.resolve("tdb2");
        int[] code = new int[1];
        String err = ConsoleCapture.err(() -> code[0] = EntenteCli.run("load", dir.toString(), "--store", store.toString(),
                "--no-count", "--accept-non-english"));
        assertEquals(EntenteCli.OK, code[0], err);
        assertTrue(err.contains("warning: " + dir.resolve("non-english-german.txt") + ": text does not look English"),
                err);
        assertFalse(err.contains("error:"), err);
        assertEquals(Set.of("non-english-german", "non-english-russian", "zz-good"), storedArticles(store));
    }

    @Test
    void theHelpSaysTheExtractionIsEnglishOnly() {
        CommandLine cli = new CommandLine(new EntenteCli());
        for (String command : List.of("load", "extract")) {
            String help = cli.getSubcommands().get(command).getUsageMessage().replaceAll("\\s+", " ");
            assertTrue(help.contains("--accept-non-english"), help);
            assertTrue(help.contains("The extraction rules are for English only"), help);
        }
    }
}
