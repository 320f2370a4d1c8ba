package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.entente.nlp.Stages;

/**
 * Measures the CPU time of every stage of the articles processed on one thread (the profile of {@code bench
 * --profile}): the time of that thread ({@link ThreadMXBean}, in nanoseconds) while each stage runs, and the time of
 * each article's whole processing, both of the thread and of the process (every thread, the garbage collector's and
 * the JIT compiler's too, less this profiler's sampling thread; {@code OperatingSystemMXBean.getProcessCpuTime}, which
 * counts in clock ticks of 10 ms on Linux, so only the sum over many articles is exact). Stages do not nest. While
 * CoreNLP's {@code ner} runs, its stack is sampled every {@value #SAMPLE_MILLIS} ms and each sample counted by the part
 * of ner it is in ({@link NerParts}).
 *
 * <pre>
 * try (StageProfiler profiler = new StageProfiler()) {
 *     articles.forEach(a -&gt; profiler.article(() -&gt; loader.load(a)));   // a loader built with .stages(profiler)
 *     ProfilePass pass = profiler.finish();
 * }
 * </pre>
 */
final class StageProfiler implements Stages, AutoCloseable {
    static final long SAMPLE_MILLIS = 5;
    static final String NER = "ner";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Map<String, Long> stages = new LinkedHashMap<>();
    private final StackSampler sampler = new StackSampler(NerParts::of, SAMPLE_MILLIS);
    private long threadNanos;
    private long processNanos;
    private int articles;
    private Thread owner;
    private String running;

    StageProfiler() {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
    }

    /** Runs one article's processing on this thread, measuring its whole time as well as its stages'. */
    void article(Runnable work) {
        checkThread("an article");
        long thread = THREADS.getCurrentThreadCpuTime();
        long process = processCpu();
        work.run();
        threadNanos += THREADS.getCurrentThreadCpuTime() - thread;
        processNanos += processCpu() - process;
        articles++;
    }

    @Override
    public <T> T run(String stage, Supplier<T> work) {
        checkThread("stage " + stage);
        if (running != null) {
            throw new IllegalStateException("stage " + stage + " inside stage " + running);
        }
        running = stage;
        boolean sampled = NER.equals(stage);
        long started = THREADS.getCurrentThreadCpuTime();
        if (sampled) {
            sampler.watch(Thread.currentThread());
        }
        try {
            return work.get();
        } finally {
            if (sampled) {
                sampler.unwatch();
            }
            stages.merge(stage, THREADS.getCurrentThreadCpuTime() - started, Long::sum);
            running = null;
        }
    }

    /** What was measured since the last call (or since this profiler was made), and starts afresh. */
    ProfilePass finish() {
        ProfilePass pass = new ProfilePass(articles, Map.copyOf(stages), List.copyOf(stages.keySet()), threadNanos,
                processNanos, sampler.drain());
        stages.clear();
        threadNanos = 0;
        processNanos = 0;
        articles = 0;
        return pass;
    }

    @Override
    public void close() {
        sampler.close();
    }

    private void checkThread(String what) {
        Thread current = Thread.currentThread();
        if (owner == null) {
            owner = current;
        } else if (owner != current) {
            throw new IllegalStateException("a profiler measures one thread; " + what + " ran on " + current);
        }
    }

    private long processCpu() {
        return OS.getProcessCpuTime() - sampler.cpuNanos();
    }

    /**
     * One profiling pass over the articles, in CPU nanoseconds summed over them.
     *
     * @param articles articles processed
     * @param stages CPU of the processing thread per stage
     * @param order the stages in the order they first ran
     * @param threadNanos CPU of the processing thread over the articles' whole processing
     * @param processNanos CPU of the process (every thread) over the articles' whole processing (10 ms ticks)
     * @param nerSamples stack samples taken in ner, by part
     */
    record ProfilePass(int articles, Map<String, Long> stages, List<String> order, long threadNanos,
            long processNanos, Map<String, Long> nerSamples) {
    }
}
