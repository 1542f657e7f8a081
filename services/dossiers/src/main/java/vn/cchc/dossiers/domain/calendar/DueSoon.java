package vn.cchc.dossiers.domain.calendar;

import java.time.LocalDateTime;
import java.util.Objects;
import vn.cchc.calendar.WorkingCalendar;

/**
 * The "due tomorrow" alert (sắp đến hạn, tới hạn), docs/domain/dossiers.md §3.6 derived rule 1: an open dossier
 * reaches the alert on the working day before its due date, early enough to send an apology.
 */
public final class DueSoon {

    private DueSoon() {}

    /**
     * Whether an open dossier is in its last working day before the due date.
     *
     * @param now   the current time
     * @param dueAt the due time
     * @param cal   the working calendar
     * @return true iff {@code now} is not after {@code dueAt} (not yet overdue) and the date of
     *         {@code now} is on or after the working day preceding the due date
     */
    public static boolean isDueSoon(LocalDateTime now, LocalDateTime dueAt, WorkingCalendar cal) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(dueAt, "dueAt");
        return !now.isAfter(dueAt) && !now.toLocalDate().isBefore(cal.previousWorkingDay(dueAt.toLocalDate()));
    }
}
