package org.entente.link.wikidata;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops asking an endpoint after repeated failures. Closed: requests pass; after {@code threshold} consecutive
 * failures it opens and requests are refused without contacting the endpoint; after the cool-down one trial request
 * passes (half-open): success closes it, failure opens it again. Thread-safe.
 */
final class CircuitBreaker {
    private final int threshold;
    private final long coolDownNanos;
    private final LongSupplier nanoClock;
    private int consecutiveFailures;
    private long openedAt;
    private boolean open;
    private boolean trialInFlight;

    CircuitBreaker(int threshold, Duration coolDown, LongSupplier nanoClock) {
        this.threshold = threshold;
        this.coolDownNanos = coolDown.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Whether a request may go out now; in the half-open state only one trial is allowed until it reports. */
    synchronized boolean allowRequest() {
        if (!open) {
            return true;
        }
        if (!trialInFlight && nanoClock.getAsLong() - openedAt >= coolDownNanos) {
            trialInFlight = true;
            return true;
        }
        return false;
    }

    synchronized void success() {
        consecutiveFailures = 0;
        open = false;
        trialInFlight = false;
    }

    synchronized void failure() {
        consecutiveFailures++;
        if (trialInFlight || consecutiveFailures >= threshold) {
            open = true;
            openedAt = nanoClock.getAsLong();
            trialInFlight = false;
        }
    }

    synchronized boolean isOpen() {
        return open;
    }
}
