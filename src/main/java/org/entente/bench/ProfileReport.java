package org.entente.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.entente.bench.StageProfiler.ProfilePass;

/**
 * Where the time goes (the profile of {@code bench --profile}): CPU milliseconds per article of every stage, for the
 * CoreNLP baseline and for Entente's extraction, over the same articles on one thread: the median of the passes, with
 * Entente's fastest and slowest pass beside it and its share of Entente's total. Rows: every CoreNLP annotator (ner
 * split into its parts by stack samples), Entente's own stages, the time in no stage, the total of the thread, and the
 * CPU of the whole process meanwhile (garbage collection and JIT compilation too). Ends with one machine-readable line:
 * {@code profile: articles=N repeats=N baseline_cpu_ms=N entente_cpu_ms=N entente_over_baseline=R process_cpu_ms=N}.
 *
 * <pre>
 * ProfileReport report = Bench.create().corpus(corpus).problems(problems).build().profile();
 * report.print(new PrintWriter(System.out, true));
 * </pre>
 */
public final class ProfileReport {
    static final String OTHER = "in no stage";
    static final String TOTAL = "total (the thread)";
    static final String PROCESS = "whole process (GC, JIT too)";
    private static final String ROW = "%-36s %12s %12s %10s %10s %8s%n";
    private static final String NER_PART = "  ner: ";

    private final String header;
    private final List<ProfilePass> baseline;
    private final List<ProfilePass> entente;

    ProfileReport(Builder b) {
        this.header = b.header;
        this.baseline = List.copyOf(b.baseline);
        this.entente = List.copyOf(b.entente);
    }

    /**
     * One row: a stage's figures for each pipeline; null where the pipeline does not have the stage.
     *
     * @param stage the stage
     * @param baseline the baseline's figures
     * @param entente Entente's figures
     */
    record Row(String stage, Cell baseline, Cell entente) {
    }

    /**
     * A stage's CPU in ms per article over the passes.
     *
     * @param median median of the passes
     * @param min fastest pass
     * @param max slowest pass
     */
    record Cell(double median, double min, double max) {
        Cell times(double factor) {
            return new Cell(median * factor, min * factor, max * factor);
        }
    }

    /** Every row, stages in the order they run, then the time in no stage, the total and the process's. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String stage : stageOrder()) {
            rows.add(new Row(stage, cell(baseline, p -> p.stages().get(stage)),
                    cell(entente, p -> p.stages().get(stage))));
            if (stage.equals(StageProfiler.NER)) {
                rows.addAll(nerParts(rows.get(rows.size() - 1)));
            }
        }
        ToLongFunction<ProfilePass> other = p -> p.threadNanos() - p.stages().values().stream().mapToLong(v -> v).sum();
        rows.add(new Row(OTHER, cell(baseline, other::applyAsLong), cell(entente, other::applyAsLong)));
        rows.add(new Row(TOTAL, cell(baseline, ProfilePass::threadNanos), cell(entente, ProfilePass::threadNanos)));
        rows.add(new Row(PROCESS, cell(baseline, ProfilePass::processNanos),
                cell(entente, ProfilePass::processNanos)));
        return rows;
    }

    /** CPU ms per article of the baseline's thread (median of the passes). */
    double baselineMillis() {
        return cell(baseline, ProfilePass::threadNanos).median();
    }

    /** CPU ms per article of Entente's thread (median of the passes). */
    double ententeMillis() {
        return cell(entente, ProfilePass::threadNanos).median();
    }

    /** The table, then the machine-readable line. */
    public void print(PrintWriter out) {
        out.println(header);
        out.println();
        out.printf(Locale.ROOT, ROW, "stage (CPU ms per article)", "baseline", "Entente", "min", "max", "share");
        double total = ententeMillis();
        for (Row row : rows()) {
            Cell b = row.baseline();
            Cell e = row.entente();
            boolean shared = e != null && total > 0 && !row.stage().equals(PROCESS);
            out.printf(Locale.ROOT, ROW, row.stage(), b == null ? "" : Figures.num(b.median()),
                    e == null ? "" : Figures.num(e.median()), e == null ? "" : Figures.num(e.min()),
                    e == null ? "" : Figures.num(e.max()),
                    shared ? String.format(Locale.ROOT, "%.1f%%", 100 * e.median() / total) : "");
        }
        out.println("CPU of the thread that processed the articles while the stage ran, median of " + entente.size()
                + " passes; min and max: Entente's fastest and slowest pass; share: of Entente's total. ner's parts "
                + "split ner's time by stack samples every " + StageProfiler.SAMPLE_MILLIS + " ms ("
                + nerSamples(baseline) + " and " + nerSamples(entente) + " samples). The whole process counts in "
                + "10 ms ticks.");
        out.println();
        out.println(line());
        out.flush();
    }

