package org.entente.nlp;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A {@link StanfordCoreNLP} that can also run its annotators one at a time, each as a {@link Stages stage} named after
 * it ({@code "tokenize"}, {@code "pos"}, {@code "ner"}, ...), so that a profiler can time each. Run that way, a document
 * gets the annotations {@link #annotate(CoreDocument)} gives it: the same annotators, in the same order, on the same
 * thread. {@link #annotate(CoreDocument)} itself is CoreNLP's, unchanged.
 *
 * <pre>
 * StagedCoreNLP corenlp = new StagedCoreNLP(properties);
 * corenlp.annotate(doc, profiler);    // or corenlp.annotate(doc) as any StanfordCoreNLP
 * </pre>
 */
public final class StagedCoreNLP extends StanfordCoreNLP {
    /** The stage that wraps the finished annotation in CoreNLP's document, sentence and mention objects. */
    public static final String WRAP = "wrap (CoreDocument)";

    /** Filled while the superclass constructor adds the annotators, so it has no initializer of its own. */
    private List<Annotator> annotators;
    private final List<String> names;

    /** Loads the annotators the properties name, as {@link StanfordCoreNLP#StanfordCoreNLP(Properties)}. */
    public StagedCoreNLP(Properties properties) {
        super(properties);
        if (annotators == null) {
            annotators = new ArrayList<>();
        }
        this.names = namesOf(getProperties().getProperty("annotators", ""), annotators);
    }

    @Override
    public void addAnnotator(Annotator annotator) {
        super.addAnnotator(annotator);
        if (annotators == null) {
            annotators = new ArrayList<>();
        }
        annotators.add(annotator);
    }

    /** The annotators, in the order they run. */
    public List<Annotator> annotators() {
        return List.copyOf(annotators);
    }

    /** The stage names of the annotators, in the order they run. */
    public List<String> stageNames() {
        return names;
    }

    /**
     * Annotates the document annotator by annotator, each one a stage of {@code stages}; with {@link Stages#NONE},
     * exactly {@link #annotate(CoreDocument)}.
     */
    public void annotate(CoreDocument doc, Stages stages) {
        if (stages == Stages.NONE) {
            annotate(doc);
            return;
        }
        for (int i = 0; i < annotators.size(); i++) {
            Annotator annotator = annotators.get(i);
            stages.run(names.get(i), () -> annotator.annotate(doc.annotation()));
        }
        stages.run(WRAP, doc::wrapAnnotations);
    }

    /**
     * The names in the {@code annotators} property when they match the annotators one for one (CoreNLP adds one
     * annotator per name), else the annotators' class names.
     */
    private static List<String> namesOf(String property, List<Annotator> annotators) {
        List<String> names = new ArrayList<>();
        for (String name : property.split("[,\\s]+")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.size() == annotators.size()) {
            return List.copyOf(names);
        }
        return annotators.stream().map(a -> a.getClass().getSimpleName()).toList();
    }
}
