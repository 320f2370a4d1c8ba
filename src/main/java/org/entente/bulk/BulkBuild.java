package org.entente.bulk;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.error.Location;
import org.entente.error.ProblemCollector;
import org.entente.error.ProblemHandler;
import org.entente.identity.EventIdentity;
import org.entente.identity.EventRefresh;
import org.entente.store.EntenteStore;
import org.entente.store.FileTrees;
import org.entente.store.StoreStatistics;

/**
 * Builds a new TDB2 store from N-Quads shards (one named graph per article, as {@code entente extract} and the Spark
 * job write them) with a Jena bulk loader, {@code tdb2.xloader} by default, then computes the cross-article events
 * graph from every article graph and writes the query planner's statistics: the store {@code entente load} would have
 * made from the same articles.
 *
 * <p>Every shard is read once first ({@link ShardCheck}); a bad one is reported, naming the file, and nothing is built.
 * The store is built beside its folder ({@code NAME.building-PID}) and moved into place with one rename, so a failed
 * or killed build never leaves a half-built store at the target (the next build removes what a killed one left). The
 * target must be missing or empty: a bulk build makes a new store, it never adds to one.
 *
 * <pre>
 * ProblemCollector problems = new ProblemCollector();
 * Optional&lt;BuildSummary&gt; built = BulkBuild.create()
 *         .shards(List.of(Path.of("shards/")))          // part-00000.nq.gz ...
 *         .store(Path.of("data/tdb2"))
 *         .problems(problems)
 *         .progress(new PrintWriter(System.err, true))
 *         .build()
 *         .run();                                        // empty when a problem was reported
 * </pre>
 */
public final class BulkBuild {
    private static final String BUILDING = ".building-";
    private final List<Path> shards;
    private final Path store;
    private final BulkLoader loader;
    private final Path tmpRoot;
    private final int sortThreads;
    private final ProblemHandler problems;
    private final PrintWriter progress;

    private BulkBuild(Builder b) {
        this.shards = List.copyOf(b.shards);
        this.store = b.store.toAbsolutePath().normalize();
        this.loader = b.loader;
        this.tmpRoot = b.tmpRoot == null ? null : b.tmpRoot.toAbsolutePath().normalize();
        this.sortThreads = b.sortThreads;
        this.problems = b.problems;
        this.progress = b.progress;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Builds the store; returns what was done, or empty when a problem was reported (then the target is unchanged). */
    public Optional<BuildSummary> run() {
        long started = System.nanoTime();
        ProblemCollector seen = new ProblemCollector(problems);
        List<Path> files = ShardFiles.expand(shards, seen);
        checkTarget(seen);
        Optional<Path> home = loader == BulkLoader.XLOADER ? distribution(seen) : Optional.empty();
        if (seen.hasErrors()) {
            return Optional.empty();
        }
        say("reading " + files.size() + (files.size() == 1 ? " shard" : " shards"));
        long t = System.nanoTime();
        Optional<Long> quads = ShardCheck.run(files, seen);
        double check = seconds(t);
        if (quads.isEmpty()) {
            return Optional.empty();
        }
        Path parent = store.getParent();
        String name = store.getFileName().toString();
        Path work = parent.resolve(name + BUILDING + ProcessHandle.current().pid());
        Path tmp = tmpRoot == null ? work.resolve("tmp") : tmpRoot.resolve(work.getFileName() + "-tmp");
        Path built = work.resolve("store");
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent, name);
            Files.createDirectories(work);
            say(String.format(Locale.ROOT, "loading %,d quads with %s", quads.get(),
                    loader.name().toLowerCase(Locale.ROOT)));
            t = System.nanoTime();
            if (loader == BulkLoader.XLOADER) {
                new XLoaderRun(home.orElseThrow(), sortThreads, progress).load(files, built, tmp);
            } else {
                PhasedLoad.load(files, built);
            }
            double load = seconds(t);
            double[] times = new double[2];
            EventRefresh events = finish(built, times);
            moveIntoPlace(built);
            return Optional.of(new BuildSummary(files.size(), quads.get(), loader, events, check, load, times[0],
                    times[1], seconds(started)));
        } catch (XLoaderRun.XLoaderFailure e) {
            seen.error(Location.of(store.toString()), e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the store " + store + " in " + work, e);
        } finally {
            FileTrees.delete(work);
            FileTrees.delete(tmp);
        }
    }

