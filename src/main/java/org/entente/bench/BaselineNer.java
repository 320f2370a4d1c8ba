package org.entente.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.entente.ingest.Article;
import org.entente.nlp.NlpPipeline;
import org.entente.nlp.StagedCoreNLP;

/**
 * The anchor of the extraction benchmark: Stanford CoreNLP's default named-entity pipeline
 * ({@value #ANNOTATORS}, every other property at CoreNLP's default), over the same article bodies Entente reads
 * (dateline and credits blanked, the publication date as document date: {@link NlpPipeline#document}). One pipeline
 * is shared by {@code threads} threads over the articles ({@link ArticlePool}), as Entente's extraction shares its own.
 * Model loading is timed apart from annotation, and a warm-up pass runs before any timed one.
 */
final class BaselineNer {
    static final String ANNOTATORS = "tokenize,pos,lemma,ner";

    private StagedCoreNLP corenlp;

    /** Loads the models. */
    Phase load() {
        PhaseTimer timer = new PhaseTimer().start();
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        corenlp = new StagedCoreNLP(p);
        return timer.stop("(a) CoreNLP " + ANNOTATORS + ": load models", 0, "");
    }

    /** Annotates every article on {@code threads} threads, untimed (the JIT's warm-up). */
    void warmUp(List<Article> articles, int threads) {
        ArticlePool.run(articles, threads, "entente-baseline", this::annotate);
    }

    /** Annotates every article on {@code threads} threads, timed. */
    Phase annotate(List<Article> articles, int threads) {
        PhaseTimer timer = new PhaseTimer().start();
        ArticlePool.run(articles, threads, "entente-baseline", this::annotate);
        return timer.stop("(a) CoreNLP " + ANNOTATORS + ": annotate, " + Figures.threads(threads), articles.size(),
                "articles");
    }

    /** Annotates every article on this thread, annotator by annotator, each a stage of the profiler. */
    void profile(List<Article> articles, StageProfiler profiler) {
        StagedCoreNLP nlp = pipeline();
        for (Article article : articles) {
            profiler.article(() -> nlp.annotate(NlpPipeline.document(article), profiler));
        }
    }

    /**
     * Drops the pipeline, and CoreNLP's static pool of loaded annotators, so that its models can be collected and the
     * next pipeline loads its own instead of reusing these.
     */
    void release() {
        corenlp = null;
        StanfordCoreNLP.clearAnnotatorPool();
    }

    private StagedCoreNLP pipeline() {
        if (corenlp == null) {
            throw new IllegalStateException("load() first");
        }
        return corenlp;
    }

    private void annotate(Article article) {
        pipeline().annotate(NlpPipeline.document(article));
    }
}
