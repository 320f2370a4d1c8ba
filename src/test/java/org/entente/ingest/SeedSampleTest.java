package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.error.ProblemCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedSampleTest {

    private static Article readOne(Path txt) {
        ProblemCollector problems = new ProblemCollector();
        List<Article> articles = IngestTestSupport.read(problems, txt);
        assertEquals(List.of(), problems.problems(), "the bundled sample reads without any problem");
        assertEquals(1, articles.size());
        return articles.get(0);
    }

    @Test
    void seedSampleReadsIntoOneArticleWithSidecarMetadataDatelineAndCredit() {
        Article article = readOne(Samples.seedArticle());

        assertEquals(Samples.SEED_NAME, article.id());
        assertEquals("North Korean troops on Russia's front line carry risks beyond the battlefield, analysts say",
                article.title());
        assertEquals(LocalDate.of(2024, 11, 6), article.datePublished());
        assertEquals("Korea Bizwire", article.publisher());
        assertEquals("Yonhap", article.originalSource());
        assertEquals("SEOUL, Nov. 6", article.dateline());
        assertEquals("en", article.language());
        assertTrue(article.text().startsWith("SEOUL, Nov. 6 (Korea Bizwire) – The front-line deployment"),
                "text is unchanged");
        assertTrue(article.text().endsWith("(Yonhap)"));
    }

    @Test
    void seedSampleBodyExcludesDatelineAndCreditAndKeepsOffsets() {
        Article article = readOne(Samples.seedArticle());
        String body = article.body();

        assertEquals(article.text().length(), body.length());
        assertTrue(article.text().startsWith("The front-line deployment", article.bodyStart()));
        assertTrue(body.strip().startsWith("The front-line deployment"), body.substring(0, 60));
        assertTrue(body.substring(0, article.bodyStart()).isBlank(), "dateline blanked");
        assertFalse(body.contains("(Yonhap)"));
        assertFalse(body.contains("Korea Bizwire"));
        assertTrue(body.stripTrailing().endsWith("Easley said."));
        assertEquals(article.text().lastIndexOf("(Yonhap)"), article.bodyEnd());
        int offset = article.text().indexOf("Zelenskyy");
        assertEquals("Zelenskyy", body.substring(offset, offset + "Zelenskyy".length()), "offsets are stable");
    }

    @Test
    void jarCopyIsIdenticalToRepositoryCopyAndReadsTheSame() throws IOException {
        Path inRepo = Samples.seedArticle();
        Path extracted = Samples.extractFromClasspath();

        assertArrayEquals(Files.readAllBytes(inRepo), Files.readAllBytes(extracted));
        assertArrayEquals(Files.readAllBytes(SidecarMetadata.sidecarOf(inRepo)),
                Files.readAllBytes(SidecarMetadata.sidecarOf(extracted)));
        Article fromRepo = readOne(inRepo);
        Article fromJar = readOne(extracted);
        assertEquals(fromRepo.id(), fromJar.id());
        assertEquals(fromRepo.text(), fromJar.text());
        assertEquals(fromRepo.title(), fromJar.title());
        assertEquals(fromRepo.bodyStart(), fromJar.bodyStart());
        assertEquals(fromRepo.bodyEnd(), fromJar.bodyEnd());
    }

    @Test
    void repositoryRootIsFoundFromASubdirectoryButNotFromElsewhere(@TempDir Path elsewhere) throws IOException {
        Path root = Samples.findRepoRoot(Path.of(System.getProperty("entente.repo", "."))).orElseThrow();
        assertTrue(Files.isRegularFile(root.resolve("samples").resolve(Samples.SEED_NAME + ".txt")));
        assertEquals(Optional.of(root), Samples.findRepoRoot(root.resolve("src/main/java")));

        Files.writeString(elsewhere.resolve("pom.xml"),
                "<project><parent><artifactId>entente</artifactId></parent><artifactId>other</artifactId></project>");
        Path sub = Files.createDirectories(elsewhere.resolve("a/b"));
        Optional<Path> found = Samples.findRepoRoot(sub);
        assertFalse(found.isPresent() && found.get().startsWith(elsewhere),
                "a pom with another artifactId is not the Entente repository");
    }
}
