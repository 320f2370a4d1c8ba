package org.entente.nlp;

import java.util.function.Supplier;

/**
 * The named stages of one article's processing (each CoreNLP annotator, linking, the rules, RDF, SHACL), run through
 * this so that a profiler can time them: {@link #NONE} just runs them. The stages of one article run one after the
 * other on the thread that processes it, and do not nest.
 *
 * <pre>
 * List&lt;Fact&gt; facts = stages.run("rules", () -&gt; rule.apply(sentence));
 * </pre>
 */
public interface Stages {
    /** Runs every stage as it is, measuring nothing. */
    Stages NONE = new Stages() {
        @Override
        public <T> T run(String stage, Supplier<T> work) {
            return work.get();
        }
    };

    /** Runs one stage and returns what it returns. */
    <T> T run(String stage, Supplier<T> work);

    /** Runs one stage that returns nothing. */
    default void run(String stage, Runnable work) {
        run(stage, () -> {
            work.run();
            return null;
        });
    }
}
