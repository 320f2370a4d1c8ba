package org.entente.error;

import java.util.Locale;

/** One reported problem: its severity, where it is, and a message that says what is wrong. */
public record Problem(Severity severity, Location location, String message) {
    @Override
    public String toString() {
        return severity.name().toLowerCase(Locale.ROOT) + ": " + location + ": " + message;
    }
}
