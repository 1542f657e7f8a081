package vn.cchc.dossiers.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.calendar.OfficialCalendar2026;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.dossiers.domain.calendar.DueDateCalculator.Pause;
import vn.cchc.dossiers.domain.calendar.DueDateCalculator.Result;

class DueDateCalculatorTest {

    private static final LocalTime CUTOFF = LocalTime.of(15, 0);
    private final DueDateCalculator calc = new DueDateCalculator(WorkingCalendar.of(OfficialCalendar2026.ENTRIES));

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    private Result due(String receivedAt, String value, String unit) {
        return calc.due(t(receivedAt), new BigDecimal(value), unit, null, List.of(), null);
    }

    private Result due(String receivedAt, String value, String unit, LocalTime cutoff) {
        return calc.due(t(receivedAt), new BigDecimal(value), unit, cutoff, List.of(), null);
    }

    private static void assertResult(String clockStart, String dueAt, Result actual) {
        assertEquals(new Result(t(clockStart), t(dueAt)), actual);
    }

    private static void assertResult(String clockStart, String dueAt, Result actual, String message) {
        assertEquals(new Result(t(clockStart), t(dueAt)), actual, message);
    }

    // ------------------------------------------------------------ working days

    @Test
    void threeWorkingDaysBeforeTet() {
        assertResult("2026-02-09T09:00", "2026-02-12T09:00", due("2026-02-09T09:00", "3", "WORKING_DAYS"));
    }

    @Test
    void threeWorkingDaysOverTheTetBreak() {
        // Fri 13/02 10:00–17:00 = 5.5 h; 14–22/02 off; Mon 23, Tue 24 = 16 h; Wed 25 + 2.5 h → 10:00.
        assertResult("2026-02-13T10:00", "2026-02-25T10:00", due("2026-02-13T10:00", "3", "WORKING_DAYS"));
    }

    @Test
    void overTheSwappedSaturdayAndTheQuocKhanhBreak() {
        assertResult("2026-08-21T09:00", "2026-08-24T09:00", due("2026-08-21T09:00", "2", "WORKING_DAYS"));
        assertResult("2026-08-28T09:00", "2026-09-04T09:00", due("2026-08-28T09:00", "2", "WORKING_DAYS"));
    }

    @Test
    void fractionalWorkingDays() {
        assertResult("2026-03-02T09:00", "2026-03-02T14:30", due("2026-03-02T09:00", "0.5", "WORKING_DAYS"));
        assertResult("2026-03-02T09:00", "2026-03-02T11:00", due("2026-03-02T09:00", "0.25", "WORKING_DAYS"));
        assertResult("2026-03-02T07:30", "2026-03-03T11:30", due("2026-03-02T07:00", "1.5", "WORKING_DAYS"));
    }

    @Test
    void oneWorkingDayFromTheMorningEndsTheSameDay() {
        assertResult("2026-03-02T07:30", "2026-03-02T17:00", due("2026-03-02T07:30", "1", "WORKING_DAYS"));
    }

    // ------------------------------------------------------------ clock start

    @Test
    void afterTheCutoffTheClockStartsTheNextWorkingDay() {
        assertResult("2026-03-04T07:30", "2026-03-04T17:00", due("2026-03-03T15:30", "1", "WORKING_DAYS", CUTOFF));
        assertResult(
                "2026-03-03T15:00",
                "2026-03-04T15:00",
                due("2026-03-03T15:00", "1", "WORKING_DAYS", CUTOFF),
                "15:00 itself is not after the cut-off");
        assertResult(
                "2026-03-03T15:30",
                "2026-03-04T15:30",
                due("2026-03-03T15:30", "1", "WORKING_DAYS"),
                "no cut-off for this procedure");
        assertResult(
                "2026-02-23T07:30",
                "2026-02-23T17:00",
                due("2026-02-13T16:00", "1", "WORKING_DAYS", CUTOFF),
                "the next working day is after Tết");
    }

    @Test
    void receivedOnANonWorkingDay() {
        assertResult("2026-03-09T07:30", "2026-03-11T17:00", due("2026-03-07T10:00", "3", "WORKING_DAYS"));
        assertResult("2026-02-23T07:30", "2026-02-23T17:00", due("2026-02-18T09:00", "1", "WORKING_DAYS", CUTOFF));
        assertResult(
                "2026-08-22T09:00",
                "2026-08-24T09:00",
                due("2026-08-22T09:00", "1", "WORKING_DAYS"),
                "a worked Saturday is a working day");
    }

