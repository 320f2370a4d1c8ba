package org.entente.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.error.EntenteException;
import org.entente.error.Location;

/**
 * The event codebook: verbs and nouns that name events, the patterns that give them their most specific CAMEO code,
 * what each code means (PLOVER type and mode, Goldstein weight), how a planned act is coded (an expressed intent or a
 * threat), and the phrases of sport and entertainment news that yield no event. All of it is data: the files of the
 * repository's {@code codebook/} folder, generated from the CAMEO verb dictionary and the CAMEO-to-PLOVER table and
 * curated on top ({@code codebook/README.md}). The Java side only matches.
 *
 * <pre>
 * Codebook book = Codebook.bundled();                                   // the files built into the jar
 * Codebook mine = Codebook.create().directory(Path.of("codebook")).build(); // a researcher's edited copy
 * book.code("0311").map(CameoCode::ploverType);                         // Optional[AGREE]
 * </pre>
 */
public final class Codebook {
    private static final String RESOURCE_ROOT = "/org/entente/codebook/";
    private static volatile Codebook bundled;

    private final Map<String, List<VerbEntry>> verbsByLemma;
    private final Map<String, List<VerbPattern>> patternsByBlock;
    private final Map<String, List<NounTrigger>> nounsByLemma;
    private final Map<String, CameoCode> codes;
    private final Map<String, String> intents;
    private final Map<String, String> refusals;
    private final List<List<String>> discards;
    private final Map<String, String> agents;
    private final Set<String> reciprocal;
    private final Set<String> reportingVerbs;
    private final Map<String, String> obligationModals;
    private final Set<String> labellingVerbs;
    private final Map<String, String> labelWords;
    private final Map<String, String> verbalForce;
    private final int patternCount;

