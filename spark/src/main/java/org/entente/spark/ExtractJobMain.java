package org.entente.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The job's command line, the main class of the job jar for {@code spark-submit} and of {@code ./entente-spark}.
 * Exit codes as {@code entente}'s: 0 success, 1 some input was skipped (listed in the manifest), 2 usage error, 3
 * internal failure.
 *
 * <pre>
 * spark-submit --class org.entente.spark.ExtractJobMain --jars ... entente-spark.jar \
 *     hdfs:///news/2026-12-07/ --out hdfs:///graphs/2026-12-07 [--shards 8]
 * </pre>
 */
@Command(name = "entente-spark", mixinStandardHelpOptions = true,
        description = "Extract facts from articles on Spark: gzip N-Quads shards and a manifest in the output folder.")
public final class ExtractJobMain implements Callable<Integer> {
    static final int OK = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Article files (.txt with optional .json sidecar, .csv, .jsonl) or folders: paths or URIs")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Output folder (path or URI), replaced as a whole when the job ends")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
    String master;

    @Option(names = "--shards", paramLabel = "N", description = "Number of shard files (default: the parallelism)")
    int shards;

    @Spec
    CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new ExtractJobMain());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("entente-spark: " + e);
            return INTERNAL;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExtractJob job;
        try {
            ExtractJob.Builder b = ExtractJob.create().output(out).shards(shards);
            inputs.forEach(b::input);
            job = b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
        SparkConf conf = new SparkConf().setAppName("entente-extract");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JobManifest manifest = job.run(sc);
            manifest.failures().forEach(f -> err.println("error: " + f.source() + ": " + f.reason()));
            err.println(manifest);
            err.flush();
            return manifest.failures().isEmpty() ? OK : REJECTED;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
    }
}
