package vn.cchc.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The default yearly holidays of Bộ luật Lao động 2019 (45/2019/QH14), used when no official
 * decision says otherwise.
 *
 * <p>Điều 112 khoản 1:
 * <ul>
 *   <li>Tết Dương lịch: 01/01;</li>
 *   <li>Tết Âm lịch: 5 days. The exact days are set every year by the Prime Minister; the default
 *       here is the last day of the previous lunar year (29 or 30 tháng Chạp) and mùng 1 to mùng 4
 *       tháng Giêng, which is what the 2026 schedule uses (Mon 16/02 – Fri 20/02/2026);</li>
 *   <li>Giỗ Tổ Hùng Vương: 10/3 âm lịch (in a year with a leap 3rd month, the ordinary month);</li>
 *   <li>Ngày Chiến thắng: 30/4; Quốc tế lao động: 01/5;</li>
 *   <li>Quốc khánh: 02/9 and one adjacent day set yearly; the default here is the day before, 01/9.</li>
 * </ul>
 *
 * <p>Điều 111 khoản 3: a holiday that falls on the weekly rest day (Saturday or Sunday for
 * agencies) gives a compensatory day off (nghỉ bù) on the next working day, skipping the other
 * holidays and compensatory days already given. <b>Decision:</b> Tết Âm lịch days that fall on a
 * weekend are <em>not</em> compensated: the five Tết days are taken as they are, because every
 * year the Prime Minister fixes the Tết break (usually with swapped days) and the yearly official
 * entries of the {@link WorkingCalendar} override this default anyway. Two holidays on the same day
 * (e.g. Giỗ Tổ on 30/4) make one day off.
 *
 * <p>All entries of a year lie in that solar year. The class is stateless.
 */
public final class StatutoryHolidays {

    private StatutoryHolidays() {
    }

    /**
     * Default holidays and compensatory days off of a solar year.
     *
     * @param year the solar year
     * @return the entries ({@link CalendarEntry.Kind#HOLIDAY} and {@link CalendarEntry.Kind#COMPENSATORY_OFF}),
     *         one per date, sorted by date; unmodifiable
     */
    public static List<CalendarEntry> of(int year) {
        TreeMap<LocalDate, String> holidays = new TreeMap<>();
        TreeMap<LocalDate, String> tet = new TreeMap<>();

        add(holidays, LocalDate.of(year, 1, 1), "Tết Dương lịch");

        LocalDate firstDay = LunarCalendar.tet(year);
        LocalDate lastDayOfPreviousYear = firstDay.minusDays(1);
        int lastDayNumber = LunarCalendar.fromSolar(lastDayOfPreviousYear).day();
        tet.put(lastDayOfPreviousYear, "Tết Âm lịch (" + lastDayNumber + " tháng Chạp)");
        for (int i = 0; i < 4; i++) {
            tet.put(firstDay.plusDays(i), "Tết Âm lịch (mùng " + (i + 1) + " tháng Giêng)");
        }

        add(holidays, LunarCalendar.toSolar(10, 3, year, false), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        add(holidays, LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
        add(holidays, LocalDate.of(year, 5, 1), "Ngày Quốc tế lao động (1/5)");
        add(holidays, LocalDate.of(year, 9, 1), "Quốc khánh (ngày liền kề trước 2/9)");
        add(holidays, LocalDate.of(year, 9, 2), "Quốc khánh (2/9)");

        TreeMap<LocalDate, CalendarEntry> result = new TreeMap<>();
        tet.forEach((date, note) -> result.put(date, new CalendarEntry(date, CalendarEntry.Kind.HOLIDAY, note)));
        holidays.forEach((date, note) -> result.merge(date, new CalendarEntry(date, CalendarEntry.Kind.HOLIDAY, note),
                (a, b) -> new CalendarEntry(date, CalendarEntry.Kind.HOLIDAY, a.note() + "; " + b.note())));

        // Điều 111.3: nghỉ bù for the non-Tết holidays falling on Saturday or Sunday, in date order.
        for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
            if (isWeekend(holiday.getKey())) {
                LocalDate day = holiday.getKey().plusDays(1);
                while (isWeekend(day) || result.containsKey(day)) {
                    day = day.plusDays(1);
                }
                result.put(day, new CalendarEntry(day, CalendarEntry.Kind.COMPENSATORY_OFF,
                        "Nghỉ bù " + holiday.getValue() + " trùng ngày nghỉ hằng tuần"));
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(result.values()));
    }

    private static void add(Map<LocalDate, String> holidays, LocalDate date, String note) {
        holidays.merge(date, note, (a, b) -> a + "; " + b);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
