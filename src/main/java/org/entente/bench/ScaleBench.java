package org.entente.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.bulk.BuildSummary;
import org.entente.bulk.BulkBuild;
import org.entente.bulk.BulkLoader;
import org.entente.error.ProblemCollector;
import org.entente.identity.EventIdentity;
import org.entente.load.BatchLoader;
import org.entente.store.EntenteStore;
import org.entente.store.FileTrees;
import org.entente.store.StoreStatistics;

/**
 * {@code bench --scale} (issue 12, item 4): how the cost of adding articles grows with the store. For each size, a
 * store of that many synthetic articles ({@link SyntheticCorpus}, 1,000 a day) is bulk-built as {@code build-store}
 * builds it (shards, bulk loader, events graph, statistics); then the next {@code next} articles (the following day)
 * are stored as {@code load} stores them, {@code articlesPerTransaction} per transaction with the events graph updated
 * incrementally in each, and timed (graph writing excluded, as {@code load}'s NLP would be); the statistics rewrite
 * that ends a {@code load} is timed apart; then every bundled query runs {@code queryWarmups} times untimed (1) and
 * {@code queryRuns} times timed (3) on the grown store. Optionally, the largest size's shards are also bulk-built
 * with the other loader, so
 * {@code tdb2.xloader} and the phased loader are compared on the same shards. Everything happens in a temporary
 * folder, removed at the end.
 *
 * <pre>
 * ScaleReport report = ScaleBench.create()
 *         .sizes(List.of(10_000L, 100_000L))
 *         .next(1_000)
 *         .compareLoaders(true)
 *         .progress(new PrintWriter(System.err, true))
 *         .build()
 *         .run();
 * report.print(new PrintWriter(System.out, true));
 * </pre>
 */
public final class ScaleBench {
    /** Articles a day of the synthetic corpus: the next 1,000 articles are the next day's news. */
    static final int ARTICLES_PER_DAY = 1_000;
    private static final int SHARDS = 4;
    private final List<Long> sizes;
    private final int next;
    private final int queryRuns;
    private final int queryWarmups;
    private final long queryTimeoutMillis;
    private final boolean compareLoaders;
    /** The largest size's builds with tdb2.xloader and with the phased loader, when compared. */
    private final List<BuildSummary> comparison = new ArrayList<>();
    private final BulkLoader baseLoader;
    private final int articlesPerTransaction;
    private final PrintWriter progress;
    private final SyntheticCorpus corpus = new SyntheticCorpus(ARTICLES_PER_DAY);

