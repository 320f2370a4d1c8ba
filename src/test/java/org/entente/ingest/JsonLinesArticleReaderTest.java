package org.entente.ingest;

import static org.entente.ingest.IngestTestSupport.assertOneProblem;
import static org.entente.ingest.IngestTestSupport.ids;
import static org.entente.ingest.IngestTestSupport.read;
import static org.entente.ingest.IngestTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.error.ProblemCollector;
import org.entente.error.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesArticleReaderTest {

    @Test
    void readsOneArticlePerLine(@TempDir Path dir) throws IOException {
        Path file = write(dir, "feed.jsonl", String.join("\n",
                "{\"url\": \"https://example.org/news/summit-ends\", \"datePublished\": \"2024-11-06\","
                        + " \"title\": \"Summit ends\", \"publisher\": \"Example News\","
                        + " \"text\": \"GENEVA (Reuters) - The summit ended on Friday.\\n(AP)\"}",
                "",
                "{\"date\": \"2024-11-07\", \"title\": \"No URL here\", \"language\": \"en\","
                        + " \"text\": \"Talks continued on Thursday.\"}",
                "{\"text\": \"Neither URL nor title.\"}",
                ""));
        ProblemCollector problems = new ProblemCollector();
        List<Article> articles = read(problems, file);

        assertFalse(problems.hasErrors(), IngestTestSupport.describe(problems));
        assertEquals(List.of("summit-ends", "2024-11-07-no-url-here", "feed-line-4"), ids(articles));
        Article summit = articles.get(0);
        assertEquals("Example News", summit.publisher(), "the source's publisher beats the dateline's outlet");
        assertEquals("AP", summit.originalSource());
        assertEquals("GENEVA", summit.dateline());
        assertEquals(file + "#line=1", summit.source());
        assertEquals(LocalDate.of(2024, 11, 7), articles.get(1).datePublished(), "date is an alias");
        assertNull(articles.get(2).title());
    }

    @Test
    void badLinesAreReportedWithTheirLineNumberAndReadingGoesOn(@TempDir Path dir) throws IOException {
        Path file = write(dir, "feed.ndjson", String.join("\n",
                "{\"title\": \"First\", \"text\": \"The first text.\"}",
                "{\"title\": \"Broken\", \"text\": ",
                "[\"not\", \"an\", \"object\"]",
                "{\"title\": \"No text\"}",
                "{\"title\": [\"array\"], \"text\": \"Wrong title type.\"}",
                "{title: \"unquoted\", \"text\": \"Lenient JSON is not accepted.\"}",
                "{\"title\": \"Bad date\", \"date\": \"2024-13-01\", \"text\": \"Month 13.\"}",
                "{\"title\": \"Last\", \"text\": \"The last text.\", \"mood\": \"fine\"}"));
        ProblemCollector problems = new ProblemCollector();
        List<Article> articles = read(problems, file);

        assertEquals(List.of("first", "last"), ids(articles));
        assertOneProblem(problems, Severity.ERROR, "feed.ndjson#line=2", "not a JSON object");
        assertOneProblem(problems, Severity.ERROR, "feed.ndjson#line=3", "expected a JSON object");
        assertOneProblem(problems, Severity.ERROR, "feed.ndjson#line=4", "no key 'text'");
        assertOneProblem(problems, Severity.ERROR, "feed.ndjson#line=5", "key 'title' must be a string, not an array");
        assertOneProblem(problems, Severity.ERROR, "feed.ndjson#line=6", "not a JSON object");
        assertOneProblem(problems, Severity.ERROR, "feed.ndjson#line=7", "not a real date");
        assertOneProblem(problems, Severity.WARNING, "feed.ndjson#line=8", "unknown key mood");
        assertEquals(6, IngestTestSupport.problems(problems, Severity.ERROR).size());
    }
}
