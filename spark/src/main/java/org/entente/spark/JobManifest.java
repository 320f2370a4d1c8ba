package org.entente.spark;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a run of {@link ExtractJob} produced, as written to {@code manifest.json} in the output folder: every article
 * with its graph, quad count and shard, every failure (an article or file skipped) and warning with its source and
 * reason, and each shard's counts. Lists are in input order.
 *
 * <pre>
 * JobManifest manifest = job.run(sc);
 * manifest.failures().forEach(f -&gt; System.err.println("error: " + f.source() + ": " + f.reason()));
 * long quads = manifest.quads();                 // over all articles; manifest.shards() per shard file
 * </pre>
 *
 * @param inputs the inputs as given
 * @param files the number of article files read
 * @param articles the articles extracted
 * @param failures the articles, rows and files skipped, with the reason
 * @param warnings the problems that skipped nothing
 * @param shards the shard files with their article and quad counts
 * @param seconds the run's wall-clock time
 */
public record JobManifest(List<String> inputs, int files, List<ArticleEntry> articles, List<ProblemEntry> failures,
                          List<ProblemEntry> warnings, List<ShardEntry> shards, double seconds) {

    /** One extracted article: its id, graph IRI, source, quad count and the shard holding its graph. */
    public record ArticleEntry(String id, String graph, String source, int quads, String shard) {
    }

    /** One failure or warning: where (file URI, with {@code #row=N} for a row), the article id when known, and why. */
    public record ProblemEntry(String source, String id, String reason) {
    }

    /** One shard file: its name in the output folder and what it holds. */
    public record ShardEntry(String file, int articles, long quads) {
    }

    static JobManifest of(List<String> inputs, int files, List<Outcome> outcomes, double seconds) {
        List<Outcome> ordered = new ArrayList<>(outcomes);
        ordered.sort(Comparator.comparingLong(Outcome::order));
        List<ArticleEntry> articles = new ArrayList<>();
        List<ProblemEntry> failures = new ArrayList<>();
        List<ProblemEntry> warnings = new ArrayList<>();
        Map<String, long[]> shardCounts = new TreeMap<>();
        for (Outcome o : ordered) {
            switch (o.kind()) {
                case ARTICLE -> {
                    articles.add(new ArticleEntry(o.id(), o.graph(), o.source(), o.quads(), o.shard()));
                    long[] counts = shardCounts.computeIfAbsent(o.shard(), s -> new long[2]);
                    counts[0]++;
                    counts[1] += o.quads();
                }
                case FAILURE -> failures.add(new ProblemEntry(o.source(), o.id(), o.message()));
                case WARNING -> warnings.add(new ProblemEntry(o.source(), o.id(), o.message()));
            }
        }
        List<ShardEntry> shards = new ArrayList<>();
        shardCounts.forEach((name, c) -> shards.add(new ShardEntry(name, (int) c[0], c[1])));
        return new JobManifest(List.copyOf(inputs), files, List.copyOf(articles), List.copyOf(failures),
                List.copyOf(warnings), List.copyOf(shards), seconds);
    }

    /** The number of quads over all articles. */
    public long quads() {
        return articles.stream().mapToLong(ArticleEntry::quads).sum();
    }

    /** The manifest as JSON: the counts first, then the lists. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inputs", inputs);
        json.put("files", files);
        json.put("articles", articles.size());
        json.put("quads", quads());
        json.put("failures", failures.size());
        json.put("warnings", warnings.size());
        json.put("seconds", seconds);
        json.put("shards", shards);
        json.put("articleList", articles);
        json.put("failureList", failures);
        json.put("warningList", warnings);
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        return gson.toJson(json) + "\n";
    }

    void write(FileSystem fs, Path file) throws IOException {
        try (OutputStream out = fs.create(file, true)) {
            out.write(toJson().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A one-line summary, as the command line prints it. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d articles, %d quads in %d shards, %d failures, %d warnings, "
                + "in %.1f s", articles.size(), quads(), shards.size(), failures.size(), warnings.size(), seconds);
    }
}
