package org.entente.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.entente.error.ProblemHandler;
import org.entente.ingest.Article;
import org.entente.load.ArticleLoader;
import org.entente.load.BatchLoader;
import org.entente.load.LoadSummary;
import org.entente.nlp.NlpPipeline;

/**
 * Entente's whole extraction, by the path {@code entente extract} takes: a {@link BatchLoader} on {@code threads}
 * threads driving an {@link ArticleLoader} (NLP, linking, facts, RDF, SHACL) with a sink, here an N-Quads file.
 * Loading the shared NLP pipeline is timed apart, and a warm-up pass runs before any timed one.
 */
final class ExtractionRun {
    private final ProblemHandler problems;
    private LoadSummary summary;
    private NlpPipeline profiling;

    ExtractionRun(ProblemHandler problems) {
        this.problems = problems;
    }

    /** Loads Entente's NLP models (a no-op when this JVM already holds them). */
    Phase load() {
        PhaseTimer timer = new PhaseTimer().start();
        NlpPipeline.shared();
        return timer.stop("(b) Entente pipeline: load models", 0, "");
    }

    /** Extracts every article on {@code threads} threads into nothing, untimed (the JIT's warm-up). */
    void warmUp(List<Article> articles, int threads) {
        ArticleLoader loader = ArticleLoader.create().sink(StreamRDFLib.sinkNull()).problems(problems).build();
        BatchLoader.create().loader(loader).threads(threads).build().run(articles.stream());
    }

    /** Extracts every article on {@code threads} threads into {@code nquads}, timed. */
    Phase extract(List<Article> articles, int threads, Path nquads) {
        try (OutputStream os = Files.newOutputStream(nquads)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            writer.start();
            ArticleLoader loader = ArticleLoader.create().sink(writer).problems(problems).build();
            PhaseTimer timer = new PhaseTimer().start();
            summary = BatchLoader.create().loader(loader).threads(threads).build().run(articles.stream());
            writer.finish();
            return timer.stop("(b) Entente extraction, " + Figures.threads(threads), articles.size(), "articles");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + nquads, e);
        }
    }

    /** Loads a pipeline of its own for profiling ({@link NlpPipeline#forProfiling()}). */
    void loadForProfiling() {
        profiling = NlpPipeline.forProfiling();
    }

    /**
     * Extracts every article on this thread with the pipeline for profiling, each step a stage of the profiler; the
     * quads go nowhere.
     */
    void profile(List<Article> articles, StageProfiler profiler) {
        if (profiling == null) {
            throw new IllegalStateException("loadForProfiling() first");
        }
        ArticleLoader loader = ArticleLoader.create().sink(StreamRDFLib.sinkNull()).problems(problems).nlp(profiling)
                .stages(profiler).build();
        for (Article article : articles) {
            profiler.article(() -> loader.load(article));
        }
    }

    /**
     * Drops the pipeline for profiling, and CoreNLP's static pool of loaded annotators (which holds its models too), so
     * that its models can be collected.
     */
    void releaseProfiling() {
        profiling = null;
        StanfordCoreNLP.clearAnnotatorPool();
    }

    /** Counts of the last timed run (articles loaded and failed, quads, facts). */
    LoadSummary summary() {
        return summary;
    }
}
