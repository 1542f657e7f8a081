package vn.cchc.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.calendar.CalendarEntry.Kind;
import vn.cchc.calendar.WorkingCalendar.WorkingHours;

class WorkingCalendarTest {

    static final List<CalendarEntry> OFFICIAL_2026 = OfficialCalendar2026.ENTRIES;

    static final WorkingCalendar CAL = WorkingCalendar.of(OFFICIAL_2026);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    private static void assertHours(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " h but was " + actual);
    }

    @Test
    void official2026Schedule() {
        assertEquals(
                List.of(
                        d("2026-01-01"),
                        d("2026-02-16"),
                        d("2026-02-17"),
                        d("2026-02-18"),
                        d("2026-02-19"),
                        d("2026-02-20"),
                        d("2026-04-27"),
                        d("2026-04-30"),
                        d("2026-05-01"),
                        d("2026-08-31"),
                        d("2026-09-01"),
                        d("2026-09-02")),
                CAL.nonWorkingWeekdays(2026));
        assertEquals(List.of(d("2026-08-22")), CAL.workedWeekendDays(2026));
    }

    /**
     * The 2026 schedule as stored before issue 12 (the swap only) would now lose 01/9 and take 03/9: the default
     * adjacent day of a Wednesday 2/9 is the Thursday. V7 of dossiers stores the rest of TB 9441 (01/9 off, 03/9
     * worked, Tết) so that the schedule above stays exactly as decided.
     */
    @Test
    void theSwapAloneNoLongerGivesThe2026Schedule() {
        WorkingCalendar swapOnly = WorkingCalendar.of(OfficialCalendar2026.SWAP_ONLY);
        assertTrue(swapOnly.isWorkingDay(d("2026-09-01")));
        assertFalse(swapOnly.isWorkingDay(d("2026-09-03")));
        assertFalse(CAL.isWorkingDay(d("2026-09-01")));
        assertTrue(CAL.isWorkingDay(d("2026-09-03")));
        assertEquals(
                CalendarEntry.Source.DECISION,
                CAL.entryOn(d("2026-09-03")).orElseThrow().source());
        assertEquals(
                Kind.SWAPPED_WORKDAY, CAL.entryOn(d("2026-09-03")).orElseThrow().kind());
        assertTrue(CAL.hasDecision(2026));
        assertFalse(CAL.hasDecision(2027));
    }

    @Test
    void withoutTheOfficialEntriesThe2026SwapIsAbsent() {
        WorkingCalendar statutoryOnly = WorkingCalendar.of(List.of());
        assertTrue(statutoryOnly.isWorkingDay(d("2026-08-31")));
        assertFalse(statutoryOnly.isWorkingDay(d("2026-08-22")));
        assertEquals(List.of(), statutoryOnly.workedWeekendDays(2026));
        assertEquals(11, statutoryOnly.nonWorkingWeekdays(2026).size());
    }

    @Test
    void the2025SwapsAreReproducedFromTheirEntries() {
        // Swaps as announced for 2025 (passed as data): Tết, Mon 27/01 ↔ Sat 08/02; 30/4–1/5, Fri 02/5 ↔ Sat 26/4.
        // Sat 01/02/2025 (mùng 4 Tết) gives no extra day off in that decision: by default it would give Mon 03/02
        // (art. 111.3), so the decision names 03/02 as a working day.
        assertFalse(WorkingCalendar.of(List.of()).isWorkingDay(d("2025-02-03")), "the default compensates mùng 4");
        WorkingCalendar cal = WorkingCalendar.of(List.of(
                new CalendarEntry(d("2025-01-27"), Kind.COMPENSATORY_OFF, "Hoán đổi với 08/02"),
                new CalendarEntry(d("2025-02-08"), Kind.SWAPPED_WORKDAY, "Làm bù 27/01"),
                new CalendarEntry(d("2025-02-03"), Kind.SWAPPED_WORKDAY, "Tết kết thúc 02/02, không nghỉ bù"),
                new CalendarEntry(d("2025-05-02"), Kind.COMPENSATORY_OFF, "Hoán đổi với 26/4"),
                new CalendarEntry(d("2025-04-26"), Kind.SWAPPED_WORKDAY, "Làm bù 02/5")));
        assertEquals(
                List.of(
                        d("2025-01-01"),
                        d("2025-01-27"),
                        d("2025-01-28"),
                        d("2025-01-29"),
                        d("2025-01-30"),
                        d("2025-01-31"),
                        d("2025-04-07"),
                        d("2025-04-30"),
                        d("2025-05-01"),
                        d("2025-05-02"),
                        d("2025-09-01"),
                        d("2025-09-02")),
                cal.nonWorkingWeekdays(2025));
        assertEquals(List.of(d("2025-02-08"), d("2025-04-26")), cal.workedWeekendDays(2025));
        assertTrue(cal.isWorkingDay(d("2025-02-03")));
    }

    @Test
    void aSwappedWorkdayOnAWeekdayCancelsADefaultDayOff() {
        // A decision for Thursday 02/9/2021 that took Wednesday 01/9 instead of the default Friday 03/9.
        assertFalse(WorkingCalendar.of(List.of()).isWorkingDay(d("2021-09-03")), "the default: Friday 03/9");
        assertTrue(WorkingCalendar.of(List.of()).isWorkingDay(d("2021-09-01")));
        WorkingCalendar cal = WorkingCalendar.of(List.of(
                new CalendarEntry(d("2021-09-03"), Kind.SWAPPED_WORKDAY, "Ngày liền kề là 01/9"),
                new CalendarEntry(d("2021-09-01"), Kind.HOLIDAY, "Quốc khánh (ngày liền kề trước 2/9)")));
        assertTrue(cal.isWorkingDay(d("2021-09-03")));
        assertFalse(cal.isWorkingDay(d("2021-09-02")));
        assertFalse(cal.isWorkingDay(d("2021-09-01")));
        assertEquals(List.of(), cal.workedWeekendDays(2021));
        assertEquals(Kind.HOLIDAY, cal.entryOn(d("2021-09-01")).orElseThrow().kind());
    }

    @Test
    void entriesMergeStatutoryAndOfficial() {
        // statutory 01/1, 26/4 (Sunday), 27/4 (nghỉ bù), 30/4, 01/5; decided: Tết, 22/8, 31/8, 01/9, 02/9, 03/9
        List<CalendarEntry> entries = CAL.entries(2026);
        assertEquals(15, entries.size());
        assertTrue(entries.containsAll(OFFICIAL_2026));
        assertEquals(
                List.of(
                        CalendarEntry.Source.LAW,
                        CalendarEntry.Source.DECISION,
                        CalendarEntry.Source.LAW,
                        CalendarEntry.Source.COMPENSATION,
                        CalendarEntry.Source.DECISION),
                List.of(
                        entries.get(0).source(),
                        entries.get(1).source(),
                        entries.get(6).source(),
                        entries.get(7).source(),
                        entries.get(14).source()));
        assertEquals(d("2026-08-22"), entries.get(10).date());
        assertEquals(d("2026-08-31"), entries.get(11).date());
        assertEquals(Kind.HOLIDAY, CAL.entryOn(d("2026-02-17")).orElseThrow().kind());
        assertTrue(CAL.entryOn(d("2026-02-21")).isEmpty());
    }

    @Test
    void workingDays() {
        assertTrue(CAL.isWorkingDay(d("2026-03-02")));
        assertFalse(CAL.isWorkingDay(d("2026-03-07")), "Saturday");
        assertFalse(CAL.isWorkingDay(d("2026-03-08")), "Sunday");
        assertFalse(CAL.isWorkingDay(d("2026-02-16")), "29 Tết");
        assertTrue(CAL.isWorkingDay(d("2026-08-22")), "làm bù");
        assertFalse(CAL.isWorkingDay(d("2026-08-31")), "nghỉ hoán đổi");
    }

    @Test
    void nextAndPreviousWorkingDayAreStrict() {
        assertEquals(d("2026-03-03"), CAL.nextWorkingDay(d("2026-03-02")));
        assertEquals(d("2026-03-09"), CAL.nextWorkingDay(d("2026-03-06")));
        assertEquals(d("2026-02-23"), CAL.nextWorkingDay(d("2026-02-13")), "over the Tết break");
        assertEquals(d("2026-02-13"), CAL.previousWorkingDay(d("2026-02-23")));
        assertEquals(d("2026-03-06"), CAL.previousWorkingDay(d("2026-03-09")));
        assertEquals(d("2026-08-22"), CAL.previousWorkingDay(d("2026-08-24")), "the worked Saturday");
        assertEquals(d("2026-09-03"), CAL.nextWorkingDay(d("2026-08-28")));
        assertEquals(d("2026-04-28"), CAL.nextWorkingDay(d("2026-04-24")), "over Giỗ Tổ and its compensation");
    }

    @Test
    void startAndEndOfDay() {
        assertEquals(t("2026-03-02T07:30"), CAL.startOfDay(d("2026-03-02")));
        assertEquals(t("2026-03-02T17:00"), CAL.endOfDay(d("2026-03-02")));
        assertEquals(Duration.ofHours(8), CAL.workingDayLength());
        assertTrue(CAL.isWorkingTime(t("2026-03-02T07:30")));
        assertFalse(CAL.isWorkingTime(t("2026-03-02T12:00")));
        assertFalse(CAL.isWorkingTime(t("2026-03-02T17:00")));
        assertFalse(CAL.isWorkingTime(t("2026-03-07T09:00")));
    }

    @Test
    void addWorkingHours() {
        assertEquals(
                t("2026-03-02T17:00"),
                CAL.addWorkingHours(t("2026-03-02T07:30"), new BigDecimal("8")),
                "a full day ends at 17:00, not the next morning");
        assertEquals(t("2026-03-02T11:30"), CAL.addWorkingHours(t("2026-03-02T07:30"), new BigDecimal("4")));
        assertEquals(t("2026-03-02T13:30"), CAL.addWorkingHours(t("2026-03-02T07:30"), new BigDecimal("4.5")));
        assertEquals(t("2026-03-02T14:00"), CAL.addWorkingHours(t("2026-03-02T12:00"), BigDecimal.ONE), "from lunch");
        assertEquals(
                t("2026-03-09T08:30"), CAL.addWorkingHours(t("2026-03-06T18:00"), BigDecimal.ONE), "from Friday night");
        assertEquals(t("2026-03-02T07:45"), CAL.addWorkingHours(t("2026-03-02T07:30"), new BigDecimal("0.25")));
        assertEquals(
                t("2026-03-02T07:30:01"),
                CAL.addWorkingHours(
                        t("2026-03-02T07:30"),
                        new BigDecimal("1").divide(new BigDecimal("3600"), 20, RoundingMode.HALF_UP)));
        assertEquals(t("2026-03-07T22:00"), CAL.addWorkingHours(t("2026-03-07T22:00"), BigDecimal.ZERO));
        assertEquals(t("2026-02-12T09:00"), CAL.addWorkingHours(t("2026-02-09T09:00"), new BigDecimal("24")));
        assertEquals(t("2026-02-25T10:00"), CAL.addWorkingHours(t("2026-02-13T10:00"), new BigDecimal("24")));
        assertEquals(
                t("2026-08-24T09:00"),
                CAL.addWorkingHours(t("2026-08-21T09:00"), new BigDecimal("16")),
                "Saturday 22/8/2026 is worked");
        assertThrows(
                IllegalArgumentException.class, () -> CAL.addWorkingHours(t("2026-03-02T07:30"), new BigDecimal("-1")));
    }

    @Test
    void workingHoursBetween() {
        assertHours("24", CAL.workingHoursBetween(t("2026-02-09T09:00"), t("2026-02-12T09:00")));
        assertHours("24", CAL.workingHoursBetween(t("2026-02-13T10:00"), t("2026-02-25T10:00")));
        assertHours("1", CAL.workingHoursBetween(t("2026-03-02T11:00"), t("2026-03-02T13:30")));
        assertHours("0", CAL.workingHoursBetween(t("2026-03-02T11:40"), t("2026-03-02T12:50")));
        assertHours("0", CAL.workingHoursBetween(t("2026-03-03T09:00"), t("2026-03-02T09:00")));
        assertHours("0", CAL.workingHoursBetween(t("2026-03-07T08:00"), t("2026-03-08T16:00")));
        assertHours("0.333333333", CAL.workingHoursBetween(t("2026-03-02T08:00"), t("2026-03-02T08:20")));
        assertHours("8", CAL.workingHoursBetween(t("2026-03-06T17:00"), t("2026-03-09T17:00")));
        assertEquals(new BigDecimal("6.5"), CAL.workingHoursBetween(t("2026-03-02T09:00"), t("2026-03-03T00:00")));
        assertEquals(Duration.ofMinutes(90), CAL.workingTimeBetween(t("2026-03-02T10:00"), t("2026-03-02T13:00")));
    }

    @Test
    void addAndBetweenAreInverse() {
        LocalDateTime from = t("2026-01-30T10:17");
        for (int quarter = 1; quarter <= 200; quarter++) {
            BigDecimal hours = BigDecimal.valueOf(quarter).multiply(new BigDecimal("0.25"));
            LocalDateTime to = CAL.addWorkingHours(from, hours);
            assertHours(hours.toPlainString(), CAL.workingHoursBetween(from, to));
        }
    }

    @Test
    void configurableWorkingHours() {
        WorkingHours hours =
                new WorkingHours(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(13, 30), LocalTime.of(17, 0));
        WorkingCalendar cal = new WorkingCalendar(2026, 2026, OFFICIAL_2026, hours);
        assertEquals(Duration.ofMinutes(450), cal.workingDayLength());
        assertEquals(t("2026-03-02T08:00"), cal.startOfDay(d("2026-03-02")));
        assertEquals(t("2026-03-02T14:30"), cal.addWorkingHours(t("2026-03-02T11:00"), new BigDecimal("2")));
        assertHours("7.5", cal.workingHoursBetween(t("2026-03-02T00:00"), t("2026-03-03T00:00")));
        assertThrows(
                IllegalArgumentException.class,
                () -> new WorkingHours(
                        LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(11, 0), LocalTime.of(17, 0)));
    }

    @Test
    void everyYear1900To2100IsAvailable() {
        WorkingCalendar cal = WorkingCalendar.of(List.of());
        assertEquals(1900, cal.firstYear());
        assertEquals(2100, cal.lastYear());
        for (int year = 1900; year <= 2100; year++) {
            int weekdays = 0;
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
                    weekdays++;
                }
            }
            long statutoryWeekdays = StatutoryHolidays.of(year).stream()
                    .filter(e -> e.date().getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue())
                    .count();
            List<LocalDate> off = cal.nonWorkingWeekdays(year);
            assertEquals(statutoryWeekdays, off.size(), "year " + year);
            assertTrue(weekdays - off.size() >= 245 && weekdays - off.size() <= 254, "working days in " + year);
            assertFalse(cal.isWorkingDay(LocalDate.of(year, 9, 2)));
            assertFalse(cal.isWorkingDay(LunarCalendar.toSolar(10, 3, year, false)));
        }
    }

    @Test
    void datesOutsideTheRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CAL.isWorkingDay(d("2101-01-02")));
        assertThrows(IllegalArgumentException.class, () -> CAL.isWorkingDay(d("1899-12-31")));
        assertThrows(IllegalArgumentException.class, () -> CAL.nextWorkingDay(d("2100-12-31")));
        assertThrows(IllegalArgumentException.class, () -> CAL.previousWorkingDay(d("1900-01-01")));
        assertThrows(IllegalArgumentException.class, () -> CAL.entries(2101));
        assertThrows(
                IllegalArgumentException.class,
                () -> new WorkingCalendar(
                        2026,
                        2026,
                        List.of(new CalendarEntry(d("2027-01-02"), Kind.HOLIDAY, "x")),
                        WorkingHours.DEFAULT));
        assertThrows(
                IllegalArgumentException.class, () -> new WorkingCalendar(2027, 2026, List.of(), WorkingHours.DEFAULT));
    }

    @Test
    void conflictingOfficialEntriesAreRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> WorkingCalendar.of(List.of(
                        new CalendarEntry(d("2026-08-22"), Kind.SWAPPED_WORKDAY, "a"),
                        new CalendarEntry(d("2026-08-22"), Kind.HOLIDAY, "b"))));
        WorkingCalendar same = WorkingCalendar.of(List.of(OFFICIAL_2026.get(6), OFFICIAL_2026.get(6)));
        assertFalse(same.isWorkingDay(d("2026-08-31")));
    }
}
