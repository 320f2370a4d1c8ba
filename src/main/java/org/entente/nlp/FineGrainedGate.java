package org.entente.nlp;

import edu.stanford.nlp.ling.tokensregex.CoreMapNodePatternTrigger;
import edu.stanford.nlp.ling.tokensregex.MultiPatternMatcher;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fine-grained NER step of CoreNLP (a {@link TokensRegexNERAnnotator} over the KBP gazetteers), trying on each
 * sentence only the gazetteer entries that can match there. The step finds an entry through one of its literal words,
 * so the 580,000 literal entries cost little; but an entry whose every word is a regular expression ("Ala\.?",
 * "lt\. gen\.", "P[Aa]\.?") has no such word, and CoreNLP tries it on every sentence, starting at every token, with
 * a matcher allocated for each try: most of the step's time and more than a gigabyte of garbage per article. This gate
 * stands between the step's pattern matcher and its trigger (which picks the entries to try) and drops from what the
 * trigger picks every such entry whose first word matches none of the sentence's tokens, tested with the entry's own
 * node pattern. An entry dropped could not have matched, and the entries kept are tried in the same order, so the
 * matches, and the tags, are those of the ungated step.
 *
 * <p>CoreNLP offers no setting for the trigger, so {@link #install(Annotator)} replaces it in the step's matcher.
 *
 * <pre>
 * for (Annotator a : corenlp.annotators()) FineGrainedGate.install(a);
 * </pre>
 */
public final class FineGrainedGate implements MultiPatternMatcher.SequencePatternTrigger<CoreMap> {
    private final MultiPatternMatcher.SequencePatternTrigger<CoreMap> trigger;
    private final List<SequencePattern<CoreMap>> everywhere;
    private final List<NodePattern<CoreMap>> firstNodes;

    private FineGrainedGate(MultiPatternMatcher.SequencePatternTrigger<CoreMap> trigger,
            Collection<SequencePattern<CoreMap>> everywhere) {
        this.trigger = trigger;
        this.everywhere = new ArrayList<>();
        this.firstNodes = new ArrayList<>();
        for (SequencePattern<CoreMap> pattern : everywhere) {
            List<NodePattern<CoreMap>> required = new ArrayList<>(pattern.findNodePatterns(node -> node, false,
                    false));
            if (!required.isEmpty()) {
                this.everywhere.add(pattern);
                this.firstNodes.add(required.get(0));
            }
        }
    }

    /**
     * Puts the gate in front of the fine-grained step's trigger when {@code annotator} is CoreNLP's named-entity
     * annotator with that step on (else does nothing); a gate already there stays as it is.
     *
     * @throws IllegalStateException when CoreNLP's classes no longer hold the trigger where this looks for it
     */
    @SuppressWarnings("unchecked")
    public static void install(Annotator annotator) {
        Optional<Object> matcher = matcherOf(annotator);
        if (matcher.isEmpty()) {
            return;
        }
        Object trigger = CoreNlpFields.read(MultiPatternMatcher.class, "patternTrigger", matcher.get());
        if (!(trigger instanceof MultiPatternMatcher.BasicSequencePatternTrigger)) {
            return;
        }
        Object nodeTrigger = CoreNlpFields.read(MultiPatternMatcher.BasicSequencePatternTrigger.class, "trigger",
                trigger);
        if (!(nodeTrigger instanceof CoreMapNodePatternTrigger)) {
            return;
        }
        Collection<SequencePattern<CoreMap>> everywhere = (Collection<SequencePattern<CoreMap>>) CoreNlpFields.read(
                CoreMapNodePatternTrigger.class, "alwaysTriggered", nodeTrigger);
        CoreNlpFields.write(MultiPatternMatcher.class, "patternTrigger", matcher.get(), new FineGrainedGate(
                (MultiPatternMatcher.SequencePatternTrigger<CoreMap>) trigger, everywhere));
    }

    /** The pattern matcher of the fine-grained step of CoreNLP's named-entity annotator, if this is one with it on. */
    private static Optional<Object> matcherOf(Annotator annotator) {
        if (!(annotator instanceof NERCombinerAnnotator)) {
            return Optional.empty();
        }
        Object step = CoreNlpFields.read(NERCombinerAnnotator.class, "fineGrainedNERAnnotator", annotator);
        if (step == null) {
            return Optional.empty();
        }
        return Optional.of(CoreNlpFields.read(TokensRegexNERAnnotator.class, "multiPatternMatcher", step));
    }

    /** How many entries the step would try on every sentence. */
    public int entriesTriedEverywhere() {
        return everywhere.size();
    }

    @Override
    public Collection<SequencePattern<CoreMap>> apply(List<? extends CoreMap> tokens) {
        Collection<SequencePattern<CoreMap>> picked = trigger.apply(tokens);
        Set<SequencePattern<CoreMap>> hopeless = hopeless(tokens);
        if (hopeless.isEmpty()) {
            return picked;
        }
        Set<SequencePattern<CoreMap>> kept = new LinkedHashSet<>(picked);
        kept.removeAll(hopeless);
        return kept;
    }

    /** The entries tried everywhere whose first word matches none of these tokens. */
    Set<SequencePattern<CoreMap>> hopeless(List<? extends CoreMap> tokens) {
        Set<SequencePattern<CoreMap>> hopeless = new HashSet<>();
        for (int i = 0; i < everywhere.size(); i++) {
            if (!matchesSome(firstNodes.get(i), tokens)) {
                hopeless.add(everywhere.get(i));
            }
        }
        return hopeless;
    }

    /** The gate installed in this annotator's fine-grained step, if any. */
    static Optional<FineGrainedGate> in(Annotator annotator) {
        return matcherOf(annotator).map(m -> CoreNlpFields.read(MultiPatternMatcher.class, "patternTrigger", m))
                .filter(FineGrainedGate.class::isInstance).map(FineGrainedGate.class::cast);
    }

    private static boolean matchesSome(NodePattern<CoreMap> node, List<? extends CoreMap> tokens) {
        for (CoreMap token : tokens) {
            if (node.match(token)) {
                return true;
            }
        }
        return false;
    }
}
