package vn.cchc.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.calendar.CalendarEntry.Kind;

class StatutoryHolidaysTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static String summary(List<CalendarEntry> entries) {
        return entries.stream().map(e -> e.date() + ":" + e.kind()).collect(Collectors.joining(", "));
    }

    @Test
    void year2026() {
        // 02/9/2026 is a Wednesday: the default adjacent day is Thursday 03/9 (docs/domain/calendar.md §3.2); the
        // stored decision TB 9441 moves it to 01/9 (WorkingCalendarTest.official2026Schedule).
        List<CalendarEntry> entries = StatutoryHolidays.of(2026);
        assertEquals(
                "2026-01-01:HOLIDAY, "
                        + "2026-02-16:HOLIDAY, 2026-02-17:HOLIDAY, 2026-02-18:HOLIDAY, 2026-02-19:HOLIDAY, 2026-02-20:HOLIDAY, "
                        + "2026-04-26:HOLIDAY, 2026-04-27:COMPENSATORY_OFF, "
                        + "2026-04-30:HOLIDAY, 2026-05-01:HOLIDAY, "
                        + "2026-09-02:HOLIDAY, 2026-09-03:HOLIDAY",
                summary(entries));
        assertEquals("Tết Âm lịch (29 tháng Chạp)", entries.get(1).note());
        assertTrue(entries.get(6).note().contains("Giỗ Tổ"), entries.get(6).note());
        assertTrue(entries.get(7).note().contains("Giỗ Tổ"), entries.get(7).note());
        assertEquals("Quốc khánh (ngày liền kề sau 2/9)", entries.get(11).note());
    }

    @Test
    void holidaysComeFromTheLawAndCompensatoryDaysFromArticle111() {
        for (CalendarEntry e : StatutoryHolidays.of(2027)) {
            assertEquals(
                    e.kind() == Kind.HOLIDAY ? CalendarEntry.Source.LAW : CalendarEntry.Source.COMPENSATION,
                    e.source(),
                    e.toString());
        }
        assertEquals(
                CalendarEntry.Source.DECISION,
                new CalendarEntry(d("2027-01-02"), Kind.HOLIDAY, "QĐ").source(),
                "an entry given as data is a decision");
    }

    @Test
    void year2022WeekendHolidaysAreCompensatedOnTheNextWorkingDays() {
        // 01/01 Sat → Mon 03/01; Giỗ Tổ Sun 10/04 → Mon 11/04; 30/4 Sat and 01/5 Sun → Mon 02/5, Tue 03/5
        // (the days agencies actually took off in 2022).
        assertEquals(
                "2022-01-01:HOLIDAY, 2022-01-03:COMPENSATORY_OFF, "
                        + "2022-01-31:HOLIDAY, 2022-02-01:HOLIDAY, 2022-02-02:HOLIDAY, 2022-02-03:HOLIDAY, 2022-02-04:HOLIDAY, "
                        + "2022-04-10:HOLIDAY, 2022-04-11:COMPENSATORY_OFF, "
                        + "2022-04-30:HOLIDAY, 2022-05-01:HOLIDAY, 2022-05-02:COMPENSATORY_OFF, 2022-05-03:COMPENSATORY_OFF, "
                        + "2022-09-01:HOLIDAY, 2022-09-02:HOLIDAY",
                summary(StatutoryHolidays.of(2022)));
    }

    @Test
    void compensationSkipsOtherHolidays() {
        // 2023: Tết Sat 21/01 (30 Chạp) and Sun 22/01 (mùng 1) → Thu 26/01, Fri 27/01 (after the block Mon–Wed);
        // Giỗ Tổ Sat 29/4, 30/4 Sun, 01/5 Mon (a holiday itself) → Tue 02/5, Wed 03/5; Quốc khánh 02/9 Sat → Mon 04/9.
        List<CalendarEntry> entries = StatutoryHolidays.of(2023);
        List<LocalDate> compensatory = entries.stream()
                .filter(e -> e.kind() == Kind.COMPENSATORY_OFF)
                .map(CalendarEntry::date)
                .toList();
        assertEquals(
                List.of(
                        d("2023-01-02"),
                        d("2023-01-26"),
                        d("2023-01-27"),
                        d("2023-05-02"),
                        d("2023-05-03"),
                        d("2023-09-04")),
                compensatory);
    }

    /** Issue 12 rule 1: before it, the Tết days on Saturday and Sunday were not given back (3 weekdays off in 2027). */
    @Test
    void tetDaysOnAWeekendAreCompensatedAfterTheTetBlock() {
        // Tết 2027: Fri 05/02 (29 Chạp), Sat 06 (mùng 1), Sun 07, Mon 08, Tue 09 (mùng 4) → nghỉ bù Wed 10, Thu 11.
        List<CalendarEntry> entries = StatutoryHolidays.of(2027);
        List<CalendarEntry> february =
                entries.stream().filter(e -> e.date().getMonthValue() == 2).toList();
        assertEquals(
                "2027-02-05:HOLIDAY, 2027-02-06:HOLIDAY, 2027-02-07:HOLIDAY, 2027-02-08:HOLIDAY, 2027-02-09:HOLIDAY, "
                        + "2027-02-10:COMPENSATORY_OFF, 2027-02-11:COMPENSATORY_OFF",
                summary(february));
        assertEquals(
                "Nghỉ bù Tết Âm lịch (mùng 1 tháng Giêng) trùng ngày nghỉ hằng tuần",
                february.get(5).note());
        assertEquals(CalendarEntry.Source.COMPENSATION, february.get(5).source());
        // 01/5/2027 is a Saturday → Mon 03/5.
        assertTrue(entries.contains(new CalendarEntry(
                d("2027-05-03"),
                Kind.COMPENSATORY_OFF,
                "Nghỉ bù Ngày Quốc tế lao động (1/5) trùng ngày nghỉ hằng tuần",
                CalendarEntry.Source.COMPENSATION)));
    }

    @ParameterizedTest(name = "02/9/{0} is a {1} → adjacent day {2}")
    @CsvSource({
        "2024, MONDAY,    2024-09-03, ''",
        "2025, TUESDAY,   2025-09-01, ''",
        "2026, WEDNESDAY, 2026-09-03, ''",
        "2027, THURSDAY,  2027-09-03, ''",
        "2022, FRIDAY,    2022-09-01, ''",
        "2023, SATURDAY,  2023-09-01, 2023-09-04",
        "2029, SUNDAY,    2029-09-03, 2029-09-04"
    })
    void theDayAdjacentToNationalDayMakesTheLongestBreak(
            int year, DayOfWeek dow, LocalDate adjacent, String compensation) {
        // Issue 12 rule 2; before it the adjacent day was always 01/9 (so Thursday 2/9/2027 gave Wed 1/9, a lone day).
        assertEquals(dow, LocalDate.of(year, 9, 2).getDayOfWeek());
        assertEquals(adjacent, StatutoryHolidays.nationalDayAdjacent(year));
        List<CalendarEntry> september = StatutoryHolidays.of(year).stream()
                .filter(e -> e.date().getMonthValue() == 9)
                .toList();
        List<LocalDate> expected = new java.util.ArrayList<>(List.of(adjacent, LocalDate.of(year, 9, 2)));
        if (!compensation.isEmpty()) {
            expected.add(LocalDate.parse(compensation));
        }
        expected.sort(null);
        assertEquals(expected, september.stream().map(CalendarEntry::date).toList());
        assertEquals(
                compensation.isEmpty() ? 0 : 1,
                september.stream()
                        .filter(e -> e.kind() == Kind.COMPENSATORY_OFF)
                        .count());
    }

    /**
     * Every year 1900–2100: the eleven holiday days (fewer only when two fall on one date), one compensatory day per
     * holiday on a weekend (Tết included), and the five Tết days always give five weekdays off.
     */
    @Test
    void everyYear1900To2100HasItsHolidaysAndOneCompensationPerWeekendHoliday() {
        for (int year = 1900; year <= 2100; year++) {
            List<CalendarEntry> entries = StatutoryHolidays.of(year);
            List<CalendarEntry> holidays =
                    entries.stream().filter(e -> e.kind() == Kind.HOLIDAY).toList();
            long coinciding =
                    holidays.stream().filter(e -> e.note().contains("; ")).count();
            assertEquals(11 - coinciding, holidays.size(), year + ": " + summary(entries));
            LocalDate tet = LunarCalendar.tet(year);
            for (int i = -1; i <= 3; i++) {
                LocalDate day = tet.plusDays(i);
                assertTrue(holidays.stream().anyMatch(e -> e.date().equals(day)), year + " Tết day " + day);
            }
            long weekendHolidays = holidays.stream()
                    .filter(e -> e.date().getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue())
                    .count();
            List<CalendarEntry> compensatory = entries.stream()
                    .filter(e -> e.kind() == Kind.COMPENSATORY_OFF)
                    .toList();
            assertEquals(weekendHolidays, compensatory.size(), year + ": " + summary(entries));
            for (CalendarEntry c : compensatory) {
                assertTrue(c.date().getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue(), c.toString());
                assertEquals(year, c.date().getYear());
            }
            long tetWeekdaysOff = entries.stream()
                    .filter(e -> e.note().contains("Tết Âm lịch"))
                    .filter(e -> e.date().getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue())
                    .count();
            assertEquals(5, tetWeekdaysOff, year + " Tết: " + summary(entries));
            for (int i = 1; i < entries.size(); i++) {
                assertTrue(entries.get(i - 1).date().isBefore(entries.get(i).date()), "sorted, one entry per date");
            }
        }
    }

    @Test
    void theListIsUnmodifiable() {
        List<CalendarEntry> entries = StatutoryHolidays.of(2026);
        assertThrows(UnsupportedOperationException.class, () -> entries.remove(0));
    }
}