    @Test
    void receivedOutsideOfficeHours() {
        assertResult("2026-03-02T07:30", "2026-03-02T17:00", due("2026-03-02T06:45", "1", "WORKING_DAYS", CUTOFF));
        // Lunch: the clock starts at 13:00; 4 h that afternoon + 4 h the next morning → 11:30.
        assertResult("2026-03-02T13:00", "2026-03-03T11:30", due("2026-03-02T12:00", "1", "WORKING_DAYS", CUTOFF));
        assertResult("2026-03-02T13:00", "2026-03-02T14:00", due("2026-03-02T11:45", "1", "HOURS", CUTOFF));
        assertResult("2026-03-03T07:30", "2026-03-03T17:00", due("2026-03-02T17:30", "1", "WORKING_DAYS"));
        assertResult("2026-03-03T07:30", "2026-03-03T17:00", due("2026-03-02T17:00", "1", "WORKING_DAYS"));
        assertResult("2026-03-02T11:29", "2026-03-03T11:29", due("2026-03-02T11:29", "1", "WORKING_DAYS"));
    }

    // ------------------------------------------------------------ other units

    @Test
    void hours() {
        assertResult("2026-03-02T16:00", "2026-03-03T10:30", due("2026-03-02T16:00", "4", "HOURS"));
        assertResult("2026-03-02T10:00", "2026-03-02T14:30", due("2026-03-02T10:00", "3", "HOURS"));
        assertResult("2026-03-02T10:00", "2026-03-02T10:45", due("2026-03-02T10:00", "0.75", "HOURS"));
    }

    /**
     * BLDS 2015 Điều 148 (docs/domain/calendar.md §7.3): a calendar-day deadline ends at the end of its last day
     * (khoản 1; before issue 12 it kept the receipt's time of day); one whose last day is a day off ends at the end of
     * the next working day (khoản 5, 17:00), not at its start (07:30 before issue 12).
     */
    @Test
    void calendarDays() {
        assertResult("2026-03-02T09:00", "2026-03-09T17:00", due("2026-03-02T09:00", "7", "DAYS"));
        assertResult(
                "2026-03-02T09:00",
                "2026-03-09T17:00",
                due("2026-03-02T09:00", "6", "DAYS"),
                "Sunday 08/3 → end of Monday");
        assertResult(
                "2026-04-23T10:00",
                "2026-04-28T17:00",
                due("2026-04-23T10:00", "4", "DAYS"),
                "Mon 27/4 is the compensation for Giỗ Tổ");
        assertResult(
                "2026-02-13T07:30",
                "2026-02-23T17:00",
                due("2026-02-12T16:00", "1", "DAYS", CUTOFF),
                "clock starts Fri 13/2; Sat 14/2 → after Tết");
    }

    @Test
    void months() {
        assertResult("2026-03-10T09:00", "2026-04-10T17:00", due("2026-03-10T09:00", "1", "MONTHS"));
        assertResult(
                "2026-03-31T10:00",
                "2026-05-04T17:00",
                due("2026-03-31T10:00", "1", "MONTHS"),
                "30/4 and 1/5 are holidays, 2–3/5 the weekend");
        assertResult(
                "2026-01-30T10:00",
                "2026-03-02T17:00",
                due("2026-01-30T10:00", "1", "MONTHS"),
                "30/01 + 1 month = Sat 28/02 → Mon 02/03");
    }

    @Test
    void unitsAndValuesAreValidated() {
        assertResult("2026-03-02T09:00", "2026-03-03T09:00", due("2026-03-02T09:00", "1", "working_days"));
        assertResult("2026-03-02T09:00", "2026-03-09T17:00", due("2026-03-02T09:00", "7.0", "DAYS"));
        assertThrows(IllegalArgumentException.class, () -> due("2026-03-02T09:00", "1", "WEEKS"));
        assertThrows(IllegalArgumentException.class, () -> due("2026-03-02T09:00", "1.5", "DAYS"));
        assertThrows(IllegalArgumentException.class, () -> due("2026-03-02T09:00", "0.5", "MONTHS"));
        assertThrows(IllegalArgumentException.class, () -> due("2026-03-02T09:00", "0", "WORKING_DAYS"));
        assertThrows(
                IllegalArgumentException.class,
                () -> calc.due(t("2026-03-02T09:00"), BigDecimal.ONE, (String) null, null, null, null));
    }