    private ScaleBench(Builder b) {
        this.sizes = List.copyOf(b.sizes);
        this.next = b.next;
        this.queryRuns = b.queryRuns;
        this.queryWarmups = b.queryWarmups;
        this.queryTimeoutMillis = b.queryTimeoutMillis;
        this.compareLoaders = b.compareLoaders;
        this.baseLoader = b.baseLoader;
        this.articlesPerTransaction = b.articlesPerTransaction;
        this.progress = b.progress;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Runs every size, smallest first, then the build comparison when asked for. */
    public ScaleReport run() {
        Path work;
        try {
            work = Files.createTempDirectory("entente-scale-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
        try {
            List<ScaleRow> rows = new ArrayList<>();
            for (long size : sizes) {
                rows.add(measure(size, work));
            }
            return new ScaleReport(header(), rows, comparison);
        } finally {
            FileTrees.delete(work);
        }
    }

    private ScaleRow measure(long size, Path work) {
        Path shards = work.resolve("shards-" + size);
        Path storeDir = work.resolve("store-" + size);
        say(Figures.count(size) + " articles: writing shards");
        corpus.writeShards(0, size, shards, SHARDS);
        BuildSummary build = bulkBuild(shards, storeDir, baseLoader);
        if (compareLoaders && size == sizes.get(sizes.size() - 1)) {
            BulkLoader other = baseLoader == BulkLoader.XLOADER ? BulkLoader.PHASED : BulkLoader.XLOADER;
            Path otherDir = work.resolve("store-" + size + "-" + other.name().toLowerCase(Locale.ROOT));
            BuildSummary otherBuild = bulkBuild(shards, otherDir, other);
            FileTrees.delete(otherDir);
            comparison.add(baseLoader == BulkLoader.XLOADER ? build : otherBuild);
            comparison.add(baseLoader == BulkLoader.XLOADER ? otherBuild : build);
        }
        FileTrees.delete(shards);
        List<Map<Node, List<Quad>>> batches = nextBatches(size);
        EntenteStore store = EntenteStore.open(storeDir);
        try {
            say(Figures.count(size) + " articles: loading the next " + Figures.count(next));
            PhaseTimer timer = new PhaseTimer().start();
            batches.forEach(batch -> EventIdentity.replaceArticles(store, batch));
            double nextSeconds = timer.seconds();
            timer = new PhaseTimer().start();
            StoreStatistics.write(store.dataset());
            double statistics = timer.seconds();
            say(Figures.count(size) + " articles: queries, " + queryRuns + " timed rounds");
            QueryLatency latency = new QueryLatency(store.dataset(), queryWarmups, queryRuns, queryTimeoutMillis);
            List<QueryTiming> timings = latency.run(BundledQueries.all());
            double[] pooled = QueryLatency.pooled(timings);
            int timedOut = (int) timings.stream().filter(q -> q.rows() == QueryLatency.TIMED_OUT).count();
            ScaleRow row = new ScaleRow(size, build, next, nextSeconds, statistics, Percentiles.of(pooled, 50),
                    Percentiles.of(pooled, 99), timings.size(), timedOut);
            say(Figures.count(size) + " articles: next " + next + " in " + Figures.num(nextSeconds) + " s, statistics "
                    + Figures.num(statistics) + " s, query p50 " + Figures.num(row.queryP50Millis()) + " ms, p99 "
                    + Figures.num(row.queryP99Millis()) + " ms, " + timedOut + " of " + timings.size() + " timed out");
            return row;
        } finally {
            store.close();
            TDBInternal.expel(store.dataset().asDatasetGraph(), true);
            FileTrees.delete(storeDir);
        }
    }

    /** Articles {@code size} to {@code size + next - 1}, grouped as {@code load} commits them. */
    private List<Map<Node, List<Quad>>> nextBatches(long size) {
        List<Map<Node, List<Quad>>> batches = new ArrayList<>();
        Map<Node, List<Quad>> batch = new LinkedHashMap<>();
        for (long i = size; i < size + next; i++) {
            batch.put(corpus.graph(i), corpus.quads(i));
            if (batch.size() == articlesPerTransaction) {
                batches.add(batch);
                batch = new LinkedHashMap<>();
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private BuildSummary bulkBuild(Path shards, Path storeDir, BulkLoader loader) {
        ProblemCollector problems = new ProblemCollector();
        say("bulk build with " + loader.name().toLowerCase(Locale.ROOT) + " into " + storeDir.getFileName());
        BuildSummary summary = BulkBuild.create().shards(List.of(shards)).store(storeDir).loader(loader)
                .problems(problems).progress(progress).build().run().orElseThrow(() -> new IllegalStateException(
                        "bulk build failed: " + problems.problems()));
        say(summary.summary());
        return summary;
    }

    private String header() {
        Runtime rt = Runtime.getRuntime();
        return "Entente bench --scale, " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ": synthetic articles ("
                + SyntheticCorpus.FACTS + " event facts each, " + ARTICLES_PER_DAY + " a day), base stores built with "
                + baseLoader.name().toLowerCase(Locale.ROOT) + ", next " + next + " articles "
                + articlesPerTransaction + " per transaction, " + queryWarmups + " untimed and " + queryRuns
                + " timed query rounds" + (queryTimeoutMillis > 0 ? ", query timeout " + queryTimeoutMillis / 1000.0
                + " s" : "") + "; "
                + rt.availableProcessors() + " CPUs, max heap " + HeapWatch.maxMb() + " MB, Java "
                + System.getProperty("java.version");
    }

    private void say(String message) {
        if (progress != null) {
            progress.println("bench --scale: " + message);
            progress.flush();
        }
    }

    /** Describes a scale run; {@link #build()} checks the description. */
    public static final class Builder {
        private List<Long> sizes = List.of(10_000L, 100_000L, 1_000_000L);
        private int next = 1_000;
        private int queryRuns = 3;
        private int queryWarmups = 1;
        private long queryTimeoutMillis;
        private boolean compareLoaders;
        private BulkLoader baseLoader = BulkLoader.XLOADER;
        private int articlesPerTransaction = BatchLoader.DEFAULT_BATCH_ARTICLES;
        private PrintWriter progress;

        private Builder() {
        }

        /** Store sizes in articles, ascending (default 10,000, 100,000 and 1,000,000). */
        public Builder sizes(List<Long> value) {
            sizes = value;
            return this;
        }

        /** Articles added to each store and timed (default 1,000). */
        public Builder next(int value) {
            next = value;
            return this;
        }

        /** Timed rounds of the bundled queries on each store, after one untimed round (default 3). */
        public Builder queryRuns(int value) {
            queryRuns = value;
            return this;
        }

        /** Untimed rounds of the bundled queries before the timed ones (default 1; 0 on big stores saves a round). */
        public Builder queryWarmups(int value) {
            queryWarmups = value;
            return this;
        }

        /** The longest a query run may take, in milliseconds; 0 (the default) for no limit. */
        public Builder queryTimeoutMillis(long value) {
            queryTimeoutMillis = value;
            return this;
        }

        /**
         * Also bulk-builds the largest size's shards with the other loader (tdb2.xloader and the phased loader on the
         * same shards; default false).
         */
        public Builder compareLoaders(boolean value) {
            compareLoaders = value;
            return this;
        }

        /** The bulk loader of the base stores (default {@link BulkLoader#XLOADER}). */
        public Builder baseLoader(BulkLoader value) {
            baseLoader = value;
            return this;
        }

        /** Articles per write transaction of the next articles (default {@link BatchLoader}'s, as {@code load}). */
        public Builder articlesPerTransaction(int value) {
            articlesPerTransaction = value;
            return this;
        }

        /** Where one line per step is printed as the run goes (optional). */
        public Builder progress(PrintWriter value) {
            progress = value;
            return this;
        }

        /**
         * Checks the description.
         *
         * @throws IllegalArgumentException when no size is given, the sizes are not positive and ascending, or a
         *     number is out of range
         */
        public ScaleBench build() {
            if (sizes == null || sizes.isEmpty()) {
                throw new IllegalArgumentException("no store size given");
            }
            for (int i = 0; i < sizes.size(); i++) {
                if (sizes.get(i) < 1 || (i > 0 && sizes.get(i) <= sizes.get(i - 1))) {
                    throw new IllegalArgumentException("store sizes must be positive and ascending: " + sizes);
                }
            }
            if (next < 1 || queryRuns < 1 || articlesPerTransaction < 1 || queryWarmups < 0
                    || queryTimeoutMillis < 0) {
                throw new IllegalArgumentException("next, queryRuns and articlesPerTransaction must be positive, "
                        + "queryWarmups and queryTimeoutMillis not negative");
            }
            if (baseLoader == null) {
                throw new IllegalArgumentException("no base loader given");
            }
            return new ScaleBench(this);
        }
    }
}
