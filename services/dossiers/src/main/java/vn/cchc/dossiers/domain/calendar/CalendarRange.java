package vn.cchc.dossiers.domain.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.shared.problem.Text;

/**
 * The years the working calendar covers ({@link WorkingCalendar#DEFAULT_FIRST_YEAR}–{@link WorkingCalendar#DEFAULT_LAST_YEAR}):
 * statutory holidays (lunar ones computed) and official decisions exist only for them, so a receipt, a due date or a
 * calendar year outside them is refused with a 400 naming the field instead of being computed without its holidays.
 */
public final class CalendarRange {

    public static final int FIRST_YEAR = WorkingCalendar.DEFAULT_FIRST_YEAR;
    public static final int LAST_YEAR = WorkingCalendar.DEFAULT_LAST_YEAR;

    private CalendarRange() {}

    public static boolean contains(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static boolean contains(LocalDate date) {
        return date != null && contains(date.getYear());
    }

    public static boolean contains(LocalDateTime time) {
        return time != null && contains(time.getYear());
    }

    /** The rule as users read it. */
    public static Text message() {
        return Messages.CALENDAR_YEARS.with(FIRST_YEAR, LAST_YEAR);
    }
}
