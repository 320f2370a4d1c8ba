package org.entente.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Strict parsing of publication dates: {@code yyyy-mm-dd}, or an ISO date-time whose date part is taken. */
final class IsoDates {
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDates() {
    }

    /**
     * Parses {@code value}.
     *
     * @throws IllegalArgumentException with a message that says what is wrong (not a real date, or not ISO)
     */
    static LocalDate parse(String value) {
        String v = value.strip();
        try {
            return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException notDate) {
            if (DATE_SHAPE.matcher(v).matches()) {
                throw new IllegalArgumentException("'" + v + "' is not a real date", notDate);
            }
        }
        try {
            return OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(v, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toLocalDate();
            } catch (DateTimeParseException notLocal) {
                throw new IllegalArgumentException("'" + v + "' is not an ISO date (yyyy-mm-dd)", notLocal);
            }
        }
    }
}
