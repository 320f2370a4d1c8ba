package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.entente.error.ProblemCollector;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;
import org.entente.pipeline.SeedFixture;
import org.junit.jupiter.api.Test;

/**
 * The fine-grained gate drops only entries that cannot match: on every sentence of the gold articles, each entry it
 * keeps CoreNLP from trying finds no match there when tried with CoreNLP's own matcher.
 */
class FineGrainedGateTest {

    @Test
    void dropsOnlyEntriesThatCannotMatch() throws IOException {
        NlpPipeline nlp = NlpPipeline.shared();
        FineGrainedGate gate = nlp.annotators().stream().map(FineGrainedGate::in).flatMap(Optional::stream)
                .findFirst().orElseThrow(() -> new AssertionError("no gate in the shared pipeline"));
        assertTrue(gate.entriesTriedEverywhere() > 100, "entries tried everywhere: " + gate.entriesTriedEverywhere());
        int sentences = 0;
        long dropped = 0;
        List<String> wronglyDropped = new ArrayList<>();
        for (Path dir : goldArticles()) {
            List<Article> articles = ArticleSource.create().problems(new ProblemCollector())
                    .path(dir.resolve("article.txt")).build().stream().toList();
            for (Article article : articles) {
                CoreDocument doc = nlp.tag(article, Stages.NONE);
                for (CoreMap sentence : doc.annotation().get(CoreAnnotations.SentencesAnnotation.class)) {
                    sentences++;
                    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                    for (SequencePattern<CoreMap> entry : gate.hopeless(tokens)) {
                        dropped++;
                        if (entry.getMatcher(tokens).find()) {
                            wronglyDropped.add(entry + " in " + sentence);
                        }
                    }
                }
            }
        }
        assertTrue(sentences > 500, "sentences: " + sentences);
        assertTrue(dropped > (long) sentences * 100, "the gate drops most entries from most sentences: " + dropped);
        assertEquals(List.of(), wronglyDropped);
    }

    private static List<Path> goldArticles() throws IOException {
        try (Stream<Path> dirs = Files.list(SeedFixture.repo().resolve("tests/gold/wikinews"))) {
            return dirs.filter(d -> Files.exists(d.resolve("article.txt"))).sorted().toList();
        }
    }
}
