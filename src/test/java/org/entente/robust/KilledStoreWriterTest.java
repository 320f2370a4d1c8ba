package org.entente.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.entente.error.ProblemCollector;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;
import org.entente.load.ArticleLoader;
import org.entente.pipeline.SeedFixture;
import org.entente.rdf.QuadCollector;
import org.entente.store.JournalRepair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety in every build: kills a process that writes article graphs into a TDB2 store with SIGKILL at random
 * points, at least 20 times in about a minute, and checks after every kill that the store opens (with
 * {@link JournalRepair}), that every article graph in it is exactly the one an uninterrupted load gives, that the
 * events graph is exactly the one the stored articles give, and finally that a rerun completes the load with a store
 * isomorphic to the uninterrupted one.
 *
 * <p>The articles (the seed sample and the shortest gold articles, all in the repository) are extracted once, in this
 * JVM, with the real pipeline; the killed process is {@link PreExtractedLoader}, which writes them and updates the
 * events graph as {@code entente load} does, several articles per transaction, but without loading
 * CoreNLP, so its life is spent in TDB2 writes and commits rather than in NLP. Each run resumes with the articles not
 * yet stored, led by the last stored one (so kills also hit the replacement of an existing graph); once all are stored,
 * runs replace them all again. {@code CrashSafetyTest} (on demand) kills the real {@code entente load} instead.
 * {@code -Dentente.crash.kills=N} and {@code -Dentente.crash.seed=S} set the number of kills and the random seed.
 */
class KilledStoreWriterTest {
    private static final int GOLD_ARTICLES = 12;
    private static final long RUN_TIMEOUT_SECONDS = 120;
    private static final String WRITER = PreExtractedLoader.class.getName();

    @TempDir
    Path tmp;

    /** When to kill one run. */
    enum Mode { AFTER_START, AFTER_STORED, IN_COMMIT }

    /**
     * A kill plan: {@code AFTER_START} at {@code delayMicros} after the process starts (anywhere in its life, startup
     * included); {@code AFTER_STORED} {@code delayMicros} after it reports its k-th stored article (in the next
     * transaction); {@code IN_COMMIT} as soon as the journal holds a commit being written after k-1 stored articles.
     */
    record Plan(Mode mode, int stored, long delayMicros) {
        static Plan random(Random random, long lifeMillis, int articles) {
            double r = random.nextDouble();
            int k = 1 + random.nextInt(Math.max(1, Math.min(articles - 1, 5)));
            if (r < 0.25) {
                return new Plan(Mode.AFTER_START, 0, (long) (random.nextDouble() * lifeMillis * 1000));
            }
            if (r < 0.6) {
                return new Plan(Mode.AFTER_STORED, k, random.nextInt(30_000));
            }
            return new Plan(Mode.IN_COMMIT, k, 0);
        }

        @Override
        public String toString() {
            return switch (mode) {
                case AFTER_START -> String.format(Locale.ROOT, "at %.1f ms after start", delayMicros / 1000.0);
                case AFTER_STORED -> String.format(Locale.ROOT, "%.1f ms after stored article %d", delayMicros / 1000.0,
                        stored);
                case IN_COMMIT -> "in the commit after stored article " + (stored - 1);
            };
        }
    }

