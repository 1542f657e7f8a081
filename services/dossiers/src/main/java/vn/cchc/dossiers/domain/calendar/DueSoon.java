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

    /**
     * The same rule as a range of due times, for queries (the work counts and the worklist's {@code due=SOON}
     * filter, docs/domain/dossiers.md §3.11): at {@code now}, an open dossier is due soon iff
     * {@code now <= dueAt < windowEnd(now, cal)}.
     *
     * <p>Why: {@link #isDueSoon} holds iff the working day before the due date is today or earlier. Let N be the
     * first working day after today. A due date after N has N (a working day) between today and it, so its previous
     * working day is N or later: not yet. A due date on or before N has its previous working day before N, and no
     * working day lies strictly between today and N, so it is today or earlier. Hence: due date on or before N, i.e.
     * due time before the start of the day after N. {@code DueSoonTest} checks the two agree.
     *
     * @param now the current time
     * @param cal the working calendar
     * @return the start of the day after the next working day (exclusive bound of the due time)
     */
    public static LocalDateTime windowEnd(LocalDateTime now, WorkingCalendar cal) {
        Objects.requireNonNull(now, "now");
        return cal.nextWorkingDay(now.toLocalDate()).plusDays(1).atStartOfDay();
    }
}
