package org.entente.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The gazetteers of CoreNLP's fine-grained NER step ({@code ner.fine.regexner}), with the entries that cost the most
 * and cannot match left out. CoreNLP indexes a gazetteer entry by one of its literal words, so its 580,000 literal
 * entries cost almost nothing; an entry whose every word is a regular expression has no such word and is tried at
 * every token of every sentence. About 1,200 entries are like that, and they take over 80% of the fine-grained step.
 * 846 of them are single words with a hyphen inside whose only regular-expression parts are escaped characters and
 * optional characters ({@code Nev\.?-owned}, {@code W\.?V\.?-raised}, {@code u\.s\.-backed}): CoreNLP's English
 * tokenizer splits such words at the hyphen ({@code Nev.}, {@code -}, {@code owned}), so they never match a token and
 * are dropped (FineGrainedMappingTest tokenizes every dropped entry to check this). Every other entry, literal or not, is kept with its label, options and order.
 *
 * <pre>
 * String mapping = FineGrainedMapping.pruned().mappingProperty();
 * properties.setProperty("ner.fine.regexner.mapping", mapping);
 * </pre>
 */
public final class FineGrainedMapping {
    static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
    /** CoreNLP 4.5.10's default value of {@code ner.fine.regexner.mapping}, with the two files as placeholders. */
    private static final String MAPPING_TEMPLATE = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,%s;%s";
    /** The characters that make CoreNLP read a gazetteer word as a regular expression (ComplexNodePattern). */
    private static final Pattern REGEX_CHARS = Pattern.compile("[\\[\\]?.\\\\^$()*+{}|]");
    /** An escaped character such as {@code \\.} or {@code \\/}. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\.");
    private static volatile FineGrainedMapping pruned;

    /** The system property that selects the gazetteers: {@code pruned} or {@code complete}. */
    public static final String PROPERTY = "entente.nlp.regexner";
    /**
     * Whether the pruned gazetteers are used when {@value #PROPERTY} is not set. Pruned gave the same eval output as
     * complete on tests/gold (every score and every listed miss identical, 2026-11-27), the same NER tags on 116
     * Wikinews articles, and cut the fine-grained step from about 270 to 45 ms CPU per article.
     */
    public static final boolean PRUNED_BY_DEFAULT = true;

    private final Path caseless;
    private final Path cased;
    private final int dropped;

    private FineGrainedMapping(Path caseless, Path cased, int dropped) {
        this.caseless = caseless;
        this.cased = cased;
        this.dropped = dropped;
    }

    /** The pruned gazetteers of this JVM, written to temporary files on first use (about 1 s). */
    public static FineGrainedMapping pruned() {
        FineGrainedMapping result = pruned;
        if (result == null) {
            synchronized (FineGrainedMapping.class) {
                result = pruned;
                if (result == null) {
                    result = write();
                    pruned = result;
                }
            }
        }
        return result;
    }

    /** Whether {@value #PROPERTY} (else {@link #PRUNED_BY_DEFAULT}) asks for the pruned gazetteers. */
    public static boolean configuredPruned() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            return PRUNED_BY_DEFAULT;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "pruned" -> true;
            case "complete" -> false;
            default -> throw new IllegalArgumentException(PROPERTY + " must be pruned or complete, not '" + name + "'");
        };
    }

    /** CoreNLP's default mapping value for CoreNLP 4.5.10, with the two gazetteers. */
    static String defaultMappingProperty() {
        return String.format(Locale.ROOT, MAPPING_TEMPLATE, CASELESS, CASED);
    }

    /** The value for {@code ner.fine.regexner.mapping}: CoreNLP's default options, with the pruned files. */
    public String mappingProperty() {
        return String.format(Locale.ROOT, MAPPING_TEMPLATE, caseless, cased);
    }

    /** How many entries were left out of both files. */
    public int droppedEntries() {
        return dropped;
    }

    /**
     * Whether an entry pattern (its words separated by spaces) can never match a token: one word, read as a regular
     * expression, with a hyphen that the tokenizer would have split off.
     */
    static boolean unmatchable(String pattern) {
        if (pattern.contains(" ") || !REGEX_CHARS.matcher(pattern).find()) {
            return false;
        }
        String plain = ESCAPE.matcher(pattern).replaceAll("").replace("?", "");
        return plain.indexOf('-') > 0 && !REGEX_CHARS.matcher(plain).find();
    }

    private static FineGrainedMapping write() {
        try {
            Path dir = Files.createTempDirectory("entente-regexner");
            dir.toFile().deleteOnExit();
            Path caseless = dir.resolve("regexner_caseless.tab");
            Path cased = dir.resolve("regexner_cased.tab");
            int dropped = copyPruned(CASELESS, caseless) + copyPruned(CASED, cased);
            return new FineGrainedMapping(caseless, cased, dropped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fine-grained NER gazetteers", e);
        }
    }

    private static int copyPruned(String resource, Path target) throws IOException {
        target.toFile().deleteOnExit();
        InputStream in = FineGrainedMapping.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("not on the classpath: " + resource);
        }
        int dropped = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0 && unmatchable(line.substring(0, tab))) {
                    dropped++;
                } else {
                    writer.write(line);
                    writer.write('\n');
                }
            }
        }
        return dropped;
    }
}
