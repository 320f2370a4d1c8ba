package org.entente.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one bench run measured, printed as a table of phases (the median of the runs of each, with the fastest and the
 * slowest run beside it), a table of queries, the targets of issue 7 with where the run stands, and one
 * machine-readable line:
 * {@code bench: extract_vs_baseline=R threads=N extract_vs_baseline_1thread=R load_vs_tdb2loader=R query_p50_ms=N
 * query_p99_ms=N cold_start_s=N peak_heap_mb=N}, where {@code extract_vs_baseline} compares Entente and the baseline
 * both on N threads, and {@code extract_vs_baseline_1thread} both on one. Ratios above 1 mean faster than the anchor.
 *
 * <pre>
 * BenchReport report = Bench.create().corpus(corpus).problems(problems).build().run();
 * report.print(new PrintWriter(System.out, true));
 * String summary = report.line();   // "bench: extract_vs_baseline=0.943 threads=2 ..."
 * </pre>
 */
public final class BenchReport {
    private static final String ROW = "%-58s %18s %4s %9s %9s %9s %22s %9s %9s %9s%n";

    private final String header;
    private final Map<Integer, Phase> baselines;
    private final Map<Integer, Phase> extractions;
    private final Phase tdb2Loader;
    private final List<Phase> ententeLoads;
    private final Phase queryStore;
    private final List<QueryTiming> queries;
    private final List<String> skippedQueries;
    private final Phase coldStart;
    private final long coldStartPeakRssMb;
    private final List<Phase> phases;

    BenchReport(Builder b) {
        this.header = b.header;
        this.baselines = Map.copyOf(b.baselines);
        this.extractions = Map.copyOf(b.extractions);
        this.tdb2Loader = b.tdb2Loader;
        this.ententeLoads = List.copyOf(b.ententeLoads);
        this.queryStore = b.queryStore;
        this.queries = List.copyOf(b.queries);
        this.skippedQueries = List.copyOf(b.skippedQueries);
        this.coldStart = b.coldStart;
        this.coldStartPeakRssMb = b.coldStartPeakRssMb;
        this.phases = List.copyOf(b.phases);
    }

