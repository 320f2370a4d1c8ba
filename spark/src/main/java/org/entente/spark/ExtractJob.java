package org.entente.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Entente's extraction as a Spark job: the inputs {@code load} reads (.txt with its .json sidecar, .csv, .jsonl), on
 * any Hadoop file system, become gzip N-Quads shards ({@code part-NNNNN.nq.gz}, one named graph per article, exactly
 * the quads {@code extract} writes for it) and a {@code manifest.json} (articles, quads, failures with reasons) in the
 * output folder.
 *
 * <p>The driver lists the input files; each executor task reads whole files with the core's readers and extracts
 * their articles one at a time with the JVM's one CoreNLP pipeline; the articles are then grouped by id (the first
 * in input order is kept, as in {@code load}) into the shards. A bad article, row or file is a failure in the
 * manifest and skips only itself. The output folder is replaced as a whole when the job ends (see
 * {@link OutputDirectory}): a rerun of a batch replaces it and never duplicates it.
 *
 * <pre>
 * try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("entente").setMaster("local[2]"))) {
 *     JobManifest manifest = ExtractJob.create()
 *             .input("hdfs:///news/2026-12-07/")        // files or folders, any Hadoop file system
 *             .output("hdfs:///graphs/2026-12-07")      // replaced as a whole at the end
 *             .shards(8)                                // default: the context's default parallelism
 *             .build()                                  // checks the options
 *             .run(sc);
 *     System.out.println(manifest);                     // 812 articles, 167,004 quads in 8 shards, 3 failures, ...
 * }
 * </pre>
 */
public final class ExtractJob {
    private final List<String> inputs;
    private final String output;
    private final int shards;

    private ExtractJob(Builder b) {
        this.inputs = List.copyOf(b.inputs);
        this.output = b.output;
        this.shards = b.shards;
    }

    /** Starts describing a job. */
    public static Builder create() {
        return new Builder();
    }

    /**
     * Runs the job on {@code sc} and returns its manifest (also written to the output folder).
     *
     * @throws IllegalArgumentException when an input does not exist or the output cannot be replaced (naming it)
     * @throws UncheckedIOException when the output cannot be written
     */
    public JobManifest run(JavaSparkContext sc) {
        long started = System.nanoTime();
        HadoopConf hadoop = HadoopConf.of(sc.hadoopConfiguration());
        OutputDirectory out = OutputDirectory.of(output, sc.hadoopConfiguration());
        InputListing listing = InputListing.of(inputs, sc.hadoopConfiguration());
        List<ArticleFile> files = listing.files();
        try {
            Path staging = out.stage();
            int partitions = shards > 0 ? shards : Math.max(1, sc.defaultParallelism());
            List<Outcome> outcomes = new ArrayList<>(listing.warnings());
            if (!files.isEmpty()) {
                JavaRDD<Outcome> extracted = sc.parallelize(files, Math.min(files.size(), 10_000))
                        .mapPartitions(part -> FileExtractor.extractAll(part, hadoop));
                outcomes.addAll(extracted.keyBy(Outcome::key).groupByKey(partitions)
                        .mapPartitionsWithIndex(new ShardWriter(staging, hadoop), false).collect());
            }
            JobManifest manifest = JobManifest.of(inputs, files.size(), outcomes,
                    (System.nanoTime() - started) / 1e9);
            FileSystem fs = staging.getFileSystem(sc.hadoopConfiguration());
            manifest.write(fs, new Path(staging, OutputDirectory.MANIFEST));
            out.commit();
            return manifest;
        } catch (IOException e) {
            out.abort();
            throw new UncheckedIOException(output + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
    }

    /** Describes an {@link ExtractJob}; {@link #build()} checks the description. */
    public static final class Builder {
        private final List<String> inputs = new ArrayList<>();
        private String output;
        private int shards;

        private Builder() {
        }

        /** Adds an input file or folder (a path or any Hadoop file system URI); may be called more than once. */
        public Builder input(String uri) {
            inputs.add(Objects.requireNonNull(uri, "uri"));
            return this;
        }

        /** The output folder (a path or URI); required. */
        public Builder output(String uri) {
            this.output = uri;
            return this;
        }

        /** The number of shard files (default 0: the Spark context's default parallelism). */
        public Builder shards(int count) {
            this.shards = count;
            return this;
        }

        /**
         * Checks the description and builds the job.
         *
         * @throws IllegalStateException when no input or no output was given
         * @throws IllegalArgumentException when an input or the output is blank, the output is also an input, or
         *         the shard count is negative
         */
        public ExtractJob build() {
            if (inputs.isEmpty()) {
                throw new IllegalStateException("no input given");
            }
            if (output == null) {
                throw new IllegalStateException("no output folder given");
            }
            if (output.isBlank() || inputs.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("an input or the output is blank");
            }
            if (inputs.contains(output)) {
                throw new IllegalArgumentException(output + ": the output folder is also an input");
            }
            if (shards < 0) {
                throw new IllegalArgumentException("shards must be 0 (automatic) or positive, not " + shards);
            }
            return new ExtractJob(this);
        }
    }
}
