package org.entente.ingest;

import static org.entente.ingest.IngestTestSupport.assertOneProblem;
import static org.entente.ingest.IngestTestSupport.ids;
import static org.entente.ingest.IngestTestSupport.read;
import static org.entente.ingest.IngestTestSupport.write;
import static org.entente.ingest.IngestTestSupport.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.error.Problem;
import org.entente.error.ProblemCollector;
import org.entente.error.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input is reported with its file named, the bad article is skipped, and the batch goes on. */
class BadInputTest {
    private static final String GOOD_TEXT = "SEOUL, Nov. 6 (Korea Bizwire) – Troops were deployed on Monday.\n";
    private static final String HEADER = "url,date,title,text\n";

    @TempDir
    Path dir;
    private ProblemCollector problems;

    @BeforeEach
    void setUp() {
        problems = new ProblemCollector();
    }

    /** A good article sorted after every bad file, so reading it proves the batch went on. */
    private void writeGoodLast() throws IOException {
        write(dir, "zz-good.txt", GOOD_TEXT);
    }

    private List<String> readIds() {
        return ids(read(problems, dir));
    }

    private static String row(String url, String date, String title, String text) {
        return url + "," + date + ",\"" + title + "\",\"" + text.replace("\"", "\"\"") + "\"\n";
    }

    @Test
    void emptyFile() throws IOException {
        write(dir, "empty.txt", "");
        writeGoodLast();
        assertEquals(List.of("zz-good"), readIds());
        assertOneProblem(problems, Severity.ERROR, "empty.txt", "empty text");
    }

    @Test
    void invalidUtf8BytesInTextFile() throws IOException {
        writeBytes(dir, "latin1.txt", "Caf\u00e9 talks in Paris.".getBytes(StandardCharsets.ISO_8859_1));
        writeGoodLast();
        assertEquals(List.of("zz-good"), readIds());
        Problem p = assertOneProblem(problems, Severity.ERROR, "latin1.txt", "not valid UTF-8");
        assertTrue(p.message().contains("at byte 3"), p.message());
    }

