package org.entente.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.error.EntenteException;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;
import org.entente.ingest.Article;
import org.entente.load.BatchLoader;
import org.entente.nlp.NlpPipeline;
import org.entente.store.EntenteStore;
import org.entente.store.FileTrees;
import org.entente.store.StoreStatistics;

/**
 * Entente's benchmark (issues 7 and 13): on one corpus, in one run, side by side, (a) CoreNLP's default named-entity
 * pipeline alone, the anchor, and (b) Entente's whole extraction, both in this JVM on one thread and on
 * {@code threads}; (c) loading the extracted quads with Entente's store and with
 * Jena's bulk loader; (d) latency of every bundled competency query on a store of {@code queryQuads} quads made by
 * copying the extracted articles under new IRIs ({@link StoreReplicator}); (e) cold start of {@code entente serve} to
 * its first answer; (f) heap per phase. Every timed phase but model loading and the query store runs
 * {@code repeats} times and counts by its median; the extraction phases run a warm-up pass first. {@link #profile()}
 * measures instead where the CPU time of (a) and (b) goes, stage by stage. See {@code docs/benchmark.md}.
 *
 * <pre>
 * BenchReport report = Bench.create()
 *         .corpus(Path.of("tests/gold/wikinews"))
 *         .articles(10)
 *         .loadQuads(100_000)
 *         .queryQuads(1_000_000)
 *         .threads(2)
 *         .repeats(3)
 *         .problems(problems)
 *         .progress(new PrintWriter(System.err, true))
 *         .build()
 *         .run();
 * report.print(new PrintWriter(System.out, true));
 * </pre>
 */
public final class Bench {
    private static final MonitorOutput SILENT = (format, args) -> { };

    private final Path corpus;
    private final int articles;
    private final long loadQuads;
    private final long queryQuads;
    private final int queryRuns;
    private final int articlesPerTransaction;
    private final int threads;
    private final int repeats;
    private final boolean perArticleLoad;
    private final Duration coldStartDeadline;
    private final ProblemHandler problems;
    private final PrintWriter progress;

