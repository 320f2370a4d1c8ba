package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The English check refuses non-English text, so it must not refuse English news: every Wikinews article of the
 * shared sample (skipped when absent), every gold article and the seed sample look English, measured on the text
 * alone (as for a file without a stated language); the non-English cases of {@code tests/bad-inputs} do not.
 */
class EnglishLikelihoodTest {
    private static final Path REPO = Path.of(System.getProperty("entente.repo", ".")).toAbsolutePath().normalize();
    private static final Path CORPUS = REPO.resolve("../shared/corpus/wikinews").normalize();

    @Test
    void noWikinewsArticleIsRefused() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "Wikinews corpus not found at " + CORPUS);
        List<String> refused = new ArrayList<>();
        int count = 0;
        double lowestShare = 1;
        String lowest = null;
        double lowestLatin = 1;
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                    for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                            .parse(in)) {
                        count++;
                        EnglishLikelihood english = EnglishLikelihood.of(row.get("text"));
                        if (!english.looksEnglish()) {
                            refused.add(row.get("url") + ": " + english.describe());
                        }
                        if (english.words() >= EnglishLikelihood.MIN_WORDS && english.share() < lowestShare) {
                            lowestShare = english.share();
                            lowest = row.get("url");
                        }
                        lowestLatin = Math.min(lowestLatin, english.latinShare());
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "English check over %d Wikinews articles: %d refused; lowest function-word "
                + "share %.3f (%s), threshold %.2f; lowest Latin-script share %.3f%n", count, refused.size(),
                lowestShare, lowest, EnglishLikelihood.MIN_SHARE, lowestLatin);
        assertEquals(295, count);
        assertEquals(List.of(), refused, "English articles the check would refuse");
    }

    @Test
    void goldArticlesAndTheSeedSampleLookEnglish() throws IOException {
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(REPO.resolve("tests/gold"))) {
            files.filter(p -> p.getFileName().toString().equals("article.txt")).forEach(texts::add);
        }
        try (Stream<Path> files = Files.list(REPO.resolve("samples"))) {
            files.filter(p -> p.toString().endsWith(".txt")).forEach(texts::add);
        }
        assertTrue(texts.size() >= 20, "found only " + texts);
        for (Path text : texts) {
            EnglishLikelihood english = EnglishLikelihood.of(Files.readString(text, StandardCharsets.UTF_8));
            assertTrue(english.looksEnglish(), text + ": " + english.describe());
        }
    }

    @Test
    void theNonEnglishBadInputsDoNotLookEnglishAndTheReasonGivesTheFigures() throws IOException {
        Path folder = REPO.resolve("tests/bad-inputs");
        EnglishLikelihood german = EnglishLikelihood.of(Files.readString(folder.resolve("non-english-german.txt"),
                StandardCharsets.UTF_8));
        assertFalse(german.looksEnglish());
        assertTrue(german.describe().matches("only \\d+ of its \\d+ words \\(\\d+\\.\\d%\\) are common English "
                + "function words; .* the threshold is 8%"), german.describe());
        for (String name : List.of("non-english-russian.txt", "non-english-chinese.txt")) {
            EnglishLikelihood other = EnglishLikelihood.of(Files.readString(folder.resolve(name),
                    StandardCharsets.UTF_8));
            assertFalse(other.looksEnglish(), name);
            assertEquals("100% of its letters are not Latin script", other.describe());
        }
    }

    @Test
    void shortTextsAreNotJudged() {
        assertTrue(EnglishLikelihood.of("Die Regierung hat am Montag entschieden.").looksEnglish());
        assertFalse(EnglishLikelihood.of("Правительство объявило о решении в понедельник.").looksEnglish());
    }
}