    @Test
    void binaryFiles() throws IOException {
        writeBytes(dir, "image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        writeBytes(dir, "zeros.txt", new byte[] {0, 1, 2, 3, 0x7f, '1', '2', 0, 0});
        writeGoodLast();
        assertEquals(List.of("zz-good"), readIds());
        assertOneProblem(problems, Severity.ERROR, "image.txt", "not valid UTF-8");
        assertOneProblem(problems, Severity.ERROR, "zeros.txt", "no letters");
    }

    @Test
    void csvMissingColumn() throws IOException {
        write(dir, "no-title.csv", "url,date,text\nhttps://example.org/a,2024-11-06,\"Some text.\"\n");
        writeGoodLast();
        assertEquals(List.of("zz-good"), readIds());
        Problem p = assertOneProblem(problems, Severity.ERROR, "no-title.csv", "lacks column title");
        assertEquals(dir.resolve("no-title.csv").toString(), p.location().source());
    }

    @Test
    void csvBrokenQuotingInTheMiddle() throws IOException {
        write(dir, "broken.csv", HEADER
                + row("https://example.org/one", "2024-11-01", "One", "First article,\nover two lines.")
                + row("https://example.org/two", "2024-11-02", "Two", "Second \"quoted\" article.")
                + "https://example.org/three,2024-11-03,\"Three\",\"A \"bad\" quote inside.\"\n"
                + row("https://example.org/four", "2024-11-04", "Four", "Fourth article."));
        writeGoodLast();
        List<Article> articles = read(problems, dir);
        assertEquals(List.of("one", "two", "four", "zz-good"), ids(articles));
        assertEquals("Second \"quoted\" article.", articles.get(1).text());
        Problem p = assertOneProblem(problems, Severity.ERROR, "broken.csv#row=3", "malformed CSV row");
        assertTrue(p.message().contains("line 5"), p.message());
        assertEquals(1, IngestTestSupport.problems(problems, Severity.ERROR).size());
    }

    @Test
    void csvUnterminatedQuoteKeepsRowsBeforeIt() throws IOException {
        write(dir, "open.csv", HEADER
                + row("https://example.org/one", "2024-11-01", "One", "First article.")
                + "https://example.org/two,2024-11-02,\"Two\",\"Never closed.\n"
                + "https://example.org/three,2024-11-03,Three,Swallowed by the open quote.\n");
        writeGoodLast();
        assertEquals(List.of("one", "zz-good"), readIds());
        assertOneProblem(problems, Severity.ERROR, "open.csv#row=2", "never closed");
    }

    @Test
    void csvQuoteOpenedInOneRowAndClosedInTheNextSkipsBothAsOneRow() throws IOException {
        write(dir, "open.csv", HEADER
                + row("https://example.org/one", "2024-11-01", "One", "First article.")
                + "https://example.org/two,2024-11-02,\"Two\",\"Never closed.\n"
                + row("https://example.org/three", "2024-11-03", "Three", "Its quote closes the one above.")
                + row("https://example.org/four", "2024-11-04", "Four", "Reading has recovered."));
        writeGoodLast();
        assertEquals(List.of("one", "four", "zz-good"), readIds());
        assertOneProblem(problems, Severity.ERROR, "open.csv#row=2", "malformed CSV row starting on line 3");
    }

    @Test
    void csvRowWithWrongFieldCountOrBadDateIsSkipped() throws IOException {
        write(dir, "rows.csv", HEADER
                + "https://example.org/short,2024-11-01,\"Short\"\n"
                + row("https://example.org/baddate", "06/11/2024", "Bad date", "Text.")
                + row("https://example.org/ok", "2024-11-03", "Ok", "Fine text."));
        writeGoodLast();
        assertEquals(List.of("ok", "zz-good"), readIds());
        assertOneProblem(problems, Severity.ERROR, "rows.csv#row=1", "has 3 fields, the header has 4");
        assertOneProblem(problems, Severity.ERROR, "rows.csv#row=2", "not an ISO date");
    }

    @Test
    void csvWithInvalidUtf8KeepsRowsBeforeIt() throws IOException {
        byte[] good = (HEADER + row("https://example.org/one", "2024-11-01", "One", "First."))
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = row("https://example.org/two", "2024-11-02", "Two", "Caf\u00e9.")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        writeBytes(dir, "mixed.csv", all);
        writeGoodLast();
        assertEquals(List.of("one", "zz-good"), readIds());
        Problem p = assertOneProblem(problems, Severity.ERROR, "mixed.csv", "not valid UTF-8");
        int badByte = good.length + new String(bad, StandardCharsets.ISO_8859_1).indexOf('\u00e9');
        assertTrue(p.message().contains("at byte " + badByte), p.message());
    }

    @Test
    void sidecarWithNumberTitle() throws IOException {
        write(dir, "numbered.txt", GOOD_TEXT);
        write(dir, "numbered.json", "{\"title\": 42, \"datePublished\": \"2024-11-06\"}");
        writeGoodLast();
        assertEquals(List.of("zz-good"), readIds());
        Problem p = assertOneProblem(problems, Severity.ERROR, "numbered.json", "key 'title' must be a string");
        assertTrue(p.message().contains("a number (42)") && p.message().contains("numbered.txt skipped"),
                p.message());
    }

    @Test
    void sidecarWithImpossibleDate() throws IOException {
        write(dir, "leap.txt", GOOD_TEXT);
        write(dir, "leap.json", "{\"datePublished\": \"2024-02-30\"}");
        writeGoodLast();
        assertEquals(List.of("zz-good"), readIds());
        assertOneProblem(problems, Severity.ERROR, "leap.json", "key 'datePublished': '2024-02-30' is not a real date");
    }

    @Test
    void datesInTheFutureOrBefore1900() throws IOException {
        write(dir, "future.txt", GOOD_TEXT);
        write(dir, "future.json", "{\"datePublished\": \"" + LocalDate.now().plusDays(3) + "\"}");
        write(dir, "old.txt", GOOD_TEXT);
        write(dir, "old.json", "{\"datePublished\": \"1899-12-31\"}");
        write(dir, "tomorrow.txt", GOOD_TEXT);
        write(dir, "tomorrow.json", "{\"datePublished\": \"" + LocalDate.now().plusDays(1) + "\"}");
        writeGoodLast();
        assertEquals(List.of("tomorrow", "zz-good"), readIds());
        assertOneProblem(problems, Severity.ERROR, "future.txt", "is in the future");
        assertOneProblem(problems, Severity.ERROR, "old.txt", "before 1900-01-01");
    }

    @Test
    void relativeUrl() throws IOException {
        write(dir, "relative.txt", GOOD_TEXT);
        write(dir, "relative.json", "{\"url\": \"/wiki/Some_article\"}");
        writeGoodLast();
        assertEquals(List.of("zz-good"), readIds());
        assertOneProblem(problems, Severity.ERROR, "relative.txt", "'/wiki/Some_article' is not an absolute http(s)");
    }

    @Test
    void duplicateId() throws IOException {
        Path first = write(dir, "a/report.txt", GOOD_TEXT);
        write(dir, "b/report.txt", "Another text with the same file name.");
        writeGoodLast();
        List<Article> articles = read(problems, dir);
        assertEquals(List.of("report", "zz-good"), ids(articles));
        assertEquals(first.toString(), articles.get(0).source(), "the first one wins");
        Problem p = assertOneProblem(problems, Severity.ERROR, "b/report.txt", "duplicate article id report");
        assertTrue(p.message().contains("(also at " + first + ")"), p.message());
    }

    @Test
    void controlCharactersBecomeSpacesKeepingOffsets() throws IOException {
        String text = "SEOUL, Nov. 6 (Korea Bizwire) – Troops\u0007 were\u0000 deployed.\tTabs\r\nstay.";
        write(dir, "bell.txt", text);
        writeGoodLast();
        List<Article> articles = read(problems, dir);
        assertEquals(List.of("bell", "zz-good"), ids(articles));
        Article bell = articles.get(0);
        assertEquals(text.length(), bell.text().length());
        assertEquals(text.replace('\u0007', ' ').replace('\u0000', ' '), bell.text());
        Problem p = assertOneProblem(problems, Severity.WARNING, "bell.txt", "replaced 2 control characters");
        assertEquals(text.indexOf('\u0007'), p.location().offset());
        assertFalse(problems.hasErrors());
    }

    @Test
    void textOverMaxChars() throws IOException {
        write(dir, "long.txt", "Word ".repeat(100));
        writeGoodLast();
        List<Article> articles;
        try (Stream<Article> stream = ArticleSource.create().path(dir).problems(problems).maxChars(200).build()
                .stream()) {
            articles = stream.toList();
        }
        assertEquals(List.of("zz-good"), ids(articles));
        assertOneProblem(problems, Severity.ERROR, "long.txt", "more than the limit of 200");
    }

    private static final String GERMAN_PROSE = "Die Regierung in Berlin hat am Montag entschieden, dass die "
            + "Bundeswehr weitere Soldaten nach Litauen schicken wird. Der Verteidigungsminister sagte, die Brigade "
            + "solle bis zum Jahr 2027 einsatzbereit sein. Die Opposition kritisierte die Kosten des Einsatzes und "
            + "forderte eine Debatte im Bundestag. Litauen begrüßte die Entscheidung der deutschen Regierung.";

    @Test
    void statedOtherLanguageIsRefusedAndUnknownSidecarKeysAreAWarning() throws IOException {
        write(dir, "german.txt", "BERLIN (dpa) - Die Regierung hat am Montag entschieden.");
        write(dir, "german.json", "{\"language\": \"de\", \"section\": \"Politik\", \"titleNote\": \"none\"}");
        writeGoodLast();
        assertEquals(List.of("zz-good"), readIds());
        assertOneProblem(problems, Severity.ERROR, "german.txt", "language 'de' is not English: the extraction rules "
                + "are for English only; article skipped (--accept-non-english loads it anyway)");
        assertOneProblem(problems, Severity.WARNING, "german.json", "unknown key section");
    }

    @Test
    void englishStatedAsATagOrByNameIsAccepted() throws IOException {
        for (String language : List.of("en", "en-GB", "EN_us", "English")) {
            String name = "stated-" + language.toLowerCase(Locale.ROOT).replace('_', '-');
            write(dir, name + ".txt", GOOD_TEXT);
            write(dir, name + ".json", "{\"language\": \"" + language + "\"}");
        }
        assertEquals(Set.of("stated-en", "stated-en-gb", "stated-en-us", "stated-english"), Set.copyOf(readIds()));
        assertFalse(problems.hasErrors(), IngestTestSupport.describe(problems));
    }

    @Test
    void textThatDoesNotLookEnglishIsRefusedWithTheMeasuredFigures() throws IOException {
        write(dir, "german.txt", GERMAN_PROSE);
        writeGoodLast();
        assertEquals(List.of("zz-good"), readIds());
        Problem p = assertOneProblem(problems, Severity.ERROR, "german.txt", "text does not look English (only ");
        assertTrue(p.message().contains("are common English function words") && p.message().contains("threshold is 8%")
                && p.message().endsWith("article skipped (--accept-non-english loads it anyway)"), p.message());
    }

    @Test
    void acceptingNonEnglishKeepsSuchArticlesWithAWarning() throws IOException {
        write(dir, "german.txt", GERMAN_PROSE);
        write(dir, "stated.txt", "BERLIN (dpa) - Die Regierung hat am Montag entschieden.");
        write(dir, "stated.json", "{\"language\": \"de\"}");
        writeGoodLast();
        List<Article> articles;
        try (Stream<Article> stream = ArticleSource.create().path(dir).problems(problems).acceptNonEnglish(true).build()
                .stream()) {
            articles = stream.toList();
        }
        assertEquals(List.of("german", "stated", "zz-good"), ids(articles));
        assertOneProblem(problems, Severity.WARNING, "german.txt", "text does not look English");
        assertOneProblem(problems, Severity.WARNING, "stated.txt", "language 'de' is not English");
        assertFalse(problems.hasErrors(), IngestTestSupport.describe(problems));
    }

    @Test
    void allBadCasesInOneBatch() throws IOException {
        write(dir, "empty.txt", "");
        writeBytes(dir, "latin1.txt", "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        write(dir, "no-title.csv", "url,date,text\n");
        write(dir, "numbered.txt", GOOD_TEXT);
        write(dir, "numbered.json", "{\"title\": 42}");
        write(dir, "leap.txt", GOOD_TEXT);
        write(dir, "leap.json", "{\"datePublished\": \"2024-02-30\"}");
        write(dir, "relative.txt", GOOD_TEXT);
        write(dir, "relative.json", "{\"url\": \"wiki/x\"}");
        write(dir, "dup/zz-good.txt", GOOD_TEXT);
        write(dir, "notes.md", "# not an article");
        writeGoodLast();
        List<String> read = readIds();
        assertEquals(List.of("zz-good"), read);
        assertEquals(7, IngestTestSupport.problems(problems, Severity.ERROR).size(), IngestTestSupport.describe(problems));
        assertOneProblem(problems, Severity.ERROR, "zz-good.txt", "duplicate article id zz-good");
    }
}
