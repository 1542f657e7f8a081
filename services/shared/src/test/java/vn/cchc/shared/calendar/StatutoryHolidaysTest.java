package vn.cchc.shared.calendar;

import org.junit.jupiter.api.Test;
import vn.cchc.shared.calendar.CalendarEntry.Kind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatutoryHolidaysTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static String summary(List<CalendarEntry> entries) {
        return entries.stream().map(e -> e.date() + ":" + e.kind()).collect(Collectors.joining(", "));
    }

    @Test
    void year2026() {
        List<CalendarEntry> entries = StatutoryHolidays.of(2026);
        assertEquals("2026-01-01:HOLIDAY, "
                        + "2026-02-16:HOLIDAY, 2026-02-17:HOLIDAY, 2026-02-18:HOLIDAY, 2026-02-19:HOLIDAY, 2026-02-20:HOLIDAY, "
                        + "2026-04-26:HOLIDAY, 2026-04-27:COMPENSATORY_OFF, "
                        + "2026-04-30:HOLIDAY, 2026-05-01:HOLIDAY, "
                        + "2026-09-01:HOLIDAY, 2026-09-02:HOLIDAY",
                summary(entries));
        assertEquals("Tết Âm lịch (29 tháng Chạp)", entries.get(1).note());
        assertTrue(entries.get(6).note().contains("Giỗ Tổ"), entries.get(6).note());
        assertTrue(entries.get(7).note().contains("Giỗ Tổ"), entries.get(7).note());
    }

    @Test
    void year2022WeekendHolidaysAreCompensatedOnTheNextWorkingDays() {
        // 01/01 Sat → Mon 03/01; Giỗ Tổ Sun 10/04 → Mon 11/04; 30/4 Sat and 01/5 Sun → Mon 02/5, Tue 03/5
        // (the days agencies actually took off in 2022).
        assertEquals("2022-01-01:HOLIDAY, 2022-01-03:COMPENSATORY_OFF, "
                        + "2022-01-31:HOLIDAY, 2022-02-01:HOLIDAY, 2022-02-02:HOLIDAY, 2022-02-03:HOLIDAY, 2022-02-04:HOLIDAY, "
                        + "2022-04-10:HOLIDAY, 2022-04-11:COMPENSATORY_OFF, "
                        + "2022-04-30:HOLIDAY, 2022-05-01:HOLIDAY, 2022-05-02:COMPENSATORY_OFF, 2022-05-03:COMPENSATORY_OFF, "
                        + "2022-09-01:HOLIDAY, 2022-09-02:HOLIDAY",
                summary(StatutoryHolidays.of(2022)));
    }

    @Test
    void compensationSkipsOtherHolidays() {
        // 2023: Giỗ Tổ Sat 29/4, 30/4 Sun, 01/5 Mon (a holiday itself) → Tue 02/5, Wed 03/5;
        // Quốc khánh 02/9 Sat → Mon 04/9.
        List<CalendarEntry> entries = StatutoryHolidays.of(2023);
        List<LocalDate> compensatory = entries.stream().filter(e -> e.kind() == Kind.COMPENSATORY_OFF)
                .map(CalendarEntry::date).toList();
        assertEquals(List.of(d("2023-01-02"), d("2023-05-02"), d("2023-05-03"), d("2023-09-04")), compensatory);
    }

    @Test
    void tetDaysOnAWeekendAreNotCompensated() {
        // Tết 2027: Fri 05/02 (29 Chạp) … Tue 09/02 (mùng 4), with Sat 06 and Sun 07 inside.
        List<CalendarEntry> entries = StatutoryHolidays.of(2027);
        List<CalendarEntry> february = entries.stream().filter(e -> e.date().getMonthValue() == 2).toList();
        assertEquals("2027-02-05:HOLIDAY, 2027-02-06:HOLIDAY, 2027-02-07:HOLIDAY, 2027-02-08:HOLIDAY, 2027-02-09:HOLIDAY",
                summary(february));
        // …but other holidays still are: 01/5/2027 is a Saturday → Mon 03/5.
        assertTrue(entries.contains(new CalendarEntry(d("2027-05-03"), Kind.COMPENSATORY_OFF,
                "Nghỉ bù Ngày Quốc tế lao động (1/5) trùng ngày nghỉ hằng tuần")));
    }

    @Test
    void everyYear2020To2035HasTheElevenHolidaysAndOneCompensationPerWeekendHoliday() {
        for (int year = 2020; year <= 2035; year++) {
            List<CalendarEntry> entries = StatutoryHolidays.of(year);
            List<CalendarEntry> holidays = entries.stream().filter(e -> e.kind() == Kind.HOLIDAY).toList();
            assertEquals(11, holidays.size(), year + ": " + summary(entries));
            LocalDate tet = LunarCalendar.tet(year);
            for (int i = -1; i <= 3; i++) {
                LocalDate day = tet.plusDays(i);
                assertTrue(holidays.stream().anyMatch(e -> e.date().equals(day)), year + " Tết day " + day);
            }
            long weekendNonTet = holidays.stream()
                    .filter(e -> e.date().getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue())
                    .filter(e -> !e.note().startsWith("Tết Âm lịch"))
                    .count();
            List<CalendarEntry> compensatory = entries.stream().filter(e -> e.kind() == Kind.COMPENSATORY_OFF).toList();
            assertEquals(weekendNonTet, compensatory.size(), year + ": " + summary(entries));
            for (CalendarEntry c : compensatory) {
                assertTrue(c.date().getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue(), c.toString());
                assertEquals(year, c.date().getYear());
            }
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
