package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.cli.EntenteCli;
import org.entente.pipeline.SeedFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente bench --quick} and {@code entente bench --profile} end to end through the command line, on two
 * repository articles and small stores: every phase runs for real (a CoreNLP pipeline, Entente's extraction, two TDB2
 * loads, the bundled queries, a server in a new JVM), twice. Only the shape of the output is checked, never a timing:
 * the rows and keys, and that every median lies between its run's fastest and slowest.
 */
class BenchCommandTest {
    private static final Pattern LINE = Pattern.compile("bench: extract_vs_baseline=(\\S+) threads=(\\S+) "
            + "extract_vs_baseline_1thread=(\\S+) load_vs_tdb2loader=(\\S+) query_p50_ms=(\\S+) "
            + "query_p99_ms=(\\S+) cold_start_s=(\\S+) peak_heap_mb=(\\S+)");
    /** A phase row after its name (58 characters): items, runs, median, min and max seconds. */
    private static final Pattern REPEATED = Pattern.compile("^\\s*(?:[0-9,]+ \\S+)?\\s+([0-9]+)\\s+([0-9.]+)\\s+"
            + "([0-9.]+)\\s+([0-9.]+)\\s");
    private static final Pattern PROFILE_LINE = Pattern.compile("profile: articles=2 repeats=2 baseline_cpu_ms=(\\S+) "
            + "entente_cpu_ms=(\\S+) entente_over_baseline=(\\S+) process_cpu_ms=(\\S+)");
    private static final List<String> ARTICLES = List.of("us-announces-restrictions-on-flying-to-cuba",
            "new-south-wales-decriminalizes-abortion");

    private static Path twoArticles(Path tmp) throws IOException {
        Path corpus = tmp.resolve("corpus");
        for (String name : ARTICLES) {
            Path from = SeedFixture.repo().resolve("tests/gold/wikinews").resolve(name);
            Path to = Files.createDirectories(corpus.resolve(name));
            for (String file : List.of("article.txt", "article.json")) {
                Files.copy(from.resolve(file), to.resolve(file));
            }
        }
        return corpus;
    }

