package org.entente.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** TIMEX3 values as SUTime gives them, read at their own precision with their first and last day. */
class FactDateTest {

    @Test
    void dayMonthYear() {
        FactDate day = FactDate.ofTimex("on Tuesday", "2024-11-05").orElseThrow();
        assertEquals("date", day.datatype());
        assertEquals(LocalDate.of(2024, 11, 5), day.earliest());
        assertEquals(day.earliest(), day.latest());
        FactDate month = FactDate.ofTimex("in June", "2024-06").orElseThrow();
        assertEquals("gYearMonth", month.datatype());
        assertEquals(LocalDate.of(2024, 6, 30), month.latest());
        FactDate feb = FactDate.ofTimex("in February", "2024-02").orElseThrow();
        assertEquals(LocalDate.of(2024, 2, 29), feb.latest());
        FactDate year = FactDate.ofTimex("in 2022", "2022").orElseThrow();
        assertEquals("gYear", year.datatype());
        assertEquals(LocalDate.of(2022, 12, 31), year.latest());
    }

    @Test
    void isoWeekHasBoundsButNoXsdValue() {
        FactDate week = FactDate.ofTimex("last week", "2024-W44").orElseThrow();
        assertNull(week.precise());
        assertEquals(LocalDate.of(2024, 10, 28), week.earliest());
        assertEquals(LocalDate.of(2024, 11, 3), week.latest());
    }

    @Test
    void durationsReferencesAndImpossibleDatesAreNoDates() {
        assertTrue(FactDate.ofTimex("recent weeks", "PXW").isEmpty());
        assertTrue(FactDate.ofTimex("current", "PRESENT_REF").isEmpty());
        assertTrue(FactDate.ofTimex("x", "2024-02-30").isEmpty());
        assertTrue(FactDate.ofTimex("x", null).isEmpty());
    }
}