    @Test
    void killedWritesLeaveEveryArticleCompleteOrAbsentAndARerunCompletesIt() throws Exception {
        int kills = Integer.getInteger("entente.crash.kills", 20);
        long seed = Long.getLong("entente.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        long t0 = System.nanoTime();
        List<Path> files = extractArticles(tmp.resolve("articles"));
        System.out.printf(Locale.ROOT, "store-writer crash test: %d articles extracted in %.1f s; %d kills, seed %d%n",
                files.size(), seconds(t0), kills, seed);

        Path referenceDir = tmp.resolve("reference");
        long r0 = System.nanoTime();
        LoaderProcess uninterrupted = writer(referenceDir, files, tmp.resolve("reference.log"));
        assertEquals(0, uninterrupted.waitFor(RUN_TIMEOUT_SECONDS), uninterrupted.logText());
        long lifeMillis = (System.nanoTime() - r0) / 1_000_000;
        StoreContents reference = StoreContents.read(referenceDir);
        assertEquals(idsOf(files), reference.articleIds());

        Path store = tmp.resolve("store");
        Set<String> stored = Set.of();
        int killed = 0;
        int runs = 0;
        int repairs = 0;
        Map<Mode, Integer> killsByMode = new EnumMap<>(Mode.class);
        long k0 = System.nanoTime();
        while (killed < kills) {
            runs++;
            if (runs > kills * 3) {
                fail("only " + killed + " of " + kills + " kills in " + runs + " runs");
            }
            List<Path> next = nextFiles(files, stored);
            Plan plan = Plan.random(random, lifeMillis, next.size());
            Path log = tmp.resolve("run-" + runs + ".log");
            LoaderProcess run = writer(store, next, log);
            boolean wasKilled = killAccordingTo(plan, run, new StoreCommitWatcher(store), log);
            long life = run.millisSinceStart();
            long c0 = System.nanoTime();
            List<String> repaired = JournalRepair.repair(store);
            repairs += repaired.size();
            StoreContents after = StoreContents.read(store);
            CompleteOrAbsent.check(after, reference, "run " + runs + " (" + plan + ")");
            stored = after.articleIds();
            if (wasKilled) {
                killed++;
                killsByMode.merge(plan.mode(), 1, Integer::sum);
            } else {
                assertEquals(0, run.waitFor(RUN_TIMEOUT_SECONDS), "run " + runs + " failed: " + run.logText());
            }
            System.out.printf(Locale.ROOT, "store-writer crash test: run %d %s %s (%.1f s; check %.1f s): %d of %d "
                    + "written before, %d stored now, every one complete%s%n", runs,
                    wasKilled ? "killed" : "finished before the kill", plan, life / 1000.0, seconds(c0),
                    storedLines(log), next.size(), stored.size(), repaired.isEmpty() ? "" : "; " + repaired);
        }
        double killSeconds = seconds(k0);

        LoaderProcess rerun = writer(store, files, tmp.resolve("rerun.log"));
        assertEquals(0, rerun.waitFor(RUN_TIMEOUT_SECONDS), "rerun: " + rerun.logText());
        StoreContents last = StoreContents.read(store);
        assertEquals(reference.articleIds(), last.articleIds());
        assertTrue(IsoMatcher.isomorphic(last.copy(), reference.copy()),
                "store after kills and rerun differs from the uninterrupted load");
        System.out.printf(Locale.ROOT, "store-writer crash test: %d kills (%s) survived in %d runs and %.1f s, journal "
                + "repaired %d times; rerun ended isomorphic to the uninterrupted load (%.1f s in all)%n", killed,
                killsByMode, runs, killSeconds, repairs, seconds(t0));
        assertTrue(killed >= 20, "fewer than 20 kills");
    }

    /** Extracts the seed sample and the shortest gold articles, one N-Quads file per article, in load order. */
    private static List<Path> extractArticles(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> texts = new ArrayList<>();
        texts.add(SeedFixture.seedFile());
        List<Path> gold;
        try (Stream<Path> files = Files.walk(SeedFixture.repo().resolve("tests/gold/wikinews"))) {
            gold = files.filter(p -> p.getFileName().toString().equals("article.txt"))
                    .sorted(Comparator.comparingLong(KilledStoreWriterTest::size).thenComparing(Path::toString))
                    .limit(GOLD_ARTICLES).toList();
        }
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        for (Path text : gold) {
            String name = text.getParent().getFileName().toString();
            texts.add(Files.copy(text, inputs.resolve(name + ".txt")));
            Files.copy(text.resolveSibling("article.json"), inputs.resolve(name + ".json"));
        }
        ProblemCollector problems = new ProblemCollector();
        ArticleSource.Builder source = ArticleSource.create().problems(problems);
        texts.forEach(source::path);
        QuadCollector collector = new QuadCollector();
        ArticleLoader loader = ArticleLoader.create().sink(collector).problems(problems).build();
        List<Path> files = new ArrayList<>();
        for (Article article : source.build().stream().toList()) {
            int from = collector.quads().size();
            assertTrue(loader.load(article) != null, article.id() + ": " + problems.problems());
            Path file = dir.resolve(String.format(Locale.ROOT, "%02d-%s.nq", files.size() + 1, article.id()));
            try (OutputStream out = Files.newOutputStream(file)) {
                RDFDataMgr.writeQuads(out, collector.quads().subList(from, collector.quads().size()).iterator());
            }
            files.add(file);
        }
        assertFalse(problems.hasErrors(), problems.problems().toString());
        assertEquals(GOLD_ARTICLES + 1, files.size());
        return files;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.indexOf('-') + 1, name.length() - ".nq".length());
    }

    private static Set<String> idsOf(List<Path> files) {
        Set<String> ids = new TreeSet<>();
        files.forEach(f -> ids.add(idOf(f)));
        return ids;
    }

    /** The files not yet stored, led by the last stored one; all of them once all are stored. */
    private static List<Path> nextFiles(List<Path> files, Set<String> stored) {
        List<Path> next = new ArrayList<>();
        Path lastStored = null;
        for (Path file : files) {
            if (stored.contains(idOf(file))) {
                lastStored = file;
            } else {
                next.add(file);
            }
        }
        if (next.isEmpty()) {
            return files;
        }
        if (lastStored != null) {
            next.add(0, lastStored);
        }
        return next;
    }

    private static LoaderProcess writer(Path store, List<Path> files, Path log) throws IOException {
        List<String> args = new ArrayList<>();
        args.add(store.toString());
        files.forEach(f -> args.add(f.toString()));
        return LoaderProcess.startMain("512m", WRITER, args, log);
    }

    /** Kills the run as planned; false when it finished first. */
    private static boolean killAccordingTo(Plan plan, LoaderProcess run, StoreCommitWatcher watcher, Path log)
            throws InterruptedException {
        long deadline = RUN_TIMEOUT_SECONDS * 1000;
        switch (plan.mode()) {
            case AFTER_START -> {
                while (run.isAlive() && run.millisSinceStart() * 1000 < plan.delayMicros()) {
                    pause();
                }
            }
            case AFTER_STORED -> {
                while (run.isAlive() && run.millisSinceStart() < deadline && storedLines(log) < plan.stored()) {
                    pause();
                }
                long until = System.nanoTime() + plan.delayMicros() * 1000;
                while (run.isAlive() && System.nanoTime() < until) {
                    pause();
                }
            }
            case IN_COMMIT -> {
                while (run.isAlive() && run.millisSinceStart() < deadline
                        && !(storedLines(log) >= plan.stored() - 1 && watcher.committing())) {
                    pause();
                }
            }
        }
        boolean alive = run.isAlive();
        run.kill();
        return alive;
    }

    /** A short pause between polls (0.2 ms), so polling does not take a whole CPU from the writer. */
    private static void pause() {
        LockSupport.parkNanos(200_000);
    }

    /** How many articles the run has reported stored, from its log. */
    private static int storedLines(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return (int) text.lines().filter(l -> l.startsWith(PreExtractedLoader.STORED)).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