    /** The most threads both extraction runs were measured on (those of {@code --threads}). */
    int threads() {
        return extractions.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** Articles per second of Entente's extraction over that of the CoreNLP baseline, both on {@link #threads()}. */
    double extractVsBaseline() {
        return extractVsBaseline(threads());
    }

    /** Articles per second of Entente's extraction over that of the CoreNLP baseline, both on {@code threads}. */
    double extractVsBaseline(int threads) {
        return extractions.get(threads).rate() / baselines.get(threads).rate();
    }

    /**
     * The ratio's range over the runs: Entente's slowest run against the baseline's fastest, and the other way round.
     */
    double[] extractVsBaselineBounds(int threads) {
        Phase entente = extractions.get(threads);
        Phase baseline = baselines.get(threads);
        return new double[] {entente.slowestRate() / baseline.fastestRate(),
            entente.fastestRate() / baseline.slowestRate()};
    }

    /** Seconds of Jena's bulk loader over seconds of Entente's (batched) loader. */
    double loadVsTdb2Loader() {
        return tdb2Loader.seconds() / ententeLoads.get(0).seconds();
    }

    double queryP50Millis() {
        return Percentiles.of(QueryLatency.pooled(queries), 50);
    }

    double queryP99Millis() {
        return Percentiles.of(QueryLatency.pooled(queries), 99);
    }

    double coldStartSeconds() {
        return coldStart.seconds();
    }

    /** The highest heap peak of any phase run in this JVM (the cold start runs in another). */
    long peakHeapMb() {
        return phases.stream().filter(p -> p != coldStart).mapToLong(Phase::peakHeapMb).max().orElse(0);
    }

    /** Everything, the machine-readable line last. */
    public void print(PrintWriter out) {
        out.println(header);
        out.println();
        out.printf(Locale.ROOT, ROW, "phase", "items", "runs", "median s", "min s", "max s", "rate (median)", "ratio",
                "peak MB", "live MB");
        for (Phase p : phases) {
            boolean inThisJvm = p != coldStart;
            boolean repeated = p.runs() > 1;
            out.printf(Locale.ROOT, ROW, p.name(), p.items() == 0 ? "" : Figures.count(p.items()) + " " + p.unit(),
                    p.runs(), Figures.num(p.seconds()), repeated ? Figures.num(p.minSeconds()) : "",
                    repeated ? Figures.num(p.maxSeconds()) : "",
                    p.items() == 0 ? "" : Figures.num(p.rate()) + " " + p.unit() + "/s", ratio(p),
                    inThisJvm ? p.peakHeapMb() : "", inThisJvm ? p.liveHeapMb() : "");
        }
        out.println("ratio: articles/s over those of (a) on as many threads for extraction; seconds of tdb2.tdbloader "
                + "over these seconds for loading; above 1 is faster than the anchor. Every ratio is of medians.");
        out.println();
        out.printf(Locale.ROOT, "queries on %s distinct quads (%s runs each after warm-up, in this JVM, all rows read):%n",
                Figures.count(queryStore.items()), queries.isEmpty() ? 0 : queries.get(0).millis().length);
        String queryRow = "%-34s %10s %10s %10s%n";
        out.printf(Locale.ROOT, queryRow, "query", "rows", "p50 ms", "p99 ms");
        for (QueryTiming q : queries) {
            out.printf(Locale.ROOT, queryRow, q.name(), Figures.count(q.rows()), Figures.num(q.p50()),
                    Figures.num(q.p99()));
        }
        out.printf(Locale.ROOT, queryRow, "all runs pooled", "", Figures.num(queryP50Millis()),
                Figures.num(queryP99Millis()));
        if (!skippedQueries.isEmpty()) {
            out.println("skipped (remote SERVICE): " + String.join(", ", skippedQueries));
        }
        out.println();
        out.println("heap: peak = sum of the heap pools' peaks during the phase; live = in use after a full GC at its end.");
        out.println("cold start child (serve, its own JVM): peak resident memory "
                + (coldStartPeakRssMb < 0 ? "not available" : Figures.count(coldStartPeakRssMb) + " MB"));
        out.println();
        out.println("targets (issue 7):");
        for (String line : targets()) {
            out.println("  " + line);
        }
        out.println();
        out.println(line());
        out.flush();
    }

    /** The machine-readable summary line. */
    public String line() {
        return "bench: extract_vs_baseline=" + Figures.num(extractVsBaseline())
                + " threads=" + threads()
                + " extract_vs_baseline_1thread=" + Figures.num(extractVsBaseline(1))
                + " load_vs_tdb2loader=" + Figures.num(loadVsTdb2Loader())
                + " query_p50_ms=" + Figures.num(queryP50Millis())
                + " query_p99_ms=" + Figures.num(queryP99Millis())
                + " cold_start_s=" + Figures.num(coldStartSeconds())
                + " peak_heap_mb=" + peakHeapMb();
    }

    private List<String> targets() {
        List<String> lines = new ArrayList<>();
        int threads = threads();
        double[] bounds = extractVsBaselineBounds(threads);
        lines.add(target("extraction >= 2x the articles/s of the CoreNLP baseline", extractVsBaseline() >= 2,
                Figures.num(extractVsBaseline()) + "x, both on " + Figures.threads(threads) + " (runs: "
                        + Figures.num(bounds[0]) + "x to " + Figures.num(bounds[1]) + "x)"
                        + (threads == 1 ? "" : "; " + Figures.num(extractVsBaseline(1)) + "x both on 1 thread")));
        lines.add(target("loading >= 0.8x the speed of tdb2.tdbloader", loadVsTdb2Loader() >= 0.8,
                Figures.num(loadVsTdb2Loader()) + "x"));
        boolean million = queryStore.items() >= 1_000_000;
        lines.add(target("query p50 <= 50 ms at 1,000,000 triples", million && queryP50Millis() <= 50,
                Figures.num(queryP50Millis()) + " ms at " + Figures.count(queryStore.items()) + " quads"
                        + (million ? "" : " (smaller store: not the target's size)")));
        lines.add(target("cold start to first answer <= 15 s", coldStartSeconds() <= 15,
                Figures.num(coldStartSeconds()) + " s"));
        lines.add(target("peak heap <= 4 GB", peakHeapMb() <= 4096, peakHeapMb() + " MB"));
        return lines;
    }

    private static String target(String what, boolean met, String measured) {
        return String.format(Locale.ROOT, "%-58s %-5s %s", what, met ? "met" : "not", measured);
    }

    private String ratio(Phase p) {
        if (baselines.containsValue(p) || p == tdb2Loader) {
            return "anchor";
        }
        for (Map.Entry<Integer, Phase> e : extractions.entrySet()) {
            if (e.getValue() == p) {
                return Figures.num(extractVsBaseline(e.getKey()));
            }
        }
        if (ententeLoads.contains(p)) {
            return Figures.num(tdb2Loader.seconds() / p.seconds());
        }
        return "";
    }

    /** Collects the phases as they are measured; {@link #build()} checks that every part is there. */
    static final class Builder {
        private String header = "";
        private final Map<Integer, Phase> baselines = new TreeMap<>();
        private final Map<Integer, Phase> extractions = new TreeMap<>();
        private Phase tdb2Loader;
        private final List<Phase> ententeLoads = new ArrayList<>();
        private Phase queryStore;
        private final List<QueryTiming> queries = new ArrayList<>();
        private final List<String> skippedQueries = new ArrayList<>();
        private Phase coldStart;
        private long coldStartPeakRssMb = -1;
        private final List<Phase> phases = new ArrayList<>();

        Builder header(String value) {
            header = value;
            return this;
        }

        /** Any phase, shown in the table in the order added. */
        Builder phase(Phase value) {
            phases.add(value);
            return this;
        }

        /** The baseline's annotation on {@code threads} threads. */
        Builder baseline(int threads, Phase value) {
            baselines.put(threads, value);
            return phase(value);
        }

        /** Entente's extraction on {@code threads} threads. */
        Builder extraction(int threads, Phase value) {
            extractions.put(threads, value);
            return phase(value);
        }

        Builder tdb2Loader(Phase value) {
            tdb2Loader = value;
            return phase(value);
        }

        /** An Entente load; the first one given is the one the summary line compares. */
        Builder ententeLoad(Phase value) {
            ententeLoads.add(value);
            return phase(value);
        }

        Builder queryStore(Phase value) {
            queryStore = value;
            return phase(value);
        }

        Builder queries(List<QueryTiming> timings, List<String> skipped) {
            queries.addAll(timings);
            skippedQueries.addAll(skipped);
            return this;
        }

        Builder coldStart(Phase value, long childPeakRssMb) {
            coldStart = value;
            coldStartPeakRssMb = childPeakRssMb;
            return phase(value);
        }

        BenchReport build() {
            if (baselines.isEmpty() || extractions.isEmpty() || tdb2Loader == null || ententeLoads.isEmpty()
                    || queryStore == null || coldStart == null) {
                throw new IllegalStateException("a bench report needs every phase (a) to (e)");
            }
            if (!baselines.keySet().equals(extractions.keySet()) || !extractions.containsKey(1)) {
                throw new IllegalStateException("the baseline and the extraction need the same thread counts, one of "
                        + "them 1: " + baselines.keySet() + " and " + extractions.keySet());
            }
            if (queries.isEmpty()) {
                throw new IllegalStateException("a bench report needs at least one timed query");
            }
            if (baselines.values().stream().anyMatch(p -> p.rate() <= 0)
                    || extractions.values().stream().anyMatch(p -> p.rate() <= 0)) {
                throw new IllegalStateException("extraction phases handled no article");
            }
            return new BenchReport(this);
        }
    }
}