    /** Runs a command line in this JVM, appending what it prints on standard output to {@code out}. */
    static int run(StringBuilder out, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            return EntenteCli.run(args);
        } finally {
            System.setOut(old);
            out.append(buf.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void quickRunPrintsTheTableAndTheSummaryLine(@TempDir Path tmp) throws IOException {
        Path corpus = twoArticles(tmp);
        StringBuilder out = new StringBuilder();
        int code = run(out, "bench", "--quick", "--corpus", corpus.toString(), "--load-quads", "5000",
                "--query-triples", "20000", "--query-runs", "2", "--threads", "2", "--repeats", "2");
        String text = out.toString();
        assertEquals(0, code, text);

        assertTrue(text.contains(": 2 articles from "), text);
        for (String row : List.of("(a) CoreNLP tokenize,pos,lemma,ner: load models",
                "(a) CoreNLP tokenize,pos,lemma,ner: annotate, 1 thread ",
                "(a) CoreNLP tokenize,pos,lemma,ner: annotate, 2 threads ", "(b) Entente pipeline: load models",
                "(b) Entente extraction, 1 thread ", "(b) Entente extraction, 2 threads ",
                "(c) Jena tdb2.tdbloader (phased), same JVM",
                "(c) Entente store, 32 articles per transaction", "(d) query store:", "(d) competency queries",
                "(e) cold start", "all runs pooled", "targets (issue 7):", "cold start child (serve, its own JVM)")) {
            assertTrue(text.contains(row), "missing '" + row + "' in\n" + text);
        }
        assertTrue(text.contains("anchor"), text);
        assertTrue(text.contains(" median s ") && text.contains(" min s ") && text.contains(" max s "), text);
        int repeated = 0;
        for (String line : text.lines().filter(l -> l.startsWith("(") && l.length() > 58).toList()) {
            Matcher row = REPEATED.matcher(line.substring(58));
            if (row.find() && Integer.parseInt(row.group(1)) > 1) {
                repeated++;
                assertEquals(2, Integer.parseInt(row.group(1)), line);
                double median = Double.parseDouble(row.group(2));
                assertTrue(Double.parseDouble(row.group(3)) <= median && median <= Double.parseDouble(row.group(4)),
                        "median not between min and max: " + line);
            }
        }
        assertTrue(repeated >= 7, "annotate and extract on 1 and 2 threads, two loads and cold start run twice:\n"
                + text);
        Matcher size = Pattern.compile("queries on ([0-9,]+) distinct quads").matcher(text);
        assertTrue(size.find(), text);
        assertTrue(Long.parseLong(size.group(1).replace(",", "")) >= 20_000, text);
        try (Stream<Path> files = Files.list(SeedFixture.repo().resolve("queries"))) {
            for (Path query : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String name = query.getFileName().toString();
                boolean remote = Files.readString(query).contains("SERVICE <");
                assertTrue(Pattern.compile("(?m)^" + Pattern.quote(name) + " ").matcher(text).find() != remote,
                        name + (remote ? " calls a remote service and must be skipped" : " must be timed") + "\n" + text);
            }
        }

        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        Matcher last = LINE.matcher(lines.get(lines.size() - 1));
        assertTrue(last.matches(), "last line: " + lines.get(lines.size() - 1));
        for (int i = 1; i <= 8; i++) {
            double value = Double.parseDouble(last.group(i));
            assertTrue(value > 0 && Double.isFinite(value), "figure " + i + " is " + last.group(i));
        }
        assertEquals("2", last.group(2), "threads=2 on the bench line");
        assertTrue(last.group(8).matches("[0-9]+"), "peak_heap_mb is a whole number: " + last.group(8));
    }

    @Test
    void profilePrintsCpuPerStageAndTheProfileLine(@TempDir Path tmp) throws IOException {
        Path corpus = twoArticles(tmp);
        StringBuilder out = new StringBuilder();
        int code = run(out, "bench", "--profile", "--corpus", corpus.toString(), "--repeats", "2");
        String text = out.toString();
        assertEquals(0, code, text);

        assertTrue(text.contains(": 2 articles from ") && text.contains("profile on 1 thread, 2 passes"), text);
        List<String> stages = List.of("tokenize", "pos", "lemma", "ner", "depparse", "linking", "fact rules",
                "codebook rule", "merging and filters", "RDF writing", "SHACL", "in no stage", "total (the thread)",
                "whole process (GC, JIT too)");
        for (String stage : stages) {
            String line = text.lines().filter(l -> l.startsWith(stage + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + stage + " in\n" + text));
            double median = Double.parseDouble(line.substring(50, 62).trim());
            double min = Double.parseDouble(line.substring(63, 73).trim());
            double max = Double.parseDouble(line.substring(74, 84).trim());
            assertTrue(min <= median && median <= max, "median not between min and max: " + line);
            assertEquals(stage.equals("depparse") || stage.equals("linking") || stage.startsWith("fact")
                    || stage.startsWith("codebook") || stage.startsWith("merging") || stage.startsWith("RDF")
                    || stage.equals("SHACL"), line.substring(37, 49).isBlank(), "baseline column of " + line);
        }
        assertTrue(text.lines().anyMatch(l -> l.startsWith("  ner: CRF models ")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("  ner: SUTime ")), text);

        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        Matcher last = PROFILE_LINE.matcher(lines.get(lines.size() - 1));
        assertTrue(last.matches(), "last line: " + lines.get(lines.size() - 1));
        for (int i = 1; i <= 4; i++) {
            double value = Double.parseDouble(last.group(i));
            assertTrue(value > 0 && Double.isFinite(value), "figure " + i + " is " + last.group(i));
        }
    }

    @Test
    void aMissingCorpusIsAUsageError(@TempDir Path tmp) {
        StringBuilder out = new StringBuilder();
        assertEquals(EntenteCli.USAGE, run(out, "bench", "--quick", "--corpus", tmp.resolve("absent").toString()));
        assertEquals(EntenteCli.USAGE, run(out, "bench", "--quick", "--corpus", tmp.toString(), "--query-runs", "0"));
        assertEquals(EntenteCli.USAGE, run(out, "bench", "--quick", "--corpus", tmp.toString(), "--batch", "1"));
        assertEquals(EntenteCli.USAGE, run(out, "bench", "--quick", "--corpus", tmp.toString(), "--repeats", "0"));
    }
}
