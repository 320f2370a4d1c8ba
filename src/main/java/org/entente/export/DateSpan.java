package org.entente.export;

import java.time.LocalDate;
import java.util.Objects;

/** The time of one event, from its first to its last possible day (both included). */
public record DateSpan(LocalDate start, LocalDate end) {
    public DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("time span ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
