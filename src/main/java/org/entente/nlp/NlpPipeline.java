package org.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.IntPredicate;
import org.entente.ingest.Article;

/**
 * Stanford CoreNLP, loaded once per JVM (it takes 10-25 s and about 2 GB) and shared by every caller.
 * Annotators: tokenize, ssplit, pos, lemma, ner (with SUTime, dates anchored on the article's publication date; SUTime
 * runs only on sentences where a date, time or number can be, see {@link TimeExpressionGate}) and depparse
 * (CoreNLP's parser, building only the graphs Entente reads, see {@link EnhancedDependencyParse}). The named-entity
 * models depend on the {@link NlpProfile}, and the fine-grained step reads the gazetteers of {@link FineGrainedMapping}
 * (pruned of entries that cannot match, unless {@value FineGrainedMapping#PROPERTY} is {@code complete}) and tries
 * each of its regular-expression entries only where it can match ({@link FineGrainedGate}). CoreNLP's coreference is
 * not used: it attaches quotes to the wrong speaker in news prose, and Entente resolves speakers and possessives with
 * its own rules. The extractor {@link #tag tags} an article, links its actors and then {@link #parse parses} only the
 * sentences that can hold a fact.
 *
 * <pre>
 * CoreDocument doc = NlpPipeline.shared().annotate(article);
 * doc.sentences().forEach(s -&gt; System.out.println(s.text()));
 * </pre>
 */
public final class NlpPipeline {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
    /** The last of the {@link #ANNOTATORS}, and its stage: CoreNLP's parser, run as {@link EnhancedDependencyParse}. */
    public static final String PARSER = "depparse";
    /** Sentences with more tokens than this get no part-of-speech tags and no named entities. */
    public static final int MAX_SENTENCE_TOKENS = 1_500;
    /** Time the dependency parser may spend on one sentence before giving up on it. */
    public static final long SENTENCE_PARSE_TIMEOUT_MILLIS = 60_000;
    /**
     * System property: {@code off} runs SUTime and the fine-grained step's regular-expression entries on every
     * sentence, as CoreNLP does, instead of only where they can find something ({@link TimeExpressionGate},
     * {@link FineGrainedGate}); for measuring the gates. It applies to pipelines created after it is set; a gate once
     * installed stays in CoreNLP's cached annotator, so compare in separate JVMs.
     */
    public static final String GATES_PROPERTY = "entente.nlp.gates";
    private static volatile NlpPipeline shared;

    private final StagedCoreNLP corenlp;
    private final EnhancedDependencyParse parser;
    private final NlpProfile profile;

    private NlpPipeline(NlpProfile profile, Properties properties) {
        this.profile = profile;
        Properties upToNer = new Properties();
        upToNer.putAll(properties);
        upToNer.setProperty("annotators", ANNOTATORS.substring(0, ANNOTATORS.lastIndexOf(',')));
        this.corenlp = new StagedCoreNLP(upToNer);
        this.parser = new EnhancedDependencyParse(PropertiesUtils.extractPrefixedProperties(properties, PARSER + '.'));
        if (!"off".equals(System.getProperty(GATES_PROPERTY))) {
            corenlp.annotators().forEach(TimeExpressionGate::install);
            corenlp.annotators().forEach(FineGrainedGate::install);
        }
    }

    /** A new pipeline with this profile, not shared (for comparing profiles; it loads the models again). */
    public static NlpPipeline create(NlpProfile profile) {
        return new NlpPipeline(profile, properties(profile));
    }

    /**
     * A new pipeline for profiling, not shared: the configured profile's models and settings, except that the
     * dependency parser has no time limit per sentence. With a limit, CoreNLP parses on a helper thread of its own
     * (one per article); without, on the calling thread, so that the calling thread's CPU time is the whole
     * annotation's. The annotations are the same unless a sentence takes longer than
     * {@value #SENTENCE_PARSE_TIMEOUT_MILLIS} ms to parse. It loads the models again.
     */
    public static NlpPipeline forProfiling() {
        NlpProfile profile = NlpProfile.configured();
        Properties p = properties(profile);
        p.remove("depparse.sentenceTimeout");
        return new NlpPipeline(profile, p);
    }

