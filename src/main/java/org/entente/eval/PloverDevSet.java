package org.entente.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.entente.error.EntenteException;
import org.entente.error.Location;
import org.entente.facts.ArticleFacts;
import org.entente.facts.Fact;
import org.entente.facts.FactExtractor;
import org.entente.facts.FactType;
import org.entente.facts.Interaction;
import org.entente.facts.Role;
import org.entente.ingest.Article;
import org.entente.link.Actor;
import org.entente.link.ActorRegistry;

/**
 * Scores extraction on sentences that others coded with a PLOVER type, a source and a target (a TSV with the columns
 * {@code sentence_id}, {@code sentence}, {@code marked_sentence} with the source in {@code <s>…</s>} and the target in
 * {@code <t>…</t>}, and {@code plover_root}). A sentence is a hit when Entente extracts an event of its type between
 * the two marked actors, in either direction: the actor an event names must lie inside the marked span (or the span
 * inside it). Rows that do not mark both a source and a target are not scored. It is a dev set, for measuring
 * only: nothing of it goes into the product.
 *
 * <pre>
 * PloverDevSet.Report r = PloverDevSet.create().file(Path.of("plv-train.tsv")).build().run();
 * System.out.print(r.table());
 * </pre>
 */
public final class PloverDevSet {
    /** Older PLOVER names in coded sets, and the current types they stand for. */
    private static final Map<String, Set<String>> OLD_NAMES = Map.of("ACCUSE", Set.of("DISAPPROVE", "INVESTIGATE"),
            "REQUEST", Set.of("DEMAND"), "YIELD", Set.of("CONCEDE", "RETREAT"));

    private final Path file;
    private final FactExtractor extractor;

