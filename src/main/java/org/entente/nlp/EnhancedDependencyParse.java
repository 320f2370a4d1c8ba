package org.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.MetaClass;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's neural dependency parser with the model and settings of its {@code depparse} annotator, building only the
 * graphs Entente reads: the enhanced++ graph (what {@code CoreSentence.dependencyParse()} returns, and every rule
 * reads) and the basic tree. CoreNLP's own annotator also converts each parse into the collapsed, CC-processed and
 * enhanced graphs, which nothing here reads and which cost about a quarter of the annotator's time; the two graphs
 * kept are built from the same parse by the same calls, so they are the same graphs.
 *
 * <pre>
 * Properties depparse = PropertiesUtils.extractPrefixedProperties(properties, "depparse.");
 * StanfordCoreNLP corenlp = ...;                       // annotators up to ner
 * corenlp.addAnnotator(new EnhancedDependencyParse(depparse));
 * </pre>
 */
public final class EnhancedDependencyParse extends SentenceAnnotator {
    private final DependencyParser parser;
    private final int threads;
    private final long maxMillis;
    private final GrammaticalStructure.Extras extras;

    /**
     * Loads the parser. {@code properties} are the {@code depparse.} properties without their prefix, read as CoreNLP's
     * annotator reads them: {@code model}, {@code nthreads}, {@code sentenceTimeout} (ms; with one, sentences are
     * parsed on a helper thread) and {@code extradependencies}.
     */
    public EnhancedDependencyParse(Properties properties) {
        this.parser = DependencyParser.loadFromModelFile(
                PropertiesUtils.getString(properties, "model", DependencyParser.DEFAULT_MODEL), properties);
        this.threads = PropertiesUtils.getInt(properties, "nthreads", 1);
        this.maxMillis = PropertiesUtils.getLong(properties, "sentenceTimeout", -1);
        this.extras = MetaClass.cast(properties.getProperty("extradependencies", "NONE"),
                GrammaticalStructure.Extras.class);
    }

    @Override
    protected int nThreads() {
        return threads;
    }

    @Override
    protected long maxTime() {
        return maxMillis;
    }

    @Override
    protected void doOneSentence(Annotation annotation, CoreMap sentence) {
        GrammaticalStructure parse = parser.predict(sentence);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.BASIC, extras, null));
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, extras, null));
    }

    /** A sentence that timed out keeps no graph, as with CoreNLP's annotator; the rules skip it. */
    @Override
    protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
        // Nothing to record: the sentence simply has no parse.
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.IndexAnnotation.class,
                CoreAnnotations.ValueAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.SentenceIndexAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }
}
