package vn.cchc.shared.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of a working calendar: a day off (ngày nghỉ lễ, tết; ngày nghỉ bù) or a weekend
 * day that is worked (ngày làm bù). Entries come from the statutory rule ({@link StatutoryHolidays})
 * or from official decisions (thông báo của Bộ Nội vụ, quyết định của UBND tỉnh), which override it.
 *
 * @param date the day
 * @param kind what the day is
 * @param note free text shown on the admin screen, e.g. "Tết Âm lịch (29 tháng Chạp)"; never null
 */
public record CalendarEntry(LocalDate date, Kind kind, String note) {

    /** Kind of calendar entry. */
    public enum Kind {
        /** A public holiday (ngày nghỉ lễ, tết): not a working day. */
        HOLIDAY,
        /** A compensatory day off (ngày nghỉ bù, or a day off swapped with a Saturday): not a working day. */
        COMPENSATORY_OFF,
        /**
         * A day that is worked although it would otherwise be off (ngày làm bù), normally a Saturday
         * or Sunday swapped with a weekday off.
         */
        SWAPPED_WORKDAY;

        /**
         * Whether this kind makes the day a non-working day.
         *
         * @return true for HOLIDAY and COMPENSATORY_OFF
         */
        public boolean isDayOff() {
            return this != SWAPPED_WORKDAY;
        }
    }

    /** Checks that date and kind are present; a null note becomes the empty string. */
    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        note = note == null ? "" : note;
    }
}
