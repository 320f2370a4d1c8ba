package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Samples the stack of one thread while it is watched ({@link #watch(Thread)} to {@link #unwatch()}), every
 * {@code intervalMillis}, and counts the samples by the label a classifier gives each stack (a stack the classifier
 * gives no label is not counted). The shares of the labels split a measured time among the parts of a step that
 * offers no timing of its own. One daemon thread, parked while nothing is watched; {@link #close()} ends it.
 */
final class StackSampler implements AutoCloseable {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Function<StackTraceElement[], String> classifier;
    private final long intervalNanos;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Thread sampler;
    private volatile Thread target;
    private volatile boolean closed;

    StackSampler(Function<StackTraceElement[], String> classifier, long intervalMillis) {
        if (intervalMillis < 1) {
            throw new IllegalArgumentException("intervalMillis must be positive: " + intervalMillis);
        }
        this.classifier = classifier;
        this.intervalNanos = intervalMillis * 1_000_000L;
        this.sampler = new Thread(this::loop, "entente-bench-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling {@code thread}. */
    void watch(Thread thread) {
        target = thread;
        LockSupport.unpark(sampler);
    }

    /** Stops sampling (a sample being taken may still be counted if its stack has a label). */
    void unwatch() {
        target = null;
    }

    /** The samples counted so far, by label, and forgets them. */
    synchronized Map<String, Long> drain() {
        Map<String, Long> result = Map.copyOf(counts);
        counts.clear();
        return result;
    }

    /** CPU time the sampling thread has used, in nanoseconds (so that a caller can leave it out of its figures). */
    long cpuNanos() {
        return Math.max(0, THREADS.getThreadCpuTime(sampler.getId()));
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(sampler);
    }

    private void loop() {
        while (!closed) {
            Thread watched = target;
            if (watched == null) {
                LockSupport.park(this);
                continue;
            }
            String label = classifier.apply(watched.getStackTrace());
            if (label != null) {
                synchronized (this) {
                    counts.merge(label, 1L, Long::sum);
                }
            }
            LockSupport.parkNanos(this, intervalNanos);
        }
    }
}