    private Bench(Builder b) {
        this.corpus = b.corpus;
        this.articles = b.articles;
        this.loadQuads = b.loadQuads;
        this.queryQuads = b.queryQuads;
        this.queryRuns = b.queryRuns;
        this.articlesPerTransaction = b.articlesPerTransaction;
        this.threads = b.threads;
        this.repeats = b.repeats;
        this.perArticleLoad = b.perArticleLoad;
        this.coldStartDeadline = b.coldStartDeadline;
        this.problems = b.problems;
        this.progress = b.progress;
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * Runs every phase in a temporary directory, removed at the end.
     *
     * @throws EntenteException when the corpus yields no article
     */
    public BenchReport run() {
        List<Article> input = readArticles();
        Path work;
        try {
            work = Files.createTempDirectory("entente-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
        try {
            return run(input, work);
        } finally {
            FileTrees.delete(work);
        }
    }

    /**
     * The profile alone: CPU per article of every stage of the baseline and of Entente's extraction, on one thread,
     * over the same articles, {@code repeats} passes each after a warm-up pass (see {@link ProfileReport}). Entente's
     * pipeline for this is its own, whose parser works on the calling thread ({@link NlpPipeline#forProfiling()}).
     *
     * @throws EntenteException when the corpus yields no article
     */
    public ProfileReport profile() {
        List<Article> input = readArticles();
        ProfileReport.Builder report = new ProfileReport.Builder().header(header(input.size())
                + "; profile on 1 thread, " + repeats + (repeats == 1 ? " pass" : " passes") + " after a warm-up pass");
        try (StageProfiler profiler = new StageProfiler()) {
            say("profile (a): CoreNLP " + BaselineNer.ANNOTATORS + ", annotator by annotator");
            BaselineNer baseline = new BaselineNer();
            baseline.load();
            passes(profiler, () -> baseline.profile(input, profiler), report::baseline);
            baseline.release();

            say("profile (b): Entente's extraction, stage by stage");
            ExtractionRun extraction = new ExtractionRun(problems);
            extraction.loadForProfiling();
            passes(profiler, () -> extraction.profile(input, profiler), report::entente);
            extraction.releaseProfiling();
        }
        return report.build();
    }

    /** A warm-up pass (not counted), then {@code repeats} passes, each handed on. */
    private void passes(StageProfiler profiler, Runnable pass, Consumer<StageProfiler.ProfilePass> to) {
        pass.run();
        profiler.finish();
        for (int i = 0; i < repeats; i++) {
            pass.run();
            to.accept(profiler.finish());
        }
    }

    private BenchReport run(List<Article> input, Path work) {
        BenchReport.Builder report = new BenchReport.Builder().header(header(input.size()));
        List<Integer> threadCounts = threads == 1 ? List.of(1) : List.of(1, threads);

        say("(e) cold start: entente serve on an empty store, in a new JVM, " + runs());
        ColdStart cold = new ColdStart(coldStartDeadline);
        String articlesQuery = BundledQueries.all().get("articles.rq");
        if (articlesQuery == null) {
            throw new IllegalStateException("the bundled query articles.rq is missing");
        }
        Phase coldPhase = Phase.repeat(repeats, i -> cold.run(directory(work.resolve("e-" + i)), articlesQuery));

        say("(a) CoreNLP " + BaselineNer.ANNOTATORS + " on " + input.size() + " articles, on " + threadCounts
                + " threads, " + runs() + " each after a warm-up");
        BaselineNer baseline = new BaselineNer();
        report.phase(baseline.load());
        baseline.warmUp(input, threads);
        for (int t : threadCounts) {
            report.baseline(t, Phase.repeat(repeats, i -> baseline.annotate(input, t)));
        }
        baseline.release();

        say("(b) Entente extraction on the same articles and threads, " + runs() + " each after a warm-up");
        ExtractionRun extraction = new ExtractionRun(problems);
        report.phase(extraction.load());
        extraction.warmUp(input, threads);
        Path extracted = work.resolve("extracted.nq");
        for (int t : threadCounts) {
            report.extraction(t, Phase.repeat(repeats, i -> extraction.extract(input, t, extracted)));
        }
        say("    " + extraction.summary());

        List<ArticleQuads> blocks = new ArrayList<>();
        ArticleBlocks grouping = new ArticleBlocks(blocks::add);
        RDFParser.source(extracted).lang(Lang.NQUADS).parse(grouping);
        grouping.finish();
        if (blocks.isEmpty()) {
            throw new EntenteException(Location.of(corpus.toString()), "no article was extracted; nothing to load");
        }
        StoreReplicator replicator = new StoreReplicator(blocks);

        int loadCopies = replicator.copiesFor(loadQuads);
        say("(c) loading " + loadCopies + " copies of the extracted articles with tdb2.tdbloader and with Entente, "
                + runs() + " each");
        Path loadFile = work.resolve("load.nq");
        long inputQuads = writeCopies(replicator, loadCopies, loadFile);
        long expected = replicator.distinctQuads(loadCopies);
        LoadComparison load = new LoadComparison();
        report.tdb2Loader(Phase.repeat(repeats, i -> checked(work.resolve("c-tdbloader-" + i), expected,
                dir -> load.tdb2Loader(loadFile, inputQuads, dir))));
        report.ententeLoad(Phase.repeat(repeats, i -> checked(work.resolve("c-entente-batch-" + i), expected,
                dir -> load.entente(loadFile, inputQuads, dir, articlesPerTransaction))));
        if (perArticleLoad) {
            report.ententeLoad(Phase.repeat(repeats, i -> checked(work.resolve("c-entente-single-" + i), expected,
                    dir -> load.entente(loadFile, inputQuads, dir, 1))));
        }

        int queryCopies = replicator.copiesFor(queryQuads);
        say("(d) query store: " + queryCopies + " copies, " + Figures.count(replicator.distinctQuads(queryCopies))
                + " quads; running the bundled queries");
        Path queryStore = work.resolve("d-queries");
        report.queryStore(buildQueryStore(replicator, queryCopies, queryStore));
        EntenteStore store = EntenteStore.open(queryStore);
        try {
            QueryLatency latency = new QueryLatency(store.dataset(), 1, queryRuns);
            PhaseTimer timer = new PhaseTimer().start();
            List<QueryTiming> timings = latency.run(BundledQueries.all());
            report.phase(timer.stop("(d) competency queries, " + queryRuns + " timed rounds", (long) timings.size()
                    * queryRuns, "queries"));
            report.queries(timings, latency.skipped());
        } finally {
            store.close();
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
        report.coldStart(coldPhase, cold.childPeakRssMb());
        return report.build();
    }

    /** Runs a load into {@code dir}, checks that the store holds the expected quads, and removes it. */
    private static Phase checked(Path dir, long expected, Function<Path, Phase> load) {
        Phase phase = load.apply(dir);
        long held = LoadComparison.countQuads(dir);
        if (held != expected) {
            throw new IllegalStateException("store " + dir.getFileName() + " holds " + held + " quads, expected "
                    + expected);
        }
        FileTrees.delete(dir);
        return phase;
    }

    private String runs() {
        return repeats + (repeats == 1 ? " run" : " runs");
    }

    private static Path directory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private Phase buildQueryStore(StoreReplicator replicator, int copies, Path dir) {
        PhaseTimer timer = new PhaseTimer().start();
        Dataset dataset = TDB2Factory.connectDataset(dir.toString());
        DataLoader loader = LoaderFactory.phasedLoader(dataset.asDatasetGraph(), SILENT);
        loader.startBulk();
        try {
            replicator.stream(copies, loader.stream());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        StoreStatistics.write(dataset);
        dataset.close();
        TDBInternal.expel(dataset.asDatasetGraph());
        long quads = LoadComparison.countQuads(dir);
        if (quads != replicator.distinctQuads(copies)) {
            throw new IllegalStateException("query store holds " + quads + " quads, expected "
                    + replicator.distinctQuads(copies));
        }
        return timer.stop("(d) query store: " + copies + " copies bulk-loaded and counted", quads, "quads");
    }

    private static long writeCopies(StoreReplicator replicator, int copies, Path file) {
        long[] count = new long[1];
        try (OutputStream os = Files.newOutputStream(file)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            writer.start();
            replicator.stream(copies, new StreamRDFWrapper(writer) {
                @Override
                public void quad(Quad quad) {
                    count[0]++;
                    super.quad(quad);
                }
            });
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return count[0];
    }

    private List<Article> readArticles() {
        List<Article> result = new CorpusReader(problems).read(corpus, articles);
        if (result.isEmpty()) {
            throw new EntenteException(Location.of(corpus.toString()), "no article to benchmark");
        }
        return result;
    }

    private String header(int count) {
        Runtime rt = Runtime.getRuntime();
        return "Entente bench, " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ": " + count + " articles from "
                + corpus + "; " + rt.availableProcessors() + " CPUs, max heap " + HeapWatch.maxMb() + " MB, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ")";
    }

    private void say(String message) {
        if (progress != null) {
            progress.println("bench: " + message);
            progress.flush();
        }
    }

    /** Describes a bench run; {@link #build()} checks the description. */
    public static final class Builder {
        private Path corpus;
        private int articles;
        private long loadQuads = 300_000;
        private long queryQuads = 1_000_000;
        private int queryRuns = 10;
        private int articlesPerTransaction = BatchLoader.DEFAULT_BATCH_ARTICLES;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int repeats = 3;
        private boolean perArticleLoad = true;
        private Duration coldStartDeadline = Duration.ofMinutes(5);
        private ProblemHandler problems;
        private PrintWriter progress;

        private Builder() {
        }

        /** A file or directory of articles ({@code .txt} with sidecar, {@code .csv}, {@code .jsonl}); required. */
        public Builder corpus(Path value) {
            corpus = value;
            return this;
        }

        /** The first N articles of the corpus; 0 (the default) for all. */
        public Builder articles(int value) {
            articles = value;
            return this;
        }

        /** At least this many quads are loaded in (c) (default 300,000). */
        public Builder loadQuads(long value) {
            loadQuads = value;
            return this;
        }

        /** The query store of (d) holds at least this many distinct quads (default 1,000,000). */
        public Builder queryQuads(long value) {
            queryQuads = value;
            return this;
        }

        /** Timed rounds of the queries (default 10), after one untimed round. */
        public Builder queryRuns(int value) {
            queryRuns = value;
            return this;
        }

        /** Articles per write transaction for Entente's batched load (default {@link BatchLoader}'s). */
        public Builder articlesPerTransaction(int value) {
            articlesPerTransaction = value;
            return this;
        }

        /**
         * Threads of Entente's extraction and of the baseline (default: the available processors, as
         * {@code entente extract}); both are also measured on one thread.
         */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        /** Timed runs of every phase but model loading and the query store, of which the median counts (default 3). */
        public Builder repeats(int value) {
            repeats = value;
            return this;
        }

        /** Also load with one transaction per article (default true; slow where commits are slow). */
        public Builder perArticleLoad(boolean value) {
            perArticleLoad = value;
            return this;
        }

        /** Longest wait for the cold-start server's first answer (default 5 minutes). */
        public Builder coldStartDeadline(Duration value) {
            coldStartDeadline = value;
            return this;
        }

        /** Where problems with the corpus and the extraction go; required. */
        public Builder problems(ProblemHandler value) {
            problems = value;
            return this;
        }

        /** Where one line per phase is printed as the run goes (optional). */
        public Builder progress(PrintWriter value) {
            progress = value;
            return this;
        }

        /**
         * Checks the description.
         *
         * @throws IllegalStateException when the corpus or the problem handler is missing
         * @throws IllegalArgumentException when a number is out of range
         * @throws EntenteException when the corpus does not exist
         */
        public Bench build() {
            if (corpus == null) {
                throw new IllegalStateException("no corpus given");
            }
            if (problems == null) {
                throw new IllegalStateException("no problem handler given");
            }
            if (!Files.exists(corpus)) {
                throw new EntenteException(Location.of(corpus.toString()), "no such corpus file or directory");
            }
            if (articles < 0) {
                throw new IllegalArgumentException("articles must not be negative: " + articles);
            }
            if (loadQuads < 1 || queryQuads < 1) {
                throw new IllegalArgumentException("loadQuads and queryQuads must be positive");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be positive: " + threads);
            }
            if (repeats < 1) {
                throw new IllegalArgumentException("repeats must be positive: " + repeats);
            }
            if (queryRuns < 1) {
                throw new IllegalArgumentException("queryRuns must be positive: " + queryRuns);
            }
            if (articlesPerTransaction < 2) {
                throw new IllegalArgumentException("articlesPerTransaction must be at least 2 (the per-article load "
                        + "is measured as well): " + articlesPerTransaction);
            }
            if (coldStartDeadline == null || coldStartDeadline.isNegative() || coldStartDeadline.isZero()) {
                throw new IllegalArgumentException("coldStartDeadline must be positive");
            }
            return new Bench(this);
        }
    }
}
