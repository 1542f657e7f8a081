package vn.cchc.shared.calendar;

import vn.cchc.shared.calendar.CalendarEntry.Kind;

import java.time.LocalDate;
import java.util.List;

/** Test fixture shared with the services' tests: the official 2026 decisions of the domain reference. */
public final class OfficialCalendar2026 {

    /** TB 9441/TB-BNV: Quốc khánh 2026 — Mon 31/8 off, worked on Sat 22/8. */
    public static final List<CalendarEntry> ENTRIES = List.of(
            new CalendarEntry(LocalDate.of(2026, 8, 31), Kind.COMPENSATORY_OFF, "Hoán đổi, làm bù thứ Bảy 22/8/2026"),
            new CalendarEntry(LocalDate.of(2026, 8, 22), Kind.SWAPPED_WORKDAY, "Làm bù cho thứ Hai 31/8/2026"));

    private OfficialCalendar2026() {
    }
}