    /**
     * The pipeline of this JVM with the {@link NlpProfile#configured() configured profile}, loaded on first use.
     * Thread-safe: CoreNLP's annotate may run concurrently (BatchLoaderTest checks that parallel output equals
     * sequential output).
     */
    public static NlpPipeline shared() {
        NlpPipeline result = shared;
        if (result == null) {
            synchronized (NlpPipeline.class) {
                result = shared;
                if (result == null) {
                    result = create(NlpProfile.configured());
                    shared = result;
                }
            }
        }
        return result;
    }

    static Properties properties(NlpProfile profile) {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        // Every input we read has one paragraph per line: a line break always ends a sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        // Guards against pathological sentences (the ingest stage already refuses sentences over 1,000 words, see
        // ArticleSource.DEFAULT_MAX_SENTENCE_WORDS): a longer sentence is left untagged and without entities rather
        // than tagged in time that grows faster than its length, and parsing one sentence may take at most a minute.
        // Wikinews sentences stay far below both limits, so they do not change normal output.
        p.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        p.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        p.setProperty("depparse.sentenceTimeout", String.valueOf(SENTENCE_PARSE_TIMEOUT_MILLIS));
        profile.apply(p);
        if (FineGrainedMapping.configuredPruned()) {
            p.setProperty("ner.fine.regexner.mapping", FineGrainedMapping.pruned().mappingProperty());
        }
        return p;
    }

    /** CoreNLP's annotators up to ner, in the order they run (for the gates' tests). */
    List<Annotator> annotators() {
        return corenlp.annotators();
    }

    /** The models this pipeline uses. */
    public NlpProfile profile() {
        return profile;
    }

    /**
     * Annotates the article's body (dateline and credits blanked, so offsets are offsets into {@link Article#text()}).
     * Relative dates ("on Tuesday", "last week") are resolved against the publication date when the article has one.
     */
    public CoreDocument annotate(Article article) {
        return annotate(article, Stages.NONE);
    }

    /**
     * Annotates as {@link #annotate(Article)}, each annotator a stage of {@code stages} (named as in
     * {@link #ANNOTATORS}), so that a profiler can time them; the annotations are the same.
     */
    public CoreDocument annotate(Article article, Stages stages) {
        CoreDocument doc = tag(article, stages);
        parse(doc, sentence -> true, stages);
        return doc;
    }

    /**
     * Every annotation but the dependency parse: tokens, sentences, part-of-speech tags, lemmas, named entities and
     * dates, each annotator a stage of {@code stages}. {@link #parse} adds the parse to the sentences that need one.
     */
    public CoreDocument tag(Article article, Stages stages) {
        CoreDocument doc = document(article);
        corenlp.annotate(doc, stages);
        return doc;
    }

    /**
     * Parses the sentences of a {@link #tag tagged} document whose index {@code which} accepts, as the stage
     * {@value #PARSER}; the others keep no dependency graph. A sentence gets the graph it gets when every sentence is
     * parsed: the parser reads one sentence at a time.
     */
    public void parse(CoreDocument doc, IntPredicate which, Stages stages) {
        List<CoreMap> sentences = doc.annotation().get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> chosen = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (which.test(i)) {
                chosen.add(sentences.get(i));
            }
        }
        Annotation part = new Annotation(doc.text());
        part.set(CoreAnnotations.SentencesAnnotation.class, chosen);
        stages.run(PARSER, () -> parser.annotate(part));
    }

    /**
     * A document of the article's body (dateline and credits blanked), with the publication date as document date
     * when the article has one, ready for any CoreNLP pipeline.
     */
    public static CoreDocument document(Article article) {
        CoreDocument doc = new CoreDocument(article.body());
        if (article.datePublished() != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, article.datePublished().toString());
        }
        return doc;
    }
}