    private PloverDevSet(Path file, FactExtractor extractor) {
        this.file = file;
        this.extractor = extractor;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Per coded type: sentences, hits, sentences with some event between the pair, and every miss described. */
    public static final class Report {
        private final Map<String, int[]> counts = new TreeMap<>();
        private final List<String> misses = new ArrayList<>();
        private int events;

        /** {sentences, hits, pair found with another type} of a coded type. */
        public int[] counts(String type) {
            return counts.getOrDefault(type, new int[3]);
        }

        public Map<String, int[]> all() {
            return counts;
        }

        public List<String> misses() {
            return misses;
        }

        /** Number of interaction events extracted from all sentences, hit or not. */
        public int events() {
            return events;
        }

        public int sentences() {
            return counts.values().stream().mapToInt(c -> c[0]).sum();
        }

        public int hits() {
            return counts.values().stream().mapToInt(c -> c[1]).sum();
        }

        public String table() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s %6s %6s %7s %12s%n", "coded type",
                    "gold", "hits", "recall", "pair,other"));
            counts.forEach((type, c) -> sb.append(String.format(Locale.ROOT, "%-12s %6d %6d %7.2f %12d%n", type, c[0],
                    c[1], c[0] == 0 ? 0.0 : (double) c[1] / c[0], c[2])));
            sb.append(String.format(Locale.ROOT, "%-12s %6d %6d %7.2f%n", "all", sentences(), hits(),
                    sentences() == 0 ? 0.0 : (double) hits() / sentences()));
            sb.append(String.format(Locale.ROOT, "macro recall over types: %.2f%n", counts.values().stream()
                    .mapToDouble(c -> c[0] == 0 ? 0.0 : (double) c[1] / c[0]).average().orElse(0.0)));
            return sb.toString();
        }
    }

    public Report run() {
        ActorRegistry registry = ActorRegistry.bundled();
        Report report = new Report();
        for (CodedSentence c : read(file)) {
            Article article = new Article("plv-" + c.id(), file + "#id=" + c.id(), null, null, null, null, null, "en",
                    null, null, c.text(), 0, c.text().length());
            ArticleFacts facts = extractor.extract(article);
            int[] tally = report.counts.computeIfAbsent(c.codedType(), t -> new int[3]);
            tally[0]++;
            boolean hit = false;
            boolean pair = false;
            List<String> seen = new ArrayList<>();
            for (Fact f : facts.facts()) {
                Optional<String> type = f.type() == FactType.CODED_EVENT ? f.code().map(code -> code.ploverType())
                        : Interaction.of(f, registry::interactingActor).map(Interaction::ploverType);
                if (type.isEmpty()) {
                    continue;
                }
                report.events++;
                boolean between = between(c, f);
                seen.add(type.get() + "(" + describe(f) + ")" + (between ? "*" : ""));
                if (between && c.ploverTypes().contains(type.get())) {
                    hit = true;
                } else if (between) {
                    pair = true;
                }
            }
            if (hit) {
                tally[1]++;
            } else {
                if (pair) {
                    tally[2]++;
                }
                report.misses.add(c.codedType() + "\t" + c.id() + "\t" + c.source() + " -> " + c.target() + "\t" + seen
                        + "\t" + c.text());
            }
        }
        return report;
    }

    private static String describe(Fact f) {
        List<Actor> ends = new ArrayList<>();
        for (Role r : f.roles().keySet()) {
            ends.addAll(f.all(r));
        }
        return f.code().map(code -> code.code() + " ").orElse(f.type().segment() + " ")
                + String.join(" / ", ends.stream().map(Actor::label).toList())
                + f.codebookEntry().map(e -> " [" + e + " " + f.modality().name().toLowerCase(Locale.ROOT) + "]").orElse("");
    }

    /** Whether the event joins a marked source and a marked target, in either direction. */
    private static boolean between(CodedSentence c, Fact f) {
        if (f.type() == FactType.CODED_EVENT) {
            Optional<int[]> s = f.span(Role.SOURCE);
            Optional<int[]> t = f.span(Role.TARGET);
            if (s.isPresent() && t.isPresent()) {
                boolean forward = insideAny(s.get(), c.sources()) && insideAny(t.get(), c.targets());
                boolean backward = insideAny(s.get(), c.targets()) && insideAny(t.get(), c.sources());
                return forward || backward;
            }
        }
        List<Actor> actors = new ArrayList<>();
        f.roles().values().forEach(actors::addAll);
        boolean source = c.sources().stream().anyMatch(m -> actors.stream().anyMatch(a -> named(text(c, m), a)));
        boolean target = c.targets().stream().anyMatch(m -> actors.stream().anyMatch(a -> named(text(c, m), a)));
        return source && target;
    }

    private static String text(CodedSentence c, int[] mark) {
        return c.text().substring(mark[0], mark[1]);
    }

    private static boolean insideAny(int[] span, List<int[]> marks) {
        return marks.stream().anyMatch(m -> inside(span, m[0], m[1]));
    }

    private static boolean inside(int[] span, int begin, int end) {
        return span[0] < end && begin < span[1] && ((span[0] >= begin && span[1] <= end) || (begin >= span[0] && end <= span[1]));
    }

    private static boolean named(String span, Actor a) {
        String lower = span.toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>(a.aliases());
        names.add(a.label());
        names.addAll(a.demonyms());
        return names.stream().anyMatch(n -> !n.isBlank() && lower.contains(n.toLowerCase(Locale.ROOT)));
    }

    /** The sentences that mark both a source and a target, in file order. */
    static List<CodedSentence> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EntenteException(Location.of(file.toString()), "cannot read coded sentences: " + e.getMessage());
        }
        if (lines.isEmpty()) {
            throw new EntenteException(Location.of(file.toString()), "empty file, expected a header line");
        }
        Map<String, Integer> col = new LinkedHashMap<>();
        String[] header = lines.get(0).split("\t", -1);
        for (int i = 0; i < header.length; i++) {
            col.put(header[i].trim(), i);
        }
        for (String needed : List.of("sentence_id", "marked_sentence", "plover_root")) {
            if (!col.containsKey(needed)) {
                throw new EntenteException(Location.of(file.toString()), "header lacks the column " + needed);
            }
        }
        List<CodedSentence> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            String[] cells = lines.get(n).split("\t", -1);
            if (cells.length < header.length) {
                throw new EntenteException(Location.of(file + ":" + (n + 1)), "row has " + cells.length + " cells, the header " + header.length);
            }
            CodedSentence c = parse(cells[col.get("sentence_id")].trim(), cells[col.get("marked_sentence")],
                    cells[col.get("plover_root")].trim().toUpperCase(Locale.ROOT));
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Removes the {@code <s>} and {@code <t>} marks, keeping the offsets of what each pair encloses (an actor may be
     * marked at several mentions); null when the sentence does not mark both a source and a target, or closes a mark
     * it never opened (such a row cannot be scored as a pair).
     */
    private static CodedSentence parse(String id, String marked, String root) {
        StringBuilder text = new StringBuilder();
        List<int[]> sources = new ArrayList<>();
        List<int[]> targets = new ArrayList<>();
        int[] open = {-1, -1};
        int i = 0;
        boolean wellFormed = true;
        while (i < marked.length()) {
            if (marked.startsWith("<s>", i) || marked.startsWith("<t>", i)) {
                open[marked.charAt(i + 1) == 's' ? 0 : 1] = text.length();
                i += 3;
            } else if (marked.startsWith("</s>", i) || marked.startsWith("</t>", i)) {
                int which = marked.charAt(i + 2) == 's' ? 0 : 1;
                if (open[which] < 0) {
                    wellFormed = false;
                } else {
                    (which == 0 ? sources : targets).add(new int[] {open[which], text.length()});
                    open[which] = -1;
                }
                i += 4;
            } else {
                text.append(marked.charAt(i++));
            }
        }
        if (!wellFormed || sources.isEmpty() || targets.isEmpty()) {
            return null;
        }
        Set<String> types = OLD_NAMES.getOrDefault(root, Set.of(root));
        return new CodedSentence(id, text.toString(), sources, targets, root, types);
    }

    /** Builds a {@link PloverDevSet}; the file must exist. */
    public static final class Builder {
        private Path file;
        private FactExtractor extractor;

        public Builder file(Path value) {
            this.file = value;
            return this;
        }

        public Builder extractor(FactExtractor value) {
            this.extractor = value;
            return this;
        }

        public PloverDevSet build() {
            if (file == null || !Files.isRegularFile(file)) {
                throw new IllegalArgumentException("coded sentence file is not a file: " + file);
            }
            return new PloverDevSet(file, extractor != null ? extractor : FactExtractor.create().build());
        }
    }
}
