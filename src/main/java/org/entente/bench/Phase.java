package org.entente.bench;

/**
 * One measured phase: how many items it handled (articles, quads, queries), how long it took, and the heap it used.
 *
 * @param name what was measured, as the table shows it
 * @param items items handled (0 when the phase has no items, such as loading models)
 * @param unit what an item is ("articles", "quads")
 * @param seconds wall-clock time
 * @param peakHeapMb peak heap during the phase (see {@link HeapWatch})
 * @param liveHeapMb heap still in use after a full collection at its end
 */
record Phase(String name, long items, String unit, double seconds, long peakHeapMb, long liveHeapMb) {
    /** Items per second; 0 when there are no items. */
    double rate() {
        return items == 0 || seconds <= 0 ? 0 : items / seconds;
    }
}
