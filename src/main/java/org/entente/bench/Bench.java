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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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
import org.entente.store.EntenteStore;
import org.entente.store.StoreStatistics;

/**
 * Entente's benchmark (issue 7): on one corpus, in one run, side by side, (a) CoreNLP's default named-entity pipeline
 * alone, the anchor; (b) Entente's whole extraction; (c) loading the extracted quads with Entente's store and with
 * Jena's bulk loader; (d) latency of every bundled competency query on a store of {@code queryQuads} quads made by
 * copying the extracted articles under new IRIs ({@link StoreReplicator}); (e) cold start of {@code entente serve} to
 * its first answer; (f) heap per phase. See {@code docs/benchmark.md}.
 *
 * <pre>
 * BenchReport report = Bench.create()
 *         .corpus(Path.of("tests/gold/wikinews"))
 *         .articles(10)
 *         .loadQuads(100_000)
 *         .queryQuads(1_000_000)
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
            deleteTree(work);
        }
    }

    private BenchReport run(List<Article> input, Path work) {
        BenchReport.Builder report = new BenchReport.Builder().header(header(input.size()));

        say("(e) cold start: entente serve on an empty store, in a new JVM");
        ColdStart cold = new ColdStart(coldStartDeadline);
        String articlesQuery = BundledQueries.all().get("articles.rq");
        if (articlesQuery == null) {
            throw new IllegalStateException("the bundled query articles.rq is missing");
        }
        Phase coldPhase = cold.run(work, articlesQuery);

        say("(a) CoreNLP " + BaselineNer.ANNOTATORS + " on " + input.size() + " articles");
        BaselineNer baseline = new BaselineNer();
        report.phase(baseline.load());
        report.baseline(baseline.annotate(input));
        baseline.release();

        say("(b) Entente extraction on the same articles");
        ExtractionRun extraction = new ExtractionRun(problems, threads);
        report.phase(extraction.load());
        Path extracted = work.resolve("extracted.nq");
        report.extraction(extraction.extract(input, extracted));
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
        say("(c) loading " + loadCopies + " copies of the extracted articles with tdb2.tdbloader and with Entente");
        Path loadFile = work.resolve("load.nq");
        long inputQuads = writeCopies(replicator, loadCopies, loadFile);
        LoadComparison load = new LoadComparison();
        report.tdb2Loader(load.tdb2Loader(loadFile, inputQuads, work.resolve("c-tdbloader")));
        report.ententeLoad(load.entente(loadFile, inputQuads, work.resolve("c-entente-batch"), articlesPerTransaction));
        List<String> stores = new ArrayList<>(List.of("c-tdbloader", "c-entente-batch"));
        if (perArticleLoad) {
            report.ententeLoad(load.entente(loadFile, inputQuads, work.resolve("c-entente-single"), 1));
            stores.add("c-entente-single");
        }
        long expected = replicator.distinctQuads(loadCopies);
        for (String store : stores) {
            long held = LoadComparison.countQuads(work.resolve(store));
            if (held != expected) {
                throw new IllegalStateException("store " + store + " holds " + held + " quads, expected " + expected);
            }
            deleteTree(work.resolve(store));
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

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
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

        /** Threads of Entente's extraction (default: the available processors, as {@code entente extract}). */
        public Builder threads(int value) {
            threads = value;
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
