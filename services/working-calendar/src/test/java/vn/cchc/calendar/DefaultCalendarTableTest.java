package vn.cchc.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default calendar of 2025–2031, year by year (issue 12 rule 6; docs/domain/calendar.md §2–§5): the lunar dates
 * of Tết and Giỗ Tổ, the weekdays off of a year without a stored decision and its compensatory days (nghỉ bù, Tết
 * included), and the 2026 official schedule (TB 9441/TB-BNV) unchanged once stored.
 *
 * <p>Before issue 12 the rows with a Tết day on a weekend (2025, 2027, 2028, 2030, 2031) had fewer weekdays off, and
 * the rows whose 02/9 is not a Tuesday, Friday or Saturday had 01/9 instead of 03/9.
 */
class DefaultCalendarTableTest {

    private static List<LocalDate> dates(int year, String mmdd) {
        return Arrays.stream(mmdd.trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .map(s -> LocalDate.parse(year + "-" + s))
                .toList();
    }

    @ParameterizedTest(name = "{0}: Tết {1}, Giỗ Tổ {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # year | mùng 1 Tết | 10/3 âm lịch | weekdays off without a decision (MM-DD)                          | of which nghỉ bù (MM-DD)
              2025 | 2025-01-29 | 2025-04-07 | 01-01 01-28 01-29 01-30 01-31 02-03 04-07 04-30 05-01 09-01 09-02 | 02-03
              2026 | 2026-02-17 | 2026-04-26 | 01-01 02-16 02-17 02-18 02-19 02-20 04-27 04-30 05-01 09-02 09-03 | 04-27
              2027 | 2027-02-06 | 2027-04-16 | 01-01 02-05 02-08 02-09 02-10 02-11 04-16 04-30 05-03 09-02 09-03 | 02-10 02-11 05-03
              2028 | 2028-01-26 | 2028-04-04 | 01-03 01-25 01-26 01-27 01-28 01-31 04-04 05-01 05-02 09-01 09-04 | 01-03 01-31 05-02 09-04
              2029 | 2029-02-13 | 2029-04-23 | 01-01 02-12 02-13 02-14 02-15 02-16 04-23 04-30 05-01 09-03 09-04 | 09-04
              2030 | 2030-02-02 | 2030-04-12 | 01-01 02-01 02-04 02-05 02-06 02-07 04-12 04-30 05-01 09-02 09-03 | 02-06 02-07
              2031 | 2031-01-23 | 2031-04-01 | 01-01 01-22 01-23 01-24 01-27 01-28 04-01 04-30 05-01 09-01 09-02 | 01-27 01-28
            """)
    void defaultCalendarOfAYearWithoutDecision(
            int year, LocalDate tet, LocalDate gioTo, String off, String compensation) {
        assertEquals(tet, LunarCalendar.tet(year));
        assertEquals(new LunarCalendar.LunarDate(1, 1, year, false), LunarCalendar.fromSolar(tet));
        assertEquals(gioTo, LunarCalendar.toSolar(10, 3, year, false));
        assertEquals(new LunarCalendar.LunarDate(10, 3, year, false), LunarCalendar.fromSolar(gioTo));

        WorkingCalendar cal = WorkingCalendar.of(List.of());
        assertEquals(dates(year, off), cal.nonWorkingWeekdays(year));
        assertEquals(List.of(), cal.workedWeekendDays(year));
        List<CalendarEntry> entries = cal.entries(year);
        assertEquals(
                dates(year, compensation),
                entries.stream()
                        .filter(e -> e.source() == CalendarEntry.Source.COMPENSATION)
                        .map(CalendarEntry::date)
                        .toList());
        assertTrue(entries.stream().allMatch(e -> e.source() != CalendarEntry.Source.DECISION));
        // Tết gives five weekdays off (its own weekdays plus the nghỉ bù of its weekend days)
        long tetWeekdays = entries.stream()
                .filter(e -> e.note().contains("Tết Âm lịch"))
                .filter(e -> e.date().getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue())
                .count();
        assertEquals(5, tetWeekdays, String.valueOf(year));
        assertFalse(cal.hasDecision(year));
    }

    /** TB 9441/TB-BNV as stored (dossiers V2 + V7): exactly the schedule announced for 2026. */
    @Test
    void the2026OfficialScheduleIsUnchangedWhenStored() {
        WorkingCalendar cal = WorkingCalendar.of(OfficialCalendar2026.ENTRIES);
        assertEquals(
                dates(2026, "01-01 02-16 02-17 02-18 02-19 02-20 04-27 04-30 05-01 08-31 09-01 09-02"),
                cal.nonWorkingWeekdays(2026));
        assertEquals(dates(2026, "08-22"), cal.workedWeekendDays(2026));
        assertTrue(cal.hasDecision(2026));
        for (LocalDate d : dates(2026, "02-16 02-17 02-18 02-19 02-20 08-22 08-31 09-01 09-02 09-03")) {
            assertEquals(
                    CalendarEntry.Source.DECISION, cal.entryOn(d).orElseThrow().source(), d.toString());
        }
        assertEquals(
                CalendarEntry.Source.COMPENSATION,
                cal.entryOn(LocalDate.of(2026, 4, 27)).orElseThrow().source());
        assertEquals(
                CalendarEntry.Source.LAW,
                cal.entryOn(LocalDate.of(2026, 1, 1)).orElseThrow().source());
    }
}