    // ------------------------------------------------------------ pauses

    @Test
    void aPauseOfTwoWorkingDaysPushesTheDueDateByTwoWorkingDays() {
        Result withoutPause = due("2026-03-02T08:00", "5", "WORKING_DAYS");
        assertResult("2026-03-02T08:00", "2026-03-09T08:00", withoutPause);
        Result result = calc.due(
                t("2026-03-02T08:00"),
                new BigDecimal("5"),
                "WORKING_DAYS",
                CUTOFF,
                List.of(new Pause(t("2026-03-03T08:00"), t("2026-03-05T08:00"))),
                null);
        assertResult("2026-03-02T08:00", "2026-03-11T08:00", result);
    }

    @Test
    void anOpenPauseRunsUntilNow() {
        List<Pause> pauses = List.of(new Pause(t("2026-03-04T10:00"), null));
        assertResult(
                "2026-03-02T08:00",
                "2026-03-10T08:00",
                calc.due(
                        t("2026-03-02T08:00"),
                        new BigDecimal("5"),
                        "WORKING_DAYS",
                        null,
                        pauses,
                        t("2026-03-05T10:00")));
        assertResult(
                "2026-03-02T08:00",
                "2026-03-11T08:00",
                calc.due(
                        t("2026-03-02T08:00"),
                        new BigDecimal("5"),
                        "WORKING_DAYS",
                        null,
                        pauses,
                        t("2026-03-06T10:00")));
        assertResult(
                "2026-03-02T08:00",
                "2026-03-09T08:00",
                calc.due(
                        t("2026-03-02T08:00"),
                        new BigDecimal("5"),
                        "WORKING_DAYS",
                        null,
                        pauses,
                        t("2026-03-04T09:00")),
                "now before the pause: nothing added");
        assertThrows(
                IllegalArgumentException.class,
                () -> calc.due(t("2026-03-02T08:00"), new BigDecimal("5"), "WORKING_DAYS", null, pauses, null));
    }

    @Test
    void aPauseIsClippedToTheClockStart() {
        // Received Saturday: the clock starts Mon 07:30; only Mon 07:30–09:30 of the pause counts.
        Result result = calc.due(
                t("2026-03-07T10:00"),
                BigDecimal.ONE,
                "WORKING_DAYS",
                null,
                List.of(new Pause(t("2026-03-07T11:00"), t("2026-03-09T09:30"))),
                null);
        assertResult("2026-03-09T07:30", "2026-03-10T09:30", result);
    }

    @Test
    void theWorkingTimeOfAPauseBeforeTheClockStartIsIgnored() {
        // Received Tue 15:30 after the 15:00 cut-off: the clock starts Wed 07:30. The pause from Tue
        // 15:40 counts only from Wed 07:30 (2 h), not the 1 h 20 min of Tuesday afternoon.
        Result result = calc.due(
                t("2026-03-03T15:30"),
                BigDecimal.ONE,
                "WORKING_DAYS",
                CUTOFF,
                List.of(new Pause(t("2026-03-03T15:40"), t("2026-03-04T09:30"))),
                null);
        assertResult("2026-03-04T07:30", "2026-03-05T09:30", result);
    }

    @Test
    void pausesAreAddedInOrderAndOverlapsCountOnce() {
        List<Pause> pauses = List.of(
                new Pause(t("2026-03-04T13:00"), t("2026-03-04T17:00")),
                new Pause(t("2026-03-03T07:30"), t("2026-03-03T11:30")),
                new Pause(t("2026-03-04T15:00"), t("2026-03-05T11:30")));
        // 4 h on 03/3, then 13:00 04/3 → 11:30 05/3 = 8 h merged: 12 h in all.
        Result result = calc.due(t("2026-03-02T08:00"), new BigDecimal("5"), "WORKING_DAYS", null, pauses, null);
        assertResult("2026-03-02T08:00", "2026-03-10T13:30", result);
    }

    @Test
    void pausesAddedToACalendarDayDueDateCountWorkingTime() {
        Result result = calc.due(
                t("2026-03-02T09:00"),
                new BigDecimal("7"),
                "DAYS",
                null,
                List.of(new Pause(t("2026-03-03T09:00"), t("2026-03-04T09:00"))),
                null);
        assertResult("2026-03-02T09:00", "2026-03-10T17:00", result);
    }

    @Test
    void aPauseMayNotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new Pause(t("2026-03-04T10:00"), t("2026-03-04T09:00")));
    }
}