    /** The machine-readable summary line. */
    public String line() {
        return "profile: articles=" + entente.get(0).articles() + " repeats=" + entente.size()
                + " baseline_cpu_ms=" + Figures.num(baselineMillis())
                + " entente_cpu_ms=" + Figures.num(ententeMillis())
                + " entente_over_baseline=" + Figures.num(ententeMillis() / baselineMillis())
                + " process_cpu_ms=" + Figures.num(cell(entente, ProfilePass::processNanos).median());
    }

    /** Stages of both pipelines in the order they run: the baseline's, with Entente's own after their predecessor. */
    private List<String> stageOrder() {
        List<String> order = new ArrayList<>(baseline.get(0).order());
        int at = -1;
        for (String stage : entente.get(0).order()) {
            int found = order.indexOf(stage);
            if (found >= 0) {
                at = found;
            } else {
                order.add(++at, stage);
            }
        }
        return order;
    }

    /** ms per article of a figure of each pass (null when no pass has it). */
    private static Cell cell(List<ProfilePass> passes, Function<ProfilePass, Long> nanos) {
        if (passes.stream().allMatch(p -> nanos.apply(p) == null)) {
            return null;
        }
        double[] perArticle = new double[passes.size()];
        for (int i = 0; i < passes.size(); i++) {
            Long value = nanos.apply(passes.get(i));
            perArticle[i] = (value == null ? 0 : value) / 1e6 / passes.get(i).articles();
        }
        return new Cell(Percentiles.median(perArticle), Arrays.stream(perArticle).min().orElseThrow(),
                Arrays.stream(perArticle).max().orElseThrow());
    }

    /** ner's parts: its row scaled by each part's share of the samples of all passes. */
    private List<Row> nerParts(Row ner) {
        Map<String, Long> b = samples(baseline);
        Map<String, Long> e = samples(entente);
        List<Row> rows = new ArrayList<>();
        for (String part : NerParts.ALL) {
            if (b.containsKey(part) || e.containsKey(part)) {
                rows.add(new Row(NER_PART + part, share(ner.baseline(), b, part), share(ner.entente(), e, part)));
            }
        }
        return rows;
    }

    private static Cell share(Cell whole, Map<String, Long> samples, String part) {
        long all = samples.values().stream().mapToLong(Long::longValue).sum();
        if (whole == null || all == 0) {
            return null;
        }
        return whole.times(samples.getOrDefault(part, 0L) / (double) all);
    }

    private static Map<String, Long> samples(List<ProfilePass> passes) {
        Map<String, Long> sum = new LinkedHashMap<>();
        passes.forEach(p -> p.nerSamples().forEach((k, v) -> sum.merge(k, v, Long::sum)));
        return sum;
    }

    private static long nerSamples(List<ProfilePass> passes) {
        return samples(passes).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Collects the passes; {@link #build()} checks them. */
    static final class Builder {
        private String header = "";
        private final List<ProfilePass> baseline = new ArrayList<>();
        private final List<ProfilePass> entente = new ArrayList<>();

        Builder header(String value) {
            header = value;
            return this;
        }

        Builder baseline(ProfilePass pass) {
            baseline.add(pass);
            return this;
        }

        Builder entente(ProfilePass pass) {
            entente.add(pass);
            return this;
        }

        /**
         * Checks the passes.
         *
         * @throws IllegalStateException when a pipeline has no pass, or a pass no article
         */
        ProfileReport build() {
            if (baseline.isEmpty() || entente.isEmpty()) {
                throw new IllegalStateException("a profile needs passes of the baseline and of Entente");
            }
            if (baseline.stream().anyMatch(p -> p.articles() == 0)
                    || entente.stream().anyMatch(p -> p.articles() == 0)) {
                throw new IllegalStateException("a profiling pass handled no article");
            }
            return new ProfileReport(this);
        }
    }
}
