package vn.cchc.dossiers.domain.calendar;

import vn.cchc.shared.calendar.WorkingCalendar;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Timeliness of an apology letter and re-appointment (văn bản xin lỗi, hẹn lại ngày trả kết quả),
 * domain §3.6: it must be sent "chậm nhất 01 ngày trước ngày hết hạn", read as no later than the
 * working day before the original due date.
 */
public final class ApologyRules {

    private ApologyRules() {
    }

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
        Objects.requireNonNull(originalDueAt, "originalDueAt");
        return !issuedAt.toLocalDate().isAfter(cal.previousWorkingDay(originalDueAt.toLocalDate()));
    }
}
