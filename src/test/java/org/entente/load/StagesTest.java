package org.entente.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.entente.error.ProblemCollector;
import org.entente.facts.FactExtractor;
import org.entente.ingest.Article;
import org.entente.nlp.NlpPipeline;
import org.entente.nlp.StagedCoreNLP;
import org.entente.nlp.Stages;
import org.entente.pipeline.SeedFixture;
import org.junit.jupiter.api.Test;

/**
 * An article loaded stage by stage (as the bench's profile loads it) gives the quads it gives when loaded as usual,
 * byte for byte, and every step runs as a named stage: the CoreNLP annotators, linking, the rules, RDF and SHACL.
 */
class StagesTest {

    /** Records the stages in the order they first run. */
    private static final class Recorder implements Stages {
        final Set<String> names = new LinkedHashSet<>();
        final List<String> nested = new ArrayList<>();
        private String running;

        @Override
        public <T> T run(String stage, Supplier<T> work) {
            if (running != null) {
                nested.add(stage + " in " + running);
            }
            names.add(stage);
            running = stage;
            try {
                return work.get();
            } finally {
                running = null;
            }
        }
    }

    private static String nquads(Article article, Stages stages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF sink = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        sink.start();
        ProblemCollector problems = new ProblemCollector();
        ArticleLoader loader = ArticleLoader.create().sink(sink).problems(problems).stages(stages).build();
        loader.load(article);
        sink.finish();
        assertEquals(1, loader.summary().loadedCount(), problems.problems().toString());
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void stageByStageGivesTheSameQuadsAndNamesEveryStep() {
        Article seed = SeedFixture.seedArticle();
        Recorder recorder = new Recorder();
        String staged = nquads(seed, recorder);
        String usual = nquads(seed, Stages.NONE);
        assertTrue(usual.length() > 1000, usual);
        assertEquals(usual, staged);

        // CoreNLP 4.5 splits sentences in tokenize: ssplit is no annotator of its own. The parser runs after linking,
        // on the sentences that can hold a fact.
        List<String> expected = new ArrayList<>(List.of("tokenize", "pos", "lemma", "ner"));
        expected.addAll(List.of(StagedCoreNLP.WRAP, FactExtractor.LINKING, NlpPipeline.PARSER, FactExtractor.RULES,
                FactExtractor.CODEBOOK, FactExtractor.MERGING, ArticleLoader.RDF, ArticleLoader.SHACL));
        assertEquals(expected, List.copyOf(recorder.names));
        assertEquals(List.of(), recorder.nested, "stages do not nest");
    }

    @Test
    void aLoaderNeedsStages() {
        assertThrows(IllegalStateException.class, () -> ArticleLoader.create().sink(StreamRDFWriter.getWriterStream(
                new ByteArrayOutputStream(), RDFFormat.NQUADS)).problems(new ProblemCollector()).stages(null).build());
    }
}
