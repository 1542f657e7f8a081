package vn.cchc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cchc.calendar.CalendarEntry.Kind;
import vn.cchc.calendar.CalendarEntry.Source;

/**
 * The default yearly days off of Bộ luật Lao động 2019 (45/2019/QH14), used for a year on every date no stored
 * official decision names (docs/domain/calendar.md §2–§5).
 *
 * <p>Điều 112 khoản 1, with the default placement of the days the law leaves to a yearly decision
 * (docs/domain/calendar.md §3):
 * <ul>
 *   <li>Tết Dương lịch: 01/01;</li>
 *   <li>Tết Âm lịch: 5 days. The Prime Minister fixes them every year; the default is the last day of the previous
 *       lunar year (29 or 30 tháng Chạp) and mùng 1 to mùng 4 tháng Giêng (so lunar 1/1–3/1 are always in), which is
 *       the placement of the 2026 schedule (Mon 16/02 – Fri 20/02/2026);</li>
 *   <li>Giỗ Tổ Hùng Vương: 10/3 âm lịch (in a year with a leap 3rd month, the ordinary month);</li>
 *   <li>Ngày Chiến thắng: 30/4; Quốc tế lao động: 01/5;</li>
 *   <li>Quốc khánh: 02/9 and one adjacent day set yearly; the default is the adjacent day that makes the longest break
 *       with the weekend ({@link #nationalDayAdjacent(int)}).</li>
 * </ul>
 *
 * <p>Điều 111 khoản 3: a holiday of art. 112.1 that falls on the weekly rest day (Saturday or Sunday for agencies)
 * gives a compensatory day off (nghỉ bù) on the next working day, skipping the holidays and compensatory days already
 * given. <b>Tết is compensated like every other holiday</b> (docs/domain/calendar.md §4): each default Tết day on a
 * Saturday or Sunday gives a day off on the first free weekday after the Tết block, so the five Tết days always give
 * five weekdays off. Holidays are compensated in date order. Two holidays on the same day (e.g. Giỗ Tổ on 30/4)
 * make one day off. A stored decision replaces any of these days on its date ({@link WorkingCalendar}).
 *
 * <p>All entries of a year lie in that solar year (Tết mùng 1 is never before 21/01, no holiday is in December).
 * Holidays carry {@link Source#LAW}, compensatory days {@link Source#COMPENSATION}. The class is stateless.
 */
public final class StatutoryHolidays {

    /** The default placement of Tết, as users read it (docs/domain/calendar.md §3.1). */
    public static final String TET_RULE =
            "Tết Âm lịch (5 ngày): ngày cuối năm âm lịch (29 hoặc 30 tháng Chạp) và mùng 1"
                    + " đến mùng 4 tháng Giêng (BLLĐ 2019 Điều 112.1.b; ngày cụ thể do Thủ tướng quyết định hằng năm).";
    /** The default adjacent day of Quốc khánh, as users read it (docs/domain/calendar.md §3.2). */
    public static final String NATIONAL_DAY_RULE = "Quốc khánh: 2/9 và một ngày liền kề tạo kỳ nghỉ dài nhất với"
            + " ngày nghỉ hằng tuần (thứ Hai → 3/9, thứ Ba → 1/9, thứ Tư → 3/9, thứ Năm → 3/9, thứ Sáu → 1/9,"
            + " thứ Bảy → 1/9, Chủ nhật → 3/9) (BLLĐ 2019 Điều 112.1.đ).";
    /** The compensation rule, as users read it (docs/domain/calendar.md §4). */
    public static final String COMPENSATION_RULE = "Ngày nghỉ lễ, tết (kể cả Tết Âm lịch) trùng thứ Bảy hoặc Chủ nhật"
            + " được nghỉ bù vào ngày làm việc kế tiếp, sau các ngày nghỉ lễ, tết và nghỉ bù đã có (BLLĐ 2019 Điều 111.3).";
    /** How a stored decision applies, as users read it (docs/domain/calendar.md §5). */
    public static final String DECISION_RULE = "Quyết định chính thức đã lưu (thông báo của Bộ Nội vụ, quyết định của"
            + " UBND tỉnh) thay thế mặc định trên từng ngày mà quyết định nêu.";

    private StatutoryHolidays() {}

