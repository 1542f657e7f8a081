package vn.cchc.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.calendar.LunarCalendar.LunarDate;

class LunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
        "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10",
        "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13",
        // Not 2030-02-03 (the Chinese date): the new moon is at 16:07 UT on 02/02/2030, i.e. 23:07 in
        // Việt Nam (still 02/02) but 00:07 on 03/02 in China (UTC+8). See tetDependsOnTheTimeZone.
        "2030, 2030-02-02"
    })
    void tetIsMung1ThangGieng(int year, LocalDate expected) {
        assertEquals(expected, LunarCalendar.tet(year));
        assertEquals(expected, LunarCalendar.toSolar(1, 1, year, false));
        assertEquals(new LunarDate(1, 1, year, false), LunarCalendar.fromSolar(expected));
        LunarDate dayBefore = LunarCalendar.fromSolar(expected.minusDays(1));
        assertEquals(12, dayBefore.month());
        assertEquals(year - 1, dayBefore.year());
    }

    /**
     * The whole supported range 1900–2100 (docs/domain/calendar.md §9): Tết at both ends and every tenth year, as in
     * the published tables (Hồ Ngọc Đức's Vietnamese tables; in these years they agree with the Chinese calendar).
     */
    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
        "1900, 1900-01-31", "1901, 1901-02-19", "1910, 1910-02-10", "1920, 1920-02-20", "1930, 1930-01-30",
        "1940, 1940-02-08", "1950, 1950-02-17", "1960, 1960-01-28", "1970, 1970-02-06", "1980, 1980-02-16",
        "1990, 1990-01-27", "2000, 2000-02-05", "2010, 2010-02-14", "2019, 2019-02-05", "2031, 2031-01-23",
        "2040, 2040-02-12", "2050, 2050-01-23", "2060, 2060-02-02", "2070, 2070-02-11", "2080, 2080-01-22",
        "2090, 2090-01-30", "2099, 2099-01-21", "2100, 2100-02-09"
    })
    void tetAcrossTheSupportedRange(int year, LocalDate expected) {
        assertEquals(expected, LunarCalendar.tet(year));
        assertEquals(new LunarDate(1, 1, year, false), LunarCalendar.fromSolar(expected));
        assertEquals(12, LunarCalendar.fromSolar(expected.minusDays(1)).month());
    }

    @Test
    void tetDependsOnTheTimeZone() {
        // The same algorithm at UTC+8 yields the Chinese calendar, which differs in these years.
        assertEquals(LocalDate.of(2030, 2, 3), LunarCalendar.toSolar(1, 1, 2030, false, 8));
        assertEquals(LocalDate.of(2007, 2, 17), LunarCalendar.tet(2007));
        assertEquals(LocalDate.of(2007, 2, 18), LunarCalendar.toSolar(1, 1, 2007, false, 8));
        assertEquals(LocalDate.of(1985, 1, 21), LunarCalendar.tet(1985));
        assertEquals(LocalDate.of(1985, 2, 20), LunarCalendar.toSolar(1, 1, 1985, false, 8));
        assertEquals(new LunarDate(30, 12, 2029, false), LunarCalendar.fromSolar(LocalDate.of(2030, 2, 2), 8));
        assertEquals(new LunarDate(1, 1, 2030, false), LunarCalendar.fromSolar(LocalDate.of(2030, 2, 2)));
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvSource({
        "2025, 2025-04-07",
        "2026, 2026-04-26",
        "2027, 2027-04-16",
        "2028, 2028-04-04",
        "2029, 2029-04-23",
        "2030, 2030-04-12"
    })
    void gioToHungVuongIsThe10thOfThe3rdMonth(int year, LocalDate expected) {
        assertEquals(expected, LunarCalendar.toSolar(10, 3, year, false));
        assertEquals(new LunarDate(10, 3, year, false), LunarCalendar.fromSolar(expected));
    }

    @Test
    void otherKnownDates() {
        assertEquals(LocalDate.of(2025, 10, 6), LunarCalendar.toSolar(15, 8, 2025, false), "Tết Trung thu 2025");
        assertEquals(LocalDate.of(2024, 9, 17), LunarCalendar.toSolar(15, 8, 2024, false), "Tết Trung thu 2024");
        assertEquals(
                new LunarDate(23, 12, 2025, false),
                LunarCalendar.fromSolar(LocalDate.of(2026, 2, 10)),
                "ông Công ông Táo");
    }

    @Test
    void everyDayOf1900To2100RoundTripsAndDaysFollowEachOther() {
        LunarDate previous = LunarCalendar.fromSolar(LocalDate.of(1899, 12, 31));
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            LunarDate lunar = LunarCalendar.fromSolar(d);
            assertEquals(
                    d, LunarCalendar.toSolar(lunar.day(), lunar.month(), lunar.year(), lunar.leap()), lunar.toString());
            if (lunar.day() == 1) {
                assertTrue(previous.day() == 29 || previous.day() == 30, "month ends on 29 or 30: " + previous);
                if (lunar.leap()) {
                    assertEquals(previous.month(), lunar.month(), "a leap month repeats the previous number");
                    assertEquals(previous.year(), lunar.year());
                } else {
                    assertEquals(previous.month() % 12 + 1, lunar.month(), "months follow each other at " + d);
                    assertEquals(lunar.month() == 1 ? previous.year() + 1 : previous.year(), lunar.year());
                }
            } else {
                assertEquals(previous.day() + 1, lunar.day(), "days follow each other at " + d);
                assertEquals(previous.month(), lunar.month());
                assertEquals(previous.leap(), lunar.leap());
                assertEquals(previous.year(), lunar.year());
            }
            previous = lunar;
        }
    }

    @Test
    void roundTripsEveryDayOf2025To2030() {
        int days = 0;
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
            LunarDate lunar = LunarCalendar.fromSolar(d);
            assertEquals(d, LunarCalendar.toSolar(lunar.day(), lunar.month(), lunar.year(), lunar.leap()));
            days++;
        }
        assertEquals(2191, days);
    }

    @Test
    void year2025HasALeapSixthMonth() {
        assertEquals(6, LunarCalendar.leapMonthOf(2025));
        assertEquals(LocalDate.of(2025, 6, 25), LunarCalendar.toSolar(1, 6, 2025, false));
        assertEquals(LocalDate.of(2025, 7, 25), LunarCalendar.toSolar(1, 6, 2025, true));
        assertEquals(new LunarDate(1, 6, 2025, true), LunarCalendar.fromSolar(LocalDate.of(2025, 7, 25)));
        assertEquals(new LunarDate(30, 6, 2025, false), LunarCalendar.fromSolar(LocalDate.of(2025, 7, 24)));
        assertEquals(LocalDate.of(2025, 8, 23), LunarCalendar.toSolar(1, 7, 2025, false));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(1, 7, 2025, true));
    }

    @Test
    void otherLeapMonths() {
        assertEquals(5, LunarCalendar.leapMonthOf(2028));
        assertEquals(LocalDate.of(2028, 6, 23), LunarCalendar.toSolar(1, 5, 2028, true));
        assertEquals(new LunarDate(1, 5, 2028, true), LunarCalendar.fromSolar(LocalDate.of(2028, 6, 23)));
        assertEquals(LocalDate.of(2028, 5, 24), LunarCalendar.toSolar(1, 5, 2028, false));
        assertEquals(2, LunarCalendar.leapMonthOf(2023));
        assertEquals(LocalDate.of(2023, 3, 22), LunarCalendar.toSolar(1, 2, 2023, true));
        assertEquals(4, LunarCalendar.leapMonthOf(2020));
        assertEquals(LocalDate.of(2020, 5, 23), LunarCalendar.toSolar(1, 4, 2020, true));
        for (int year : new int[] {2021, 2022, 2024, 2026, 2027, 2029, 2030}) {
            assertEquals(0, LunarCalendar.leapMonthOf(year), "no leap month in " + year);
        }
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(1, 1, 2026, true));
    }

    @Test
    void aLeapEleventhMonth() {
        // 2033 (Quý Sửu) has a leap 11th month; Tết Giáp Dần is 19/02/2034.
        assertEquals(11, LunarCalendar.leapMonthOf(2033));
        assertEquals(LocalDate.of(2033, 11, 22), LunarCalendar.toSolar(1, 11, 2033, false));
        assertEquals(LocalDate.of(2033, 12, 22), LunarCalendar.toSolar(1, 11, 2033, true));
        assertEquals(new LunarDate(1, 11, 2033, true), LunarCalendar.fromSolar(LocalDate.of(2033, 12, 22)));
        assertEquals(LocalDate.of(2034, 1, 20), LunarCalendar.toSolar(1, 12, 2033, false));
        assertEquals(LocalDate.of(2034, 2, 19), LunarCalendar.tet(2034));
        assertEquals(0, LunarCalendar.leapMonthOf(2034));
    }

    @Test
    void aTrueNewMoonLateAgainstTheMeanOneStillGivesDay30() {
        // Hồ Ngọc Đức's original conversion steps back one mean month only and returns day 0 here.
        assertEquals(new LunarDate(30, 3, 2054, false), LunarCalendar.fromSolar(LocalDate.of(2054, 5, 7)));
        assertEquals(new LunarDate(1, 4, 2054, false), LunarCalendar.fromSolar(LocalDate.of(2054, 5, 8)));
        assertEquals(new LunarDate(30, 2, 2062, false), LunarCalendar.fromSolar(LocalDate.of(2062, 4, 9)));
    }

    @Test
    void lastDayOfLunarYearIsTheDayBeforeTet() {
        assertEquals(LocalDate.of(2026, 2, 16), LunarCalendar.lastDayOfLunarYear(2025));
        assertEquals(new LunarDate(29, 12, 2025, false), LunarCalendar.fromSolar(LocalDate.of(2026, 2, 16)));
        assertEquals(LocalDate.of(2025, 1, 28), LunarCalendar.lastDayOfLunarYear(2024));
        assertEquals(LocalDate.of(2024, 2, 9), LunarCalendar.lastDayOfLunarYear(2023));
        assertEquals(new LunarDate(30, 12, 2023, false), LunarCalendar.fromSolar(LocalDate.of(2024, 2, 9)));
    }

    @Test
    void rejectsDaysThatDoNotExist() {
        assertThrows(
                IllegalArgumentException.class,
                () -> LunarCalendar.toSolar(30, 12, 2025, false),
                "tháng Chạp Ất Tỵ has 29 days");
        assertEquals(LocalDate.of(2024, 2, 9), LunarCalendar.toSolar(30, 12, 2023, false));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(0, 1, 2026, false));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(1, 13, 2026, false));
        assertThrows(IllegalArgumentException.class, () -> new LunarDate(31, 1, 2026, false));
    }
}
