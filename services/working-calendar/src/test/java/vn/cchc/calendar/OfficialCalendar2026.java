package vn.cchc.calendar;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.calendar.CalendarEntry.Kind;

/**
 * Test fixture shared with the services' tests: the official 2026 decision TB 9441/TB-BNV as dossiers stores it
 * (V2 and V7 of dossiers; docs/domain/calendar.md §6). Tết Bính Ngọ Mon 16/02 – Fri 20/02; Quốc khánh 01–02/9 with
 * Mon 31/8 off, worked on Sat 22/8; Thu 03/9 (the default adjacent day for a Wednesday 2/9) is a working day.
 */
public final class OfficialCalendar2026 {

    public static final List<CalendarEntry> ENTRIES = List.of(
            new CalendarEntry(LocalDate.of(2026, 2, 16), Kind.HOLIDAY, "TB 9441/TB-BNV: Tết Âm lịch (29 tháng Chạp)"),
            new CalendarEntry(
                    LocalDate.of(2026, 2, 17), Kind.HOLIDAY, "TB 9441/TB-BNV: Tết Âm lịch (mùng 1 tháng Giêng)"),
            new CalendarEntry(
                    LocalDate.of(2026, 2, 18), Kind.HOLIDAY, "TB 9441/TB-BNV: Tết Âm lịch (mùng 2 tháng Giêng)"),
            new CalendarEntry(
                    LocalDate.of(2026, 2, 19), Kind.HOLIDAY, "TB 9441/TB-BNV: Tết Âm lịch (mùng 3 tháng Giêng)"),
            new CalendarEntry(
                    LocalDate.of(2026, 2, 20), Kind.HOLIDAY, "TB 9441/TB-BNV: Tết Âm lịch (mùng 4 tháng Giêng)"),
            new CalendarEntry(LocalDate.of(2026, 8, 22), Kind.SWAPPED_WORKDAY, "Làm bù cho thứ Hai 31/8/2026"),
            new CalendarEntry(LocalDate.of(2026, 8, 31), Kind.COMPENSATORY_OFF, "Hoán đổi, làm bù thứ Bảy 22/8/2026"),
            new CalendarEntry(
                    LocalDate.of(2026, 9, 1), Kind.HOLIDAY, "TB 9441/TB-BNV: Quốc khánh (ngày liền kề trước 2/9)"),
            new CalendarEntry(LocalDate.of(2026, 9, 2), Kind.HOLIDAY, "TB 9441/TB-BNV: Quốc khánh (2/9)"),
            new CalendarEntry(
                    LocalDate.of(2026, 9, 3),
                    Kind.SWAPPED_WORKDAY,
                    "TB 9441/TB-BNV: ngày liền kề là 1/9, thứ Năm 3/9 làm việc"));

    /** The two entries seeded by V2 before issue 12 (the swap only). */
    public static final List<CalendarEntry> SWAP_ONLY = List.of(ENTRIES.get(5), ENTRIES.get(6));

    private OfficialCalendar2026() {}
}