    private Codebook(Loaded l) {
        this.verbsByLemma = l.verbs;
        this.patternsByBlock = l.patterns;
        this.nounsByLemma = l.nouns;
        this.codes = l.codes;
        this.intents = l.intents;
        this.refusals = l.refusals;
        this.discards = l.discards;
        this.agents = l.agents;
        this.reciprocal = l.reciprocal;
        this.reportingVerbs = l.reportingVerbs;
        this.obligationModals = l.obligationModals;
        this.labellingVerbs = l.labellingVerbs;
        this.labelWords = l.labelWords;
        this.verbalForce = l.verbalForce;
        this.patternCount = l.patternCount;
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * The codebook built into the jar, or the folder named by the system property {@code entente.codebook} when it is
     * set (a researcher's edited codebook, used without recompiling).
     */
    public static Codebook bundled() {
        Codebook b = bundled;
        if (b == null) {
            synchronized (Codebook.class) {
                if (bundled == null) {
                    String dir = System.getProperty("entente.codebook");
                    bundled = dir == null || dir.isBlank() ? new Codebook(Loaded.from(Codebook::resource))
                            : create().directory(Path.of(dir)).build();
                }
                b = bundled;
            }
        }
        return b;
    }

    /** Verb entries whose lemma is this one, over all blocks. */
    public List<VerbEntry> verbs(String lemma) {
        return verbsByLemma.getOrDefault(lemma, List.of());
    }

    /** The patterns of a verb block, most specific first. */
    public List<VerbPattern> patterns(String block) {
        return patternsByBlock.getOrDefault(block, List.of());
    }

    /** Noun triggers for a noun lemma. */
    public List<NounTrigger> nouns(String lemma) {
        return nounsByLemma.getOrDefault(lemma, List.of());
    }

    /** A CAMEO code's meaning; four-digit codes the table lacks fall back to their three-digit parent. */
    public Optional<CameoCode> code(String code) {
        CameoCode c = codes.get(code);
        if (c == null && code.length() == 4) {
            c = codes.get(code.substring(0, 3));
        }
        return Optional.ofNullable(c);
    }

    /**
     * The code of the same act announced, not done: "will provide aid" (073) is an expressed intent to provide
     * humanitarian aid (0333); "will impose sanctions" (163) a threat to sanction (1312). The longest prefix of the
     * code in the intent table decides; a code it lacks has no planned form (empty).
     */
    public Optional<String> plannedCode(String code) {
        return byLongestPrefix(intents, code);
    }

    /**
     * The rejection an act becomes when the text says its actor will not do it, refuses or fails to: "will not lift the
     * embargo" (085) declines to ease economic sanctions (1244), "refused talks" (04x) rejects a proposal to negotiate
     * (125). The longest prefix of the code in the refusal table decides; a code it lacks (force, coercion, demands)
     * has no refused form (empty), and an act that is already a rejection (CAMEO 12) keeps its code.
     */
    public Optional<CameoCode> refused(CameoCode code) {
        if (code.root().equals("12")) {
            return Optional.of(code);
        }
        return byLongestPrefix(refusals, code.code()).flatMap(this::code);
    }

    private static Optional<String> byLongestPrefix(Map<String, String> table, String code) {
        for (int n = code.length(); n >= 2; n--) {
            String mapped = table.get(code.substring(0, n));
            if (mapped != null) {
                return Optional.of(mapped);
            }
        }
        return Optional.empty();
    }

    /**
     * The code an act takes when the text announces it rather than reports it done: its intent or threat form
     * ({@link #plannedCode}); an intent or threat (CAMEO 03, 13) and a code without a planned form stay as they are.
     */
    public CameoCode planned(CameoCode code) {
        if (code.root().equals("03") || code.root().equals("13")) {
            return code;
        }
        return plannedCode(code.code()).flatMap(this::code).orElse(code);
    }

    /** Whether a sentence (its lowercase words) holds a discard phrase: sport, entertainment, business. */
    public boolean discards(List<String> lowercaseWords) {
        for (List<String> phrase : discards) {
            for (int i = 0; i + phrase.size() <= lowercaseWords.size(); i++) {
                if (lowercaseWords.subList(i, i + phrase.size()).equals(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The longest phrase of the agents table that the words end with. */
    public static final int MAX_AGENT_WORDS = 4;

    /** A generic agent of the agents table: its words and its CAMEO sector code. */
    public record Agent(String phrase, String sector) {
    }

    /**
     * The generic agent ("police" COP, "foreign minister" GOV, "protesters" OPP) that the words end with, trying the
     * longest phrase first; the first sector when the table gives several.
     */
    public Optional<Agent> agent(List<String> lowercaseWords) {
        for (int n = Math.min(MAX_AGENT_WORDS, lowercaseWords.size()); n >= 1; n--) {
            String phrase = String.join(" ", lowercaseWords.subList(lowercaseWords.size() - n, lowercaseWords.size()));
            String sector = agents.get(phrase);
            if (sector != null) {
                return Optional.of(new Agent(phrase, sector));
            }
        }
        return Optional.empty();
    }

    /** Whether a verb's conjoined subjects act on each other ("Russia and China agreed"). */
    public boolean isReciprocal(String lemma) {
        return reciprocal.contains(lemma);
    }

    /**
     * The code a verb of force has between two people, where it is words ("Biden attacked Trump on taxes"): empty for
     * verbs that stay force, which between two people is no event between political actors.
     */
    public Optional<CameoCode> verbalForce(String lemma) {
        return Optional.ofNullable(verbalForce.get(lemma)).flatMap(this::code);
    }

    /** Whether a verb puts a label on its object: "called X a clown", "described X as a provocation". */
    public boolean labels(String lemma) {
        return labellingVerbs.contains(lemma);
    }

    /**
     * The code of labelling someone or something with a word ("illegal", "clown": 111; "partner", "historic": 051);
     * empty for a word that is no judgement.
     */
    public Optional<CameoCode> label(String lowercaseWord) {
        String c = labelWords.get(lowercaseWord);
        return c == null ? Optional.empty() : code(c);
    }

    /** Whether a verb reports what someone says, so that an obligation in its clause is a demand ("said Y must"). */
    public boolean reportsObligation(String lemma) {
        return reportingVerbs.contains(lemma);
    }

    /**
     * The demand code of an obligation word ("must", "should", "need"): what the speaker of "Y must withdraw" does to
     * Y; empty for other words.
     */
    public Optional<CameoCode> obligation(String word) {
        String c = obligationModals.get(word);
        return c == null ? Optional.empty() : code(c);
    }

    /** Number of verb patterns, for reports. */
    public int patternCount() {
        return patternCount;
    }

    private static InputStream resource(String name) {
        return Codebook.class.getResourceAsStream(RESOURCE_ROOT + name);
    }

    /** Builds a {@link Codebook} from a folder laid out as the repository's {@code codebook/}. */
    public static final class Builder {
        private Path directory;

        public Builder directory(Path value) {
            this.directory = value;
            return this;
        }

        public Codebook build() {
            if (directory == null || !Files.isDirectory(directory)) {
                throw new IllegalArgumentException("codebook directory is not a folder: " + directory);
            }
            if (!Files.isRegularFile(directory.resolve("generated/cameo-codes.tsv"))) {
                throw new IllegalArgumentException("not a codebook folder (no generated/cameo-codes.tsv): " + directory);
            }
            Path dir = directory;
            return new Codebook(Loaded.from(new Opener() {
                @Override
                public InputStream open(String name) {
                    Path p = dir.resolve(name);
                    try {
                        return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read codebook file " + p, e);
                    }
                }

                @Override
                public String describe(String name) {
                    return dir.resolve(name).toString();
                }
            }));
        }
    }

    /** Opens a codebook file by its path under the codebook root; null when it does not exist. */
    private interface Opener {
        InputStream open(String name);

        /** How messages name the file: its path in a researcher's folder, its place in the jar otherwise. */
        default String describe(String name) {
            return "codebook/" + name + " (built in)";
        }
    }

    /** The tables read and indexed. */
    private static final class Loaded {
        final Map<String, List<VerbEntry>> verbs = new HashMap<>();
        final Map<String, List<VerbPattern>> patterns = new HashMap<>();
        final Map<String, List<NounTrigger>> nouns = new HashMap<>();
        final Map<String, CameoCode> codes = new HashMap<>();
        final Map<String, String> intents = new HashMap<>();
        final Map<String, String> refusals = new HashMap<>();
        final List<List<String>> discards = new ArrayList<>();
        final Map<String, String> agents = new HashMap<>();
        final Set<String> disabledPatterns = new HashSet<>();
        final Set<String> removedVerbs = new HashSet<>();
        final Set<String> reciprocal = new HashSet<>();
        final Set<String> reportingVerbs = new HashSet<>();
        final Map<String, String> obligationModals = new HashMap<>();
        final Set<String> labellingVerbs = new HashSet<>();
        final Map<String, String> labelWords = new HashMap<>();
        final Map<String, String> verbalForce = new HashMap<>();
        int patternCount;

        static Loaded from(Opener opener) {
            Loaded l = new Loaded();
            try {
                l.readCodes(table(opener, "generated/cameo-codes.tsv", true, "code", "plover_type", "goldstein"));
                Map<String, VerbEntry> verbKeys = new LinkedHashMap<>();
                l.readVerbs(table(opener, "generated/verbs.tsv", true, "block", "phrase", "code"), verbKeys);
                Map<String, VerbEntry> curated = new LinkedHashMap<>();
                l.readVerbs(table(opener, "curated/verbs.tsv", false, "block", "phrase", "code"), curated);
                curated.forEach((key, v) -> verbKeys.remove(key));
                verbKeys.keySet().removeAll(l.removedVerbs);
                for (VerbEntry v : curated.values()) {
                    l.verbs.computeIfAbsent(v.lemma(), k -> new ArrayList<>()).add(v);
                }
                for (VerbEntry v : verbKeys.values()) {
                    l.verbs.computeIfAbsent(v.lemma(), k -> new ArrayList<>()).add(v);
                }
                l.readPatterns(table(opener, "curated/patterns.tsv", false, "id", "block", "code"));
                l.readPatterns(table(opener, "generated/patterns.tsv", true, "id", "block", "code"));
                l.patterns.values().forEach(list -> list.sort(Comparator.comparingInt(VerbPattern::specificity)
                        .reversed().thenComparingInt(VerbPattern::order)));
                l.readNouns(table(opener, "curated/nouns.tsv", false, "noun", "code"));
                l.readCodeMap(table(opener, "curated/intent.tsv", false, "code", "planned_code"), "planned_code",
                        l.intents);
                l.readCodeMap(table(opener, "curated/refusals.tsv", false, "code", "refused_code"), "refused_code",
                        l.refusals);
                l.readDiscards(table(opener, "generated/discards.tsv", false, "phrase", "level"));
                l.readDiscards(table(opener, "curated/discards.tsv", false, "phrase", "level"));
                l.readAgents(table(opener, "generated/agents.tsv", false, "phrase", "sector"));
                l.readAgents(table(opener, "curated/agents.tsv", false, "phrase", "sector"));
                CodebookTable mutual = table(opener, "curated/reciprocal.tsv", false, "verb");
                if (mutual != null) {
                    mutual.rows().forEach(r -> l.reciprocal.add(mutual.get(r, "verb").toLowerCase(Locale.ROOT)));
                }
                l.readVerbsAndWords(table(opener, "curated/obligations.tsv", false, "kind", "word", "code"), "modal",
                        l.reportingVerbs, l.obligationModals);
                l.readVerbsAndWords(table(opener, "curated/labels.tsv", false, "kind", "word", "code"), "word",
                        l.labellingVerbs, l.labelWords);
                l.readVerbCodes(table(opener, "curated/verbal.tsv", false, "verb", "code"), l.verbalForce);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the codebook", e);
            }
            return l;
        }

        private static CodebookTable table(Opener opener, String name, boolean required, String... columns)
                throws IOException {
            InputStream in = opener.open(name);
            if (in == null) {
                if (required) {
                    throw new EntenteException(Location.of(opener.describe(name)), "codebook file missing");
                }
                return null;
            }
            return CodebookTable.read(opener.describe(name), in, columns);
        }

        /**
         * A table of verbs and words ({@code kind}, {@code word}, {@code code}): "verb" rows into {@code verbsOut},
         * {@code wordKind} rows with their code into {@code wordsOut}.
         */
        private void readVerbsAndWords(CodebookTable t, String wordKind, Set<String> verbsOut,
                Map<String, String> wordsOut) {
            if (t == null) {
                return;
            }
            for (int i = 0; i < t.rows().size(); i++) {
                String[] r = t.rows().get(i);
                String word = t.get(r, "word").toLowerCase(Locale.ROOT);
                String kind = t.get(r, "kind");
                if (kind.equals("verb")) {
                    verbsOut.add(word);
                } else if (kind.equals(wordKind)) {
                    String code = t.get(r, "code");
                    if (!codes.containsKey(code)) {
                        throw new EntenteException(Location.of(t.where(i)), "unknown CAMEO code '" + code + "'");
                    }
                    wordsOut.put(word, code);
                } else {
                    throw new EntenteException(Location.of(t.where(i)),
                            "kind must be verb or " + wordKind + ", not '" + kind + "'");
                }
            }
        }

        private void readCodes(CodebookTable t) {
            for (int i = 0; i < t.rows().size(); i++) {
                String[] r = t.rows().get(i);
                String code = t.get(r, "code");
                if (!code.matches("\\d{2,4}")) {
                    throw new EntenteException(Location.of(t.where(i)), "not a CAMEO code: '" + code + "'");
                }
                BigDecimal weight;
                try {
                    weight = new BigDecimal(t.get(r, "goldstein"));
                } catch (NumberFormatException e) {
                    throw new EntenteException(Location.of(t.where(i)), "Goldstein weight is not a number: '"
                            + t.get(r, "goldstein") + "'");
                }
                codes.putIfAbsent(code, new CameoCode(code, t.get(r, "description"),
                        t.get(r, "plover_type").toUpperCase(Locale.ROOT), t.get(r, "plover_mode"), weight));
            }
        }

        private void readVerbs(CodebookTable t, Map<String, VerbEntry> byKey) {
            if (t == null) {
                return;
            }
            for (int i = 0; i < t.rows().size(); i++) {
                String[] r = t.rows().get(i);
                String block = t.get(r, "block");
                String phrase = t.get(r, "phrase").toLowerCase(Locale.ROOT);
                String code = t.get(r, "code");
                if (block.isEmpty() || phrase.isEmpty()) {
                    throw new EntenteException(Location.of(t.where(i)), "verb row needs a block and a phrase");
                }
                String key = block + "\t" + phrase;
                if (code.equals("-")) {
                    byKey.remove(key);
                    removedVerbs.add(key);
                    continue;
                }
                checkCode(t, i, code, true);
                byKey.put(key, VerbEntry.of(block, phrase, code));
            }
        }

        private void readPatterns(CodebookTable t) {
            if (t == null) {
                return;
            }
            for (int i = 0; i < t.rows().size(); i++) {
                String[] r = t.rows().get(i);
                String code = t.get(r, "code");
                if (code.equals("-")) {
                    disabledPatterns.add(t.get(r, "id"));
                    continue;
                }
                if (disabledPatterns.contains(t.get(r, "id"))) {
                    continue;
                }
                checkCode(t, i, code, false);
                VerbPattern p = new VerbPattern(t.get(r, "id"), t.get(r, "block"), Term.parseAll(t.get(r, "subject")),
                        Term.parseAll(t.get(r, "object")), PrepTerm.parseAll(t.get(r, "preps")), code,
                        t.get(r, "reverse").equals("1"), t.get(r, "comment"), patternCount++);
                patterns.computeIfAbsent(p.block(), k -> new ArrayList<>()).add(p);
            }
        }

        private void readNouns(CodebookTable t) {
            if (t == null) {
                return;
            }
            for (int i = 0; i < t.rows().size(); i++) {
                String[] r = t.rows().get(i);
                String code = t.get(r, "code");
                checkCode(t, i, code, false);
                String noun = t.get(r, "noun").toLowerCase(Locale.ROOT);
                nouns.computeIfAbsent(noun, k -> new ArrayList<>())
                        .add(new NounTrigger(noun, Term.parse(t.get(r, "modifier")), code, t.get(r, "of"), t.get(r, "comment")));
            }
        }

        /** A table from a code (prefix) to the code of the same act in another form: planned, refused. */
        private void readCodeMap(CodebookTable t, String valueColumn, Map<String, String> into) {
            if (t == null) {
                return;
            }
            for (int i = 0; i < t.rows().size(); i++) {
                String[] r = t.rows().get(i);
                checkCode(t, i, t.get(r, "code"), false);
                checkCode(t, i, t.get(r, valueColumn), false);
                into.put(t.get(r, "code"), t.get(r, valueColumn));
            }
        }

        /** A table of verbs and the code each has ({@code verb}, {@code code}), each code checked. */
        private void readVerbCodes(CodebookTable t, Map<String, String> into) {
            if (t == null) {
                return;
            }
            for (int i = 0; i < t.rows().size(); i++) {
                String[] r = t.rows().get(i);
                checkCode(t, i, t.get(r, "code"), false);
                into.put(t.get(r, "verb").toLowerCase(Locale.ROOT), t.get(r, "code"));
            }
        }

        private void readDiscards(CodebookTable t) {
            if (t == null) {
                return;
            }
            for (String[] r : t.rows()) {
                String phrase = t.get(r, "phrase").toLowerCase(Locale.ROOT);
                if (!phrase.isEmpty() && !phrase.matches("[0-9 ]+")) {
                    discards.add(List.of(phrase.split("\\s+")));
                }
            }
        }

        private void readAgents(CodebookTable t) {
            if (t == null) {
                return;
            }
            for (String[] r : t.rows()) {
                String phrase = t.get(r, "phrase").toLowerCase(Locale.ROOT);
                String sector = t.get(r, "sector");
                if (phrase.isEmpty()) {
                    continue;
                }
                if (sector.equals("-")) {
                    agents.remove(phrase);
                } else if (!sector.isEmpty()) {
                    agents.put(phrase, sector.split("\\|")[0]);
                }
            }
        }

        private void checkCode(CodebookTable t, int row, String code, boolean mayBeEmpty) {
            if (code.isEmpty() && mayBeEmpty) {
                return;
            }
            if (!code.matches("\\d{2,4}")) {
                throw new EntenteException(Location.of(t.where(row)), "not a CAMEO code: '" + code + "'");
            }
            if (!codes.containsKey(code) && !codes.containsKey(code.length() == 4 ? code.substring(0, 3) : code)) {
                throw new EntenteException(Location.of(t.where(row)), "CAMEO code " + code
                        + " is not in generated/cameo-codes.tsv");
            }
        }
    }
}