    /**
     * Default holidays and compensatory days off of a solar year.
     *
     * @param year the solar year
     * @return the entries ({@link Kind#HOLIDAY} with {@link Source#LAW}, {@link Kind#COMPENSATORY_OFF} with
     *         {@link Source#COMPENSATION}), one per date, sorted by date; unmodifiable
     */
    public static List<CalendarEntry> of(int year) {
        TreeMap<LocalDate, String> holidays = new TreeMap<>();

        add(holidays, LocalDate.of(year, 1, 1), "Tết Dương lịch");

        List<LocalDate> tet = tetDays(year);
        int lastDayNumber = LunarCalendar.fromSolar(tet.get(0)).day();
        add(holidays, tet.get(0), "Tết Âm lịch (" + lastDayNumber + " tháng Chạp)");
        for (int i = 1; i < tet.size(); i++) {
            add(holidays, tet.get(i), "Tết Âm lịch (mùng " + i + " tháng Giêng)");
        }

        add(holidays, LunarCalendar.toSolar(10, 3, year, false), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        add(holidays, LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
        add(holidays, LocalDate.of(year, 5, 1), "Ngày Quốc tế lao động (1/5)");
        LocalDate adjacent = nationalDayAdjacent(year);
        add(
                holidays,
                adjacent,
                "Quốc khánh (ngày liền kề " + (adjacent.getDayOfMonth() == 1 ? "trước" : "sau") + " 2/9)");
        add(holidays, LocalDate.of(year, 9, 2), "Quốc khánh (2/9)");

        TreeMap<LocalDate, CalendarEntry> result = new TreeMap<>();
        holidays.forEach((date, note) -> result.put(date, new CalendarEntry(date, Kind.HOLIDAY, note, Source.LAW)));

        // Điều 111.3: nghỉ bù for every holiday (Tết included) falling on Saturday or Sunday, in date order.
        for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
            if (isWeekend(holiday.getKey())) {
                LocalDate day = holiday.getKey().plusDays(1);
                while (isWeekend(day) || result.containsKey(day)) {
                    day = day.plusDays(1);
                }
                result.put(
                        day,
                        new CalendarEntry(
                                day,
                                Kind.COMPENSATORY_OFF,
                                "Nghỉ bù " + holiday.getValue() + " trùng ngày nghỉ hằng tuần",
                                Source.COMPENSATION));
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(result.values()));
    }

    /**
     * The default five Tết days of a solar year: the last day of the previous lunar year, then mùng 1–4 tháng Giêng.
     *
     * @param year the solar year (= the lunar year whose Tết falls in it)
     * @return the five dates in order
     */
    public static List<LocalDate> tetDays(int year) {
        LocalDate firstDay = LunarCalendar.tet(year);
        return List.of(
                firstDay.minusDays(1), firstDay, firstDay.plusDays(1), firstDay.plusDays(2), firstDay.plusDays(3));
    }

    /**
     * The default day adjacent to Quốc khánh (02/9): the one that makes the longest break with the weekend
     * (docs/domain/calendar.md §3.2). Monday → Tuesday 3/9 (Sat–Tue); Tuesday → Monday 1/9 (Sat–Tue); Wednesday →
     * Thursday 3/9 (the 2020 precedent: neither side reaches a weekend, so the day after is taken); Thursday →
     * Friday 3/9 (Thu–Sun); Friday → Thursday 1/9 (Thu–Sun); Saturday → Friday 1/9 (plus nghỉ bù of 2/9 on Monday
     * 4/9); Sunday → Monday 3/9 (plus nghỉ bù of 2/9 on Tuesday 4/9).
     *
     * @param year the solar year
     * @return 01/9 or 03/9 of that year
     */
    public static LocalDate nationalDayAdjacent(int year) {
        DayOfWeek dow = LocalDate.of(year, 9, 2).getDayOfWeek();
        boolean before = switch (dow) {
            case TUESDAY, FRIDAY, SATURDAY -> true;
            case MONDAY, WEDNESDAY, THURSDAY, SUNDAY -> false;
        };
        return LocalDate.of(year, 9, before ? 1 : 3);
    }

    private static void add(Map<LocalDate, String> holidays, LocalDate date, String note) {
        holidays.merge(date, note, (a, b) -> a + "; " + b);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
