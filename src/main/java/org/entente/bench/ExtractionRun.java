package org.entente.bench;

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
 * Loading the shared NLP pipeline is timed apart, and one article goes through the loader before the clock starts.
 */
final class ExtractionRun {
    private final ProblemHandler problems;
    private final int threads;
    private LoadSummary summary;

    ExtractionRun(ProblemHandler problems, int threads) {
        this.problems = problems;
        this.threads = threads;
    }

    /** Loads Entente's NLP models (a no-op when this JVM already holds them). */
    Phase load() {
        PhaseTimer timer = new PhaseTimer().start();
        NlpPipeline.shared();
        return timer.stop("(b) Entente pipeline: load models", 0, "");
    }

    /** Extracts every article into {@code nquads}; the first article is extracted once before, untimed. */
    Phase extract(List<Article> articles, Path nquads) {
        ArticleLoader warm = ArticleLoader.create().sink(StreamRDFLib.sinkNull()).problems(problems).build();
        warm.load(articles.get(0));
        try (OutputStream os = Files.newOutputStream(nquads)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            writer.start();
            ArticleLoader loader = ArticleLoader.create().sink(writer).problems(problems).build();
            PhaseTimer timer = new PhaseTimer().start();
            summary = BatchLoader.create().loader(loader).threads(threads).build().run(articles.stream());
            writer.finish();
            return timer.stop("(b) Entente extraction, " + threads + (threads == 1 ? " thread" : " threads"),
                    articles.size(), "articles");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + nquads, e);
        }
    }

    /** Counts of the timed run (articles loaded and failed, quads, facts). */
    LoadSummary summary() {
        return summary;
    }
}
