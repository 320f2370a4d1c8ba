package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.entente.error.ProblemCollector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the shared Wikinews sample (../shared/corpus/wikinews); skipped when it is not there. */
class WikinewsCorpusTest {
    private static Path corpus;

    @BeforeAll
    static void findCorpus() {
        Path shared = Path.of(System.getProperty("entente.repo", ".")).resolve("../shared").normalize();
        corpus = shared.resolve("corpus/wikinews");
        assumeTrue(Files.isDirectory(corpus), "shared data not available at " + shared);
    }

    @Test
    void bothFilesReadCompletelyWithoutErrors() {
        ProblemCollector problems = new ProblemCollector();
        List<Article> y2019 = IngestTestSupport.read(problems, corpus.resolve("wikinews_2019.csv"));
        List<Article> y2020 = IngestTestSupport.read(problems, corpus.resolve("wikinews_2020.csv"));

        assertFalse(problems.hasErrors(), IngestTestSupport.describe(problems));
        assertEquals(171, y2019.size());
        assertEquals(124, y2020.size());
        assertEquals(295, IngestTestSupport.read(new ProblemCollector(), corpus).size(), "the directory reads the same");
    }

    @Test
    void rowsCarryWikinewsMetadataAndUniqueSlugIds() {
        ProblemCollector problems = new ProblemCollector();
        List<Article> articles = IngestTestSupport.read(problems, corpus);

        assertEquals(295, new HashSet<>(IngestTestSupport.ids(articles)).size());
        for (Article a : articles) {
            assertTrue(Slugs.isSlug(a.id()) && a.id().startsWith("wikinews-"), a.id());
            assertEquals("Wikinews", a.publisher());
            assertEquals("https://creativecommons.org/licenses/by/2.5/", a.license());
            assertEquals("en", a.language());
            assertTrue(a.url().startsWith("https://en.wikinews.org/"));
            assertTrue(a.datePublished().getYear() >= 2019, a.id());
            assertTrue(a.source().matches(".*wikinews_20(19|20)\\.csv#row=\\d+"), a.source());
        }
    }

    @Test
    void firstRowDateLineIsDatelineNotBody() {
        ProblemCollector problems = new ProblemCollector();
        Article first = IngestTestSupport.read(problems, corpus.resolve("wikinews_2019.csv")).get(0);

        assertEquals("wikinews-magnitogorsk-apartment-building-collapses-after-explosion-dozens-dead", first.id());
        assertEquals("Magnitogorsk apartment building collapses after explosion, dozens dead", first.title());
        assertEquals(LocalDate.of(2019, 1, 4), first.datePublished());
        assertEquals("Friday, January 4, 2019", first.dateline());
        assertTrue(first.text().startsWith("Friday, January 4, 2019"), "text is unchanged");
        assertTrue(first.text().startsWith("An apartment building collapsed", first.bodyStart()));
        assertFalse(first.body().contains("Friday, January 4, 2019"));
        assertEquals(first.text().length(), first.body().length());
        assertTrue(first.source().endsWith("wikinews_2019.csv#row=1"));
    }

    @Test
    void rowsWithoutDateLineKeepTheirFirstSentence() {
        ProblemCollector problems = new ProblemCollector();
        Article first2020 = IngestTestSupport.read(problems, corpus.resolve("wikinews_2020.csv")).get(0);

        assertEquals(null, first2020.dateline());
        assertEquals(0, first2020.bodyStart());
        assertTrue(first2020.body().startsWith("On Sunday, the state of emergency"));
    }
}
