package vn.cchc.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of a working calendar: a day off (ngày nghỉ lễ, tết; ngày nghỉ bù) or a weekend
 * day that is worked (ngày làm bù). Entries come from the statutory rule ({@link StatutoryHolidays})
 * or from official decisions (thông báo của Bộ Nội vụ, quyết định của UBND tỉnh), which override it.
 *
 * @param date   the day
 * @param kind   what the day is
 * @param note   free text shown on the admin screen, e.g. "Tết Âm lịch (29 tháng Chạp)"; never null
 * @param source where the entry comes from (docs/domain/calendar.md §8); {@link Source#DECISION} when not given
 */
public record CalendarEntry(LocalDate date, Kind kind, String note, Source source) {

    /** Where a day of the calendar comes from (docs/domain/calendar.md §8). */
    public enum Source {
        /** The statutory default: a holiday of Bộ luật Lao động 2019 art. 112.1 in its default placement. */
        LAW,
        /** A compensatory day off (nghỉ bù) computed by art. 111.3 for a holiday that falls on Saturday or Sunday. */
        COMPENSATION,
        /** A stored official decision (thông báo của Bộ Nội vụ, quyết định của UBND tỉnh), which wins on its date. */
        DECISION
    }

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

    /** Checks that date and kind are present; a null note becomes the empty string, a null source DECISION. */
    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        note = note == null ? "" : note;
        source = source == null ? Source.DECISION : source;
    }

    /**
     * An entry of an official decision ({@link Source#DECISION}).
     *
     * @param date the day
     * @param kind what the day is
     * @param note free text, may be null
     */
    public CalendarEntry(LocalDate date, Kind kind, String note) {
        this(date, kind, note, Source.DECISION);
    }
}
