package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.bench.Bench;
import org.entente.bench.BenchReport;
import org.entente.bench.ProfileReport;
import org.entente.bench.ScaleBench;
import org.entente.bench.ScaleReport;
import org.entente.bulk.BulkLoader;
import org.entente.error.ProblemCollector;
import org.entente.load.BatchLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code entente bench [--quick] [--profile] [--corpus PATH] [--articles N] [--threads N] [--repeats N]
 * [--load-quads N] [--query-triples N]}: the benchmark of issues 7 and 13 (see docs/benchmark.md). The table goes to
 * stdout and ends with the machine-readable {@code bench:} line; with {@code --profile}, the profile table and a
 * {@code profile:} line instead; with {@code --scale SIZES [--next N] [--compare-loaders]}, the growth table of issue 12
 * and a {@code scale:} line.
 */
@Command(name = "bench", description = "Measure extraction against CoreNLP's NER pipeline on the same threads, "
        + "loading against tdb2.tdbloader, query latency on a store of a million triples, cold start and heap; print a "
        + "table and one 'bench:' line. With --profile, measure instead the CPU time per article of every stage.")
final class BenchCommand implements Callable<Integer> {
    static final int QUICK_ARTICLES = 8;
    static final long QUICK_LOAD_QUADS = 60_000;
    static final long QUICK_QUERY_TRIPLES = 200_000;
    static final int QUICK_QUERY_RUNS = 3;
    static final int REPEATS = 3;
    /** The query store of the full run: the size of the target of issue 7. */
    static final long FULL_QUERY_TRIPLES = 1_000_000;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "Articles to measure on: a directory or file that 'load' reads (default: ${DEFAULT-VALUE})",
            defaultValue = "tests/gold/wikinews")
    Path corpus;

    @Option(names = "--quick", description = "A smaller run (a few minutes): " + QUICK_ARTICLES + " articles, "
            + QUICK_LOAD_QUADS + " quads loaded, a query store of " + QUICK_QUERY_TRIPLES + " triples, "
            + QUICK_QUERY_RUNS + " query rounds, no per-article load, unless given otherwise")
    boolean quick;

    @Option(names = "--articles", paramLabel = "N", description = "Use the first N articles of the corpus "
            + "(default: all; " + QUICK_ARTICLES + " with --quick)")
    Integer articles;

    @Option(names = "--load-quads", paramLabel = "N", description = "Quads to load in the loader comparison, made by "
            + "copying the extracted articles (default: 300000; " + QUICK_LOAD_QUADS + " with --quick)")
    Long loadQuads;

    @Option(names = "--query-triples", paramLabel = "N", description = "Size of the store the queries run on, made by "
            + "copying the extracted articles (default: " + FULL_QUERY_TRIPLES + "; " + QUICK_QUERY_TRIPLES + " with --quick)")
    Long queryTriples;

    @Option(names = "--query-runs", paramLabel = "N", description = "Timed rounds of every query (default: 10; "
            + QUICK_QUERY_RUNS + " with --quick)")
    Integer queryRuns;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per write transaction in Entente's batched "
            + "load (default: " + BatchLoader.DEFAULT_BATCH_ARTICLES + ", as 'load')")
    Integer batch;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of Entente's extraction and of the CoreNLP "
            + "baseline (default: the number of processors, as 'extract' and 'load'); both are also measured on one")
    Integer threads;

    @Option(names = "--repeats", paramLabel = "N", description = "Timed runs of every phase (model loading and the "
            + "query store once), of which the median counts; the table shows min and max beside it (default: "
            + REPEATS + "); with --profile, profiling passes")
    Integer repeats;

    @Option(names = "--profile", description = "Instead of the phases, measure the CPU time per article of every "
            + "CoreNLP annotator and of Entente's stages (linking, rules, codebook, RDF, SHACL), for the baseline and "
            + "for Entente, on one thread over the same articles; print a table and one 'profile:' line")
    boolean profile;

    @Option(names = "--per-article-load", negatable = true, description = "Also load with one transaction per "
            + "article (default: on; off with --quick)")
    Boolean perArticleLoad;

    @Option(names = "--scale", paramLabel = "SIZES", split = ",", description = "Instead of the phases, measure growth "
            + "on synthetic stores of these many articles (e.g. 10000,100000,1000000): bulk build, the next articles "
            + "loaded with the events graph updated, query p50/p99 at each size; print a table and one 'scale:' line")
    List<Long> scale;

    @Option(names = "--next", paramLabel = "N", description = "With --scale: articles added to each store and timed "
            + "(default: 1000)")
    Integer next;

    @Option(names = "--query-warmups", paramLabel = "N", description = "With --scale: untimed rounds of the queries "
            + "before the timed ones (default: 1)")
    Integer queryWarmups;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", description = "With --scale: stop a query run after "
            + "this long and count it with that time (default: 0, no limit)")
    Integer queryTimeout;

    @Option(names = "--compare-loaders", description = "With --scale: also bulk-build the largest size's shards with "
            + "the other loader, to compare tdb2.xloader and the phased loader on the same shards")
    boolean compareLoaders;

    @Option(names = "--base-loader", paramLabel = "LOADER", converter = BuildStoreCommand.LoaderConverter.class,
            description = "With --scale: the bulk loader of the base stores, xloader (default) or phased")
    BulkLoader baseLoader;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (scale != null) {
            return scale();
        }
        if (!Files.exists(corpus)) {
            throw new ParameterException(spec.commandLine(), "--corpus " + corpus + ": no such file or directory");
        }
        positive("--articles", articles);
        positive("--load-quads", loadQuads);
        positive("--query-triples", queryTriples);
        positive("--query-runs", queryRuns);
        positive("--threads", threads);
        positive("--repeats", repeats);
        if (batch != null && batch < 2) {
            throw new ParameterException(spec.commandLine(), "--batch must be at least 2 (one transaction per article "
                    + "is measured as well)");
        }
        ProblemCollector problems = new ProblemCollector(new ConsoleProblems(spec.commandLine().getErr()));
        Bench.Builder bench = Bench.create().corpus(corpus).problems(problems).progress(spec.commandLine().getErr())
                .articlesPerTransaction(pick(batch, BatchLoader.DEFAULT_BATCH_ARTICLES));
        bench.articles(pick(articles, quick ? QUICK_ARTICLES : 0));
        bench.loadQuads(pick(loadQuads, quick ? QUICK_LOAD_QUADS : 300_000L));
        bench.queryQuads(pick(queryTriples, quick ? QUICK_QUERY_TRIPLES : FULL_QUERY_TRIPLES));
        bench.queryRuns(pick(queryRuns, quick ? QUICK_QUERY_RUNS : 10));
        bench.threads(pick(threads, Runtime.getRuntime().availableProcessors()));
        bench.perArticleLoad(pick(perArticleLoad, !quick));
        bench.repeats(pick(repeats, REPEATS));
        if (profile) {
            ProfileReport report = bench.build().profile();
            report.print(spec.commandLine().getOut());
        } else {
            BenchReport report = bench.build().run();
            report.print(spec.commandLine().getOut());
        }
        return EntenteCli.OK;
    }

    /** {@code --scale}: the growth measurement on synthetic stores. */
    private int scale() {
        positive("--next", next);
        positive("--query-runs", queryRuns);
        if (queryTimeout != null && queryTimeout < 0) {
            throw new ParameterException(spec.commandLine(), "--query-timeout must not be negative");
        }
        if (queryWarmups != null && queryWarmups < 0) {
            throw new ParameterException(spec.commandLine(), "--query-warmups must not be negative");
        }
        for (int i = 0; i < scale.size(); i++) {
            if (scale.get(i) < 1 || (i > 0 && scale.get(i) <= scale.get(i - 1))) {
                throw new ParameterException(spec.commandLine(), "--scale sizes must be positive and ascending: "
                        + scale);
            }
        }
        ScaleReport report = ScaleBench.create().sizes(scale).next(pick(next, 1_000)).queryRuns(pick(queryRuns, 3))
                .queryWarmups(pick(queryWarmups, 1)).queryTimeoutMillis(pick(queryTimeout, 0) * 1000L)
                .compareLoaders(compareLoaders).baseLoader(pick(baseLoader, BulkLoader.XLOADER))
                .articlesPerTransaction(pick(batch, BatchLoader.DEFAULT_BATCH_ARTICLES))
                .progress(spec.commandLine().getErr()).build().run();
        report.print(spec.commandLine().getOut());
        return EntenteCli.OK;
    }

    private void positive(String option, Number value) {
        if (value != null && value.longValue() < 1) {
            throw new ParameterException(spec.commandLine(), option + " must be positive");
        }
    }

    private static <T> T pick(T given, T otherwise) {
        return given != null ? given : otherwise;
    }
}
