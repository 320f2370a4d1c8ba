package org.entente.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.entente.ingest.Article;

/**
 * The anchor of the extraction benchmark: Stanford CoreNLP's default named-entity pipeline
 * ({@value #ANNOTATORS}, every other property at CoreNLP's default), on one thread, over the same article bodies
 * Entente reads (dateline and credits blanked, the publication date as document date, as {@code NlpPipeline} does).
 * Model loading is timed apart from annotation, and one article is annotated before the clock starts.
 */
final class BaselineNer {
    static final String ANNOTATORS = "tokenize,pos,lemma,ner";

    private StanfordCoreNLP corenlp;

    /** Loads the models. */
    Phase load() {
        PhaseTimer timer = new PhaseTimer().start();
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        corenlp = new StanfordCoreNLP(p);
        return timer.stop("(a) CoreNLP " + ANNOTATORS + ": load models", 0, "");
    }

    /** Annotates the first article once (not timed), then every article (timed). */
    Phase annotate(List<Article> articles) {
        if (corenlp == null) {
            throw new IllegalStateException("load() first");
        }
        annotate(articles.get(0));
        PhaseTimer timer = new PhaseTimer().start();
        for (Article article : articles) {
            annotate(article);
        }
        return timer.stop("(a) CoreNLP " + ANNOTATORS + ": annotate", articles.size(), "articles");
    }

    /**
     * Drops the pipeline, and CoreNLP's static pool of loaded annotators, so that its models can be collected and the
     * next pipeline loads its own instead of reusing these.
     */
    void release() {
        corenlp = null;
        StanfordCoreNLP.clearAnnotatorPool();
    }

    private void annotate(Article article) {
        CoreDocument doc = new CoreDocument(article.body());
        if (article.datePublished() != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, article.datePublished().toString());
        }
        corenlp.annotate(doc);
    }
}
