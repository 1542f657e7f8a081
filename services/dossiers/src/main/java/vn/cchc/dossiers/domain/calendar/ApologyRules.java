package vn.cchc.dossiers.domain.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.shared.problem.Text;

/**
 * Timeliness of an apology letter and re-appointment (văn bản xin lỗi, hẹn lại ngày trả kết quả),
 * docs/domain/dossiers.md §3.6: it must be sent "chậm nhất 01 ngày trước ngày hết hạn", read as no later than the
 * working day before the original due date.
 */
public final class ApologyRules {

    private ApologyRules() {}

    /**
     * Whether an apology letter was issued in time.
     *
     * @param issuedAt      when the apology was issued
     * @param originalDueAt the original due time (ngày hẹn trả ban đầu)
     * @param cal           the working calendar
     * @return true iff the date of {@code issuedAt} is on or before the working day preceding the
     *         date of {@code originalDueAt}
     */
    public static boolean isTimely(LocalDateTime issuedAt, LocalDateTime originalDueAt, WorkingCalendar cal) {
        Objects.requireNonNull(issuedAt, "issuedAt");
        return !issuedAt.toLocalDate().isAfter(timelyUntil(originalDueAt, cal));
    }

    /**
     * The last day on which an apology letter is still timely (any time of that day): the working day before the date
     * of the original due time. The dossier page shows it before the letter is issued (DossierView.apologyTimelyUntil).
     *
     * @param originalDueAt the original due time (ngày hẹn trả ban đầu)
     * @param cal           the working calendar
     * @return the working day preceding the date of {@code originalDueAt}
     */
    public static LocalDate timelyUntil(LocalDateTime originalDueAt, WorkingCalendar cal) {
        Objects.requireNonNull(originalDueAt, "originalDueAt");
        return cal.previousWorkingDay(originalDueAt.toLocalDate());
    }

    /** A broken rule of the new return date: its name and a message. */
    public record Violation(String rule, Text message) {}

    /**
     * The rule a new return date (ngày hẹn trả mới, Mẫu 04) breaks, if any: it must fall inside the years the calendar
     * covers, on a working day of the dossier's province (not a weekend, holiday or day off), and inside office hours
     * (a half-day's end, 11:30 or 17:00, included: that is when a due time that fills a half-day ends).
     *
     * @param newDueAt the new return time, in Vietnamese local time
     * @param cal      the working calendar of the dossier's province
     * @return the broken rule, or empty when the date is acceptable
     */
    public static Optional<Violation> newDueViolation(LocalDateTime newDueAt, WorkingCalendar cal) {
        Objects.requireNonNull(newDueAt, "newDueAt");
        if (!CalendarRange.contains(newDueAt)) {
            return Optional.of(new Violation("supportedRange", CalendarRange.message()));
        }
        if (!cal.isWorkingDay(newDueAt.toLocalDate())) {
            return Optional.of(new Violation("workingDay", Messages.NOT_A_WORKING_DAY.with(newDueAt.toLocalDate())));
        }
        LocalTime t = newDueAt.toLocalTime();
        WorkingCalendar.WorkingHours h = cal.hours();
        if (!h.contains(t) && !t.equals(h.morningEnd()) && !t.equals(h.afternoonEnd())) {
            return Optional.of(new Violation(
                    "officeHours",
                    Messages.OUTSIDE_OFFICE_HOURS.with(
                            t, h.morningStart(), h.morningEnd(), h.afternoonStart(), h.afternoonEnd())));
        }
        return Optional.empty();
    }
}
