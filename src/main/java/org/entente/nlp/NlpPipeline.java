package org.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.entente.ingest.Article;

/**
 * Stanford CoreNLP, loaded once per JVM (it takes 10-25 s and about 2 GB) and shared by every caller.
 * Annotators: tokenize, ssplit, pos, lemma, ner (with SUTime, dates anchored on the article's publication date)
 * and depparse. CoreNLP's coreference is not used: it attaches quotes to the wrong speaker in news prose, and
 * Entente resolves speakers and possessives with its own rules.
 *
 * <pre>
 * CoreDocument doc = NlpPipeline.shared().annotate(article);
 * doc.sentences().forEach(s -&gt; System.out.println(s.text()));
 * </pre>
 */
public final class NlpPipeline {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP corenlp;

    private NlpPipeline(Properties properties) {
        this.corenlp = new StanfordCoreNLP(properties);
    }

    /** The pipeline of this JVM, loaded on first use. Thread-safe: CoreNLP's annotate may run concurrently. */
    public static NlpPipeline shared() {
        NlpPipeline result = shared;
        if (result == null) {
            synchronized (NlpPipeline.class) {
                result = shared;
                if (result == null) {
                    result = new NlpPipeline(defaultProperties());
                    shared = result;
                }
            }
        }
        return result;
    }

    static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        // Every input we read has one paragraph per line: a line break always ends a sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        return p;
    }

    /**
     * Annotates the article's body (dateline and credits blanked, so offsets are offsets into {@link Article#text()}).
     * Relative dates ("on Tuesday", "last week") are resolved against the publication date when the article has one.
     */
    public CoreDocument annotate(Article article) {
        CoreDocument doc = new CoreDocument(article.body());
        if (article.datePublished() != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, article.datePublished().toString());
        }
        corenlp.annotate(doc);
        return doc;
    }
}
