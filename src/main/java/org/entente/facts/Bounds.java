package org.entente.facts;

import java.util.Optional;

/**
 * A number as the text states it: "12" gives 12 and 12, "at least 30" gives 30 and no maximum, "up to 500" no minimum
 * and 500. At least one bound is set.
 *
 * @param min the lower bound, or null
 * @param max the upper bound, or null
 */
public record Bounds(Long min, Long max) {
    public Bounds {
        if (min == null && max == null) {
            throw new IllegalArgumentException("a count needs a lower or an upper bound");
        }
    }

    /** From {min, max} with -1 for an open bound, as {@link SentenceContext#amountOf} gives them. */
    static Optional<Bounds> of(long[] pair) {
        Long min = pair[0] < 0 ? null : pair[0];
        Long max = pair[1] < 0 ? null : pair[1];
        return min == null && max == null ? Optional.empty() : Optional.of(new Bounds(min, max));
    }

    public Optional<Long> lower() {
        return Optional.ofNullable(min);
    }

    public Optional<Long> upper() {
        return Optional.ofNullable(max);
    }
}
