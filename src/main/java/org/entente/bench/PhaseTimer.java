package org.entente.bench;

/** Times one phase and watches its heap: {@code start()}, the work, then {@code stop(...)}. */
final class PhaseTimer {
    private final HeapWatch heap = new HeapWatch();
    private long started;

    PhaseTimer start() {
        heap.start();
        started = System.nanoTime();
        return this;
    }

    /** Seconds since {@link #start()}. */
    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** The phase as measured so far; the live heap is taken after the clock stops. */
    Phase stop(String name, long items, String unit) {
        double seconds = seconds();
        long peak = heap.peakMb();
        return Phase.once(name, items, unit, seconds, peak, heap.liveMb());
    }
}
