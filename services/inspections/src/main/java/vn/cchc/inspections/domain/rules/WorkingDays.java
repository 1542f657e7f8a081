package vn.cchc.inspections.domain.rules;

import java.time.LocalDate;
import vn.cchc.calendar.WorkingCalendar;

/**
 * Deadlines counted in working days (ngày làm việc): weekends, statutory holidays and compensatory days off do
 * not count. "Within N working days after D" ends on the N-th working day strictly after D.
 */
public final class WorkingDays {

    private WorkingDays() {}

    /** The N-th working day after {@code from} ({@code from} itself never counts); {@code from} when n is 0. */
    public static LocalDate after(WorkingCalendar calendar, LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative working days: " + n);
        }
        LocalDate day = from;
        for (int i = 0; i < n; i++) {
            day = calendar.nextWorkingDay(day);
        }
        return day;
    }

    /** Whether something done on {@code doneOn} (or, while not done, still pending on {@code today}) is late. */
    public static boolean isLate(LocalDate dueDate, LocalDate doneOn, LocalDate today) {
        if (dueDate == null) {
            return false;
        }
        LocalDate reference = doneOn != null ? doneOn : today;
        return reference.isAfter(dueDate);
    }
}