    /** The events graph from every article graph, then the planner's statistics; the store is released after. */
    private EventRefresh finish(Path built, double[] times) {
        EntenteStore opened = EntenteStore.open(built);
        try {
            say("computing the events graph from every article graph");
            long t = System.nanoTime();
            EventRefresh events = EventIdentity.refresh(opened);
            times[0] = seconds(t);
            say(events.summary());
            t = System.nanoTime();
            StoreStatistics.write(opened.dataset());
            times[1] = seconds(t);
            return events;
        } finally {
            opened.close();
            TDBInternal.expel(opened.dataset().asDatasetGraph(), true);
        }
    }

    private void checkTarget(ProblemHandler seen) {
        if (Files.isRegularFile(store)) {
            seen.error(Location.of(store.toString()), "a file, not a store directory");
        } else if (Files.isDirectory(store) && !isEmpty(store)) {
            seen.error(Location.of(store.toString()), "not empty: build-store makes a new store; give a new or empty "
                    + "--store directory ('load' adds articles to an existing store)");
        }
    }

    private static Optional<Path> distribution(ProblemHandler seen) {
        Optional<Path> home = JenaDistribution.locate();
        if (home.isEmpty()) {
            seen.error(Location.of(JenaDistribution.expected().resolve(JenaDistribution.XLOADER).toString()),
                    "Jena's distribution is missing: 'mvn package' unpacks it next to entente.jar (target/jena); or "
                    + "set " + JenaDistribution.VARIABLE + " to an unpacked apache-jena of the same version, or use "
                    + "--loader phased");
        }
        return home;
    }

    private void moveIntoPlace(Path built) throws IOException {
        if (Files.isDirectory(store)) {
            Files.delete(store);
        }
        Files.move(built, store, StandardCopyOption.ATOMIC_MOVE);
    }

    /** What builds killed before their end left beside the store (their process is gone). */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, name + BUILDING + "*")) {
            for (Path leftover : entries) {
                String pid = leftover.getFileName().toString().substring(name.length() + BUILDING.length());
                if (pid.matches("[0-9]+") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    FileTrees.delete(leftover);
                }
            }
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private void say(String message) {
        if (progress != null) {
            progress.println("build-store: " + message);
            progress.flush();
        }
    }

    /** Describes a bulk build; {@link #build()} checks the description. */
    public static final class Builder {
        private List<Path> shards;
        private Path store;
        private BulkLoader loader = BulkLoader.XLOADER;
        private Path tmpRoot;
        private int sortThreads = 2;
        private ProblemHandler problems;
        private PrintWriter progress;

        private Builder() {
        }

        /** Shard files ({@code .nq}, {@code .nq.gz}) and directories of them; required, at least one. */
        public Builder shards(List<Path> value) {
            shards = value;
            return this;
        }

        /** The new store's directory (missing or empty); required. */
        public Builder store(Path value) {
            store = value;
            return this;
        }

        /** The bulk loader (default {@link BulkLoader#XLOADER}). */
        public Builder loader(BulkLoader value) {
            loader = value;
            return this;
        }

        /** Where {@code tdb2.xloader} sorts (default: inside the build folder beside the store). */
        public Builder tmpDir(Path value) {
            tmpRoot = value;
            return this;
        }

        /** Threads of {@code tdb2.xloader}'s sorts (default 2, the script's default). */
        public Builder sortThreads(int value) {
            sortThreads = value;
            return this;
        }

        /** Where bad shards, a non-empty target and a failed load are reported; required. */
        public Builder problems(ProblemHandler value) {
            problems = value;
            return this;
        }

        /** Where the steps and the loader's log are printed as they go (optional). */
        public Builder progress(PrintWriter value) {
            progress = value;
            return this;
        }

        /**
         * Checks the description.
         *
         * @throws IllegalStateException when the shards, the store, the loader or the problem handler are missing
         * @throws IllegalArgumentException when no shard is given or the sort threads are not positive
         */
        public BulkBuild build() {
            if (shards == null || store == null || loader == null || problems == null) {
                throw new IllegalStateException("shards, store, loader and problems are required");
            }
            if (shards.isEmpty()) {
                throw new IllegalArgumentException("no shard given");
            }
            if (sortThreads < 1) {
                throw new IllegalArgumentException("sortThreads must be positive: " + sortThreads);
            }
            return new BulkBuild(this);
        }
    }
}
