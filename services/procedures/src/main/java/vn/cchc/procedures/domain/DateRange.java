package vn.cchc.procedures.domain;

import java.time.LocalDate;

/**
 * The calendar the catalogue works in: every date it stores or is asked about lies in the years 1900 to 2100
 * (a unit, a decision, a version outside them is a typo such as 0025 or 9999, and PostgreSQL and the
 * Vietnamese working calendar have nothing useful to say about it).
 */
public final class DateRange {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;
    public static final String RULE = "range";
    public static final String MESSAGE = "năm phải từ 1900 đến 2100 / the year must be between 1900 and 2100";
    /** {@link #MESSAGE} in the request's language (ADR 0015), for problems and violations. */
    public static final vn.cchc.shared.problem.Text TEXT = Messages.YEAR_RANGE.with();

    private DateRange() {}

    /** Null (absent) or a date of the years 1900–2100. */
    public static boolean ok(LocalDate date) {
        return date == null || (date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR);
    }
}
