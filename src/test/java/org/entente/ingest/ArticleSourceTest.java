package org.entente.ingest;

import static org.entente.ingest.IngestTestSupport.assertOneProblem;
import static org.entente.ingest.IngestTestSupport.ids;
import static org.entente.ingest.IngestTestSupport.read;
import static org.entente.ingest.IngestTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.entente.error.EntenteException;
import org.entente.error.ProblemCollector;
import org.entente.error.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {
    private static final String TEXT = "Ministers met in Brussels on Monday.";

    @TempDir
    Path dir;

    @Test
    void buildChecksItsInputs() {
        ProblemCollector problems = new ProblemCollector();
        assertThrows(IllegalStateException.class, () -> ArticleSource.create().problems(problems).build());
        assertThrows(IllegalStateException.class, () -> ArticleSource.create().path(dir).build());
        assertThrows(IllegalArgumentException.class,
                () -> ArticleSource.create().path(dir).problems(problems).maxChars(0).build());
        EntenteException missing = assertThrows(EntenteException.class,
                () -> ArticleSource.create().path(dir.resolve("missing.txt")).problems(problems).build());
        assertTrue(missing.getMessage().contains("missing.txt"));
        assertThrows(IllegalArgumentException.class, () -> ArticleSource.create().path(dir).problems(problems)
                .defaults(ArticleMetadata.empty().withUrl("example.org/x")).build());
        assertThrows(IllegalArgumentException.class, () -> ArticleSource.create().path(dir).problems(problems)
                .defaults(ArticleMetadata.empty().withDatePublished(LocalDate.of(1850, 1, 1))).build());
    }

    @Test
    void directoriesAreWalkedRecursivelyInSortedOrderAndOtherFilesIgnored() throws IOException {
        write(dir, "b.txt", TEXT);
        write(dir, "a/z.txt", TEXT);
        write(dir, "a/c.jsonl", "{\"title\": \"From JSON lines\", \"text\": \"" + TEXT + "\"}\n");
        write(dir, "c.csv", "title,text,date,url,extra\n\"From CSV\",\"" + TEXT + "\",2024-11-06,,x\n");
        write(dir, "b.json", "{\"title\": \"Sidecar of b\"}");
        write(dir, "readme.md", "not an article");
        write(dir, ".hidden/h.txt", TEXT);
        ProblemCollector problems = new ProblemCollector();

        List<Article> articles = read(problems, dir);

        assertEquals(List.of("from-json-lines", "z", "b", "2024-11-06-from-csv"), ids(articles));
        assertEquals("Sidecar of b", articles.get(2).title());
        assertEquals(List.of(), problems.problems());
    }

    @Test
    void explicitFilesOfOtherTypesAreWarnedAboutAndTheSameFileIsReadOnce() throws IOException {
        Path txt = write(dir, "one.txt", TEXT);
        Path json = write(dir, "one.json", "{\"title\": \"One\"}");
        Path md = write(dir, "notes.md", "notes");
        ProblemCollector problems = new ProblemCollector();

        List<Article> articles = read(problems, txt, json, md, dir);

        assertEquals(List.of("one"), ids(articles));
        assertOneProblem(problems, Severity.WARNING, "one.json", "sidecar");
        assertOneProblem(problems, Severity.WARNING, "notes.md", "not an article file");
        assertEquals(2, problems.problems().size(), IngestTestSupport.describe(problems));
    }

    @Test
    void defaultsFillWhatIsMissingAndOverrideNothing() throws IOException {
        write(dir, "with-sidecar.txt", TEXT);
        write(dir, "with-sidecar.json", "{\"publisher\": \"Sidecar Times\", \"datePublished\": \"2024-11-05\"}");
        write(dir, "with-dateline.txt", "WASHINGTON (Reuters) - " + TEXT + "\n(AP)");
        write(dir, "plain.txt", TEXT);
        ArticleMetadata flags = ArticleMetadata.empty().withPublisher("Flag Daily").withOriginalSource("Flag Agency")
                .withDatePublished(LocalDate.of(2024, 11, 6)).withLanguage("en").withTitle("Flag title")
                .withLicense("https://creativecommons.org/licenses/by/4.0/");
        ProblemCollector problems = new ProblemCollector();
        List<Article> articles = new ArrayList<>();

        ArticleSource.create().path(dir).defaults(flags).problems(problems).build().forEach(articles::add);

        assertEquals(List.of("plain", "with-dateline", "with-sidecar"), ids(articles));
        Article plain = articles.get(0);
        assertEquals("Flag Daily", plain.publisher());
        assertEquals("Flag Agency", plain.originalSource());
        assertEquals("Flag title", plain.title());
        assertEquals(LocalDate.of(2024, 11, 6), plain.datePublished());
        Article withDateline = articles.get(1);
        assertEquals("Reuters", withDateline.publisher(), "the text's outlet beats a flag");
        assertEquals("AP", withDateline.originalSource());
        Article withSidecar = articles.get(2);
        assertEquals("Sidecar Times", withSidecar.publisher());
        assertEquals(LocalDate.of(2024, 11, 5), withSidecar.datePublished());
        assertEquals("en", withSidecar.language());
        assertEquals(List.of(), problems.problems());
    }

    @Test
    void streamIsLazyAndCanBeReadAgain() throws IOException {
        write(dir, "a-first.txt", TEXT);
        write(dir, "b-empty.txt", "");
        ProblemCollector problems = new ProblemCollector();
        ArticleSource source = ArticleSource.create().path(dir).problems(problems).build();

        Optional<Article> first;
        try (Stream<Article> articles = source.stream()) {
            first = articles.findFirst();
        }
        assertEquals("a-first", first.orElseThrow().id());
        assertEquals(List.of(), problems.problems(), "the second file was not opened yet");

        List<Article> all = new ArrayList<>();
        source.forEach(all::add);
        assertEquals(List.of("a-first"), ids(all), "a second reading starts afresh: no duplicate id");
        assertOneProblem(problems, Severity.ERROR, "b-empty.txt", "empty text");
    }

    @Test
    void datelineHintFromSidecarIsUsedWhenTheTextHasNone() throws IOException {
        write(dir, "hinted.txt", "Seoul, Nov. 6 – " + TEXT);
        write(dir, "hinted.json", "{\"dateline\": \"Seoul, Nov. 6\"}");
        write(dir, "stripped.txt", TEXT);
        write(dir, "stripped.json", "{\"dateline\": \"BRUSSELS, Nov. 4\"}");
        ProblemCollector problems = new ProblemCollector();

        List<Article> articles = read(problems, dir);

        Article hinted = articles.get(0);
        assertEquals("Seoul, Nov. 6", hinted.dateline());
        assertTrue(hinted.text().startsWith("Ministers", hinted.bodyStart()));
        Article stripped = articles.get(1);
        assertEquals("BRUSSELS, Nov. 4", stripped.dateline(), "metadata, though not in the text");
        assertEquals(0, stripped.bodyStart());
        assertEquals(List.of(), problems.problems());
    }
}
