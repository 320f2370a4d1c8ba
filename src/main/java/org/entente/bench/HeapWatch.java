package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap use of this JVM during one phase: the sum of the peak usage of every heap memory pool since {@link #start()}
 * (the JVM's own peak counters, reset at the start), and the heap still in use after a full collection at the end
 * (what the phase keeps alive). The peak depends on the collector and on {@code -Xmx}: a collector lets garbage pile up
 * when the heap allows it, so the peak is an upper bound of what the phase needed, and the live figure a lower one.
 */
final class HeapWatch {
    private static final long MB = 1024L * 1024L;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();

    /** Resets the peak counters of the heap pools. */
    void start() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since {@link #start()}, in MB. */
    long peakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            bytes += pool.getPeakUsage().getUsed();
        }
        return bytes / MB;
    }

    /** Heap in use after a full collection, in MB. */
    long liveMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
    }

    /** The largest heap this JVM may use ({@code -Xmx}), in MB. */
    static long maxMb() {
        return Runtime.getRuntime().maxMemory() / MB;
    }
}
