package org.entente.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SUTime, CoreNLP's time expression extractor, run only on the sentences where it can find something. The named-entity
 * annotator calls SUTime on every sentence, and SUTime matches its hundreds of rules at every token: a quarter of the
 * pipeline's time, though most news sentences hold no date, time or number. This gate stands between the annotator and
 * SUTime and passes a sentence on only when one of its tokens contains a digit, is tagged CD, or is (or has as a
 * hyphenated part) one of the words of {@code time-words.txt}, which lists every word at which SUTime's rules or its
 * number normalizer can start; any other sentence gets no time expressions, as SUTime would have given it. The tags,
 * normalized values and timexes are therefore those of the ungated pipeline ({@code TimeExpressionGateTest} checks
 * the word list against SUTime itself on every gold sentence).
 *
 * <p>CoreNLP offers no setting for the extractor its annotator uses, so {@link #install(Annotator)} replaces it in the
 * annotator's number classifier; it fails loudly if a CoreNLP upgrade moves that field.
 *
 * <pre>
 * for (Annotator a : corenlp.annotators()) TimeExpressionGate.install(a);
 * boolean dated = TimeExpressionGate.mayHoldTime(sentence.get(CoreAnnotations.TokensAnnotation.class));
 * </pre>
 */
public final class TimeExpressionGate implements TimeExpressionExtractor {
    private static final String WORDS = "time-words.txt";
    private static final Set<String> TIME_WORDS = readWords();
    /** Splits a hyphenated or slashed word into its parts ("mid-January"); a word without either is its one part. */
    private static final Pattern PARTS = Pattern.compile("[-/]");

    private final TimeExpressionExtractor sutime;

    private TimeExpressionGate(TimeExpressionExtractor sutime) {
        this.sutime = sutime;
    }

    /**
     * Puts a gate in front of the SUTime of {@code annotator} when it is CoreNLP's named-entity annotator with SUTime
     * on (else does nothing); a gate already there stays as it is.
     *
     * @throws IllegalStateException when CoreNLP's classes no longer hold the extractor where this looks for it
     */
    public static void install(Annotator annotator) {
        if (!(annotator instanceof NERCombinerAnnotator)) {
            return;
        }
        Object combiner = CoreNlpFields.read(NERCombinerAnnotator.class, "ner", annotator);
        Object numbers = CoreNlpFields.read(NERClassifierCombiner.class, "nsc", combiner);
        if (!(numbers instanceof NumberSequenceClassifier)) {
            return;
        }
        Object extractor = CoreNlpFields.read(NumberSequenceClassifier.class, "timexExtractor", numbers);
        if (extractor == null || extractor instanceof TimeExpressionGate) {
            return;
        }
        CoreNlpFields.write(NumberSequenceClassifier.class, "timexExtractor", numbers,
                new TimeExpressionGate((TimeExpressionExtractor) extractor));
    }

    /** Whether SUTime can find a time expression or a number among these tokens. */
    public static boolean mayHoldTime(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            if ("CD".equals(token.tag())) {
                return true;
            }
            String word = token.word().toLowerCase(Locale.ROOT);
            for (int i = 0; i < word.length(); i++) {
                if (Character.isDigit(word.charAt(i))) {
                    return true;
                }
            }
            for (String part : PARTS.split(word)) {
                if (TIME_WORDS.contains(part) || TIME_WORDS.contains(stripPeriod(part))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void init(String name, Properties props) {
        sutime.init(name, props);
    }

    @Override
    public void init(Options options) {
        sutime.init(options);
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        return mayHoldTime(sentence.get(CoreAnnotations.TokensAnnotation.class))
                ? sutime.extractTimeExpressionCoreMaps(sentence, document)
                : List.of();
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String documentDate) {
        return mayHoldTime(sentence.get(CoreAnnotations.TokensAnnotation.class))
                ? sutime.extractTimeExpressionCoreMaps(sentence, documentDate)
                : List.of();
    }

    @Override
    public void finalize(CoreMap document) {
        sutime.finalize(document);
    }

    private static String stripPeriod(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static Set<String> readWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = TimeExpressionGate.class.getResourceAsStream(WORDS)) {
            if (in == null) {
                throw new IllegalStateException("resource " + WORDS + " missing next to " + TimeExpressionGate.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String content = hash >= 0 ? line.substring(0, hash) : line;
                for (String word : content.trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(WORDS, e);
        }
        return Set.copyOf(words);
    }
}
