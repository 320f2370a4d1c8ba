package org.entente.facts;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a fact happened, as the text says it: the words ("in June"), the TIMEX3 value SUTime resolved them to
 * ("2024-06"), the value at its own precision ({@code xsd:date}, {@code gYearMonth} or {@code gYear}) and the
 * first and last day it can mean.
 *
 * @param precise the value as an XSD lexical form, or null when the timex has no XSD type (a week, a season)
 * @param datatype {@code date}, {@code gYearMonth} or {@code gYear}; null with {@code precise}
 */
public record FactDate(String text, String timex, String precise, String datatype, LocalDate earliest,
        LocalDate latest) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** Reads a TIMEX3 date value; empty for durations, references such as PRESENT_REF, and anything unparsable. */
    public static Optional<FactDate> ofTimex(String text, String timex) {
        if (timex == null) {
            return Optional.empty();
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(timex)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return Optional.of(new FactDate(text, timex, d.toString(), "date", d, d));
            }
            if ((m = WEEK.matcher(timex)).matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(DayOfWeek.MONDAY);
                return Optional.of(new FactDate(text, timex, null, null, monday, monday.plusDays(6)));
            }
            if ((m = MONTH.matcher(timex)).matches()) {
                YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
                return Optional.of(new FactDate(text, timex, ym.toString(), "gYearMonth", ym.atDay(1), ym.atEndOfMonth()));
            }
            if ((m = YEAR.matcher(timex)).matches()) {
                int y = num(m, 1);
                return Optional.of(new FactDate(text, timex, timex, "gYear", LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
