package vn.cchc.dossiers.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.cchc.calendar.OfficialCalendar2026;
import vn.cchc.calendar.WorkingCalendar;

class ApologyRulesTest {

    private static final WorkingCalendar CAL = WorkingCalendar.of(OfficialCalendar2026.ENTRIES);

    private static boolean timely(String issuedAt, String dueAt) {
        return ApologyRules.isTimely(LocalDateTime.parse(issuedAt), LocalDateTime.parse(dueAt), CAL);
    }

    @Test
    void theWorkingDayBeforeTheDueDateIsTimely() {
        assertTrue(timely("2026-03-11T16:59", "2026-03-12T10:00"));
        assertTrue(timely("2026-03-11T23:00", "2026-03-12T10:00"), "any time of the day before");
        assertTrue(timely("2026-03-09T09:00", "2026-03-12T10:00"));
    }

    @Test
    void theDueDateItselfIsTooLate() {
        assertFalse(timely("2026-03-12T07:30", "2026-03-12T10:00"));
        assertFalse(timely("2026-03-13T09:00", "2026-03-12T10:00"));
    }

    @Test
    void aWeekendInBetween() {
        // Due Monday 16/3: the previous working day is Friday 13/3.
        assertTrue(timely("2026-03-13T15:00", "2026-03-16T10:00"));
        assertFalse(timely("2026-03-14T09:00", "2026-03-16T10:00"), "Saturday is too late");
        assertFalse(timely("2026-03-15T09:00", "2026-03-16T10:00"), "Sunday is too late");
    }

    @Test
    void theTetBreakInBetween() {
        // Due Mon 23/02/2026: the previous working day is Fri 13/02.
        assertTrue(timely("2026-02-13T16:00", "2026-02-23T10:00"));
        assertFalse(timely("2026-02-20T09:00", "2026-02-23T10:00"));
    }

    @Test
    void theLastTimelyDayIsTheWorkingDayBeforeTheDueDate() {
        org.junit.jupiter.api.Assertions.assertEquals(
                java.time.LocalDate.parse("2026-03-11"),
                ApologyRules.timelyUntil(LocalDateTime.parse("2026-03-12T10:00"), CAL));
        org.junit.jupiter.api.Assertions.assertEquals(
                java.time.LocalDate.parse("2026-03-13"),
                ApologyRules.timelyUntil(LocalDateTime.parse("2026-03-16T07:30"), CAL),
                "over a weekend");
        org.junit.jupiter.api.Assertions.assertEquals(
                java.time.LocalDate.parse("2026-02-13"),
                ApologyRules.timelyUntil(LocalDateTime.parse("2026-02-23T10:00"), CAL),
                "over the Tết break");
        // the day shown is the day the rule accepts, and the next one it refuses
        assertTrue(timely("2026-02-13T23:59", "2026-02-23T10:00"));
        assertFalse(timely("2026-02-14T00:00", "2026-02-23T10:00"));
    }

    private static String broken(String newDueAt) {
        return ApologyRules.newDueViolation(LocalDateTime.parse(newDueAt), CAL)
                .map(ApologyRules.Violation::rule)
                .orElse(null);
    }

    @Test
    void theNewReturnDateIsAWorkingDayInsideOfficeHours() {
        org.junit.jupiter.api.Assertions.assertNull(broken("2026-03-13T16:00"));
        org.junit.jupiter.api.Assertions.assertNull(broken("2026-03-13T17:00"), "the end of the afternoon");
        org.junit.jupiter.api.Assertions.assertNull(broken("2026-03-13T11:30"), "the end of the morning");
        org.junit.jupiter.api.Assertions.assertNull(broken("2026-03-13T07:30"));
        org.junit.jupiter.api.Assertions.assertEquals("workingDay", broken("2026-03-15T09:00"), "a Sunday");
        org.junit.jupiter.api.Assertions.assertEquals("workingDay", broken("2026-09-02T09:00"), "Quốc khánh");
        org.junit.jupiter.api.Assertions.assertEquals("workingDay", broken("2026-02-18T09:00"), "Tết");
        org.junit.jupiter.api.Assertions.assertEquals("officeHours", broken("2026-03-13T03:00"));
        org.junit.jupiter.api.Assertions.assertEquals("officeHours", broken("2026-03-13T12:15"), "lunch break");
        org.junit.jupiter.api.Assertions.assertEquals("officeHours", broken("2026-03-13T17:01"));
        org.junit.jupiter.api.Assertions.assertEquals("supportedRange", broken("9999-03-13T09:00"));
        org.junit.jupiter.api.Assertions.assertEquals("supportedRange", broken("1899-03-13T09:00"));
        org.junit.jupiter.api.Assertions.assertEquals("supportedRange", broken("2101-01-03T09:00"));
    }
}
