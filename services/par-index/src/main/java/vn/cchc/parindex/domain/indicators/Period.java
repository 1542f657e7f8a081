package vn.cchc.parindex.domain.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period: a year (2026), a quarter (2026-Q2) or a month (2026-05); dates inclusive. */
public record Period(String label, LocalDate from, LocalDate to) {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /** @throws IllegalArgumentException when the text is none of the three forms */
    public static Period parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a period such as 2026, 2026-Q2 or 2026-05 is required");
        }
        Matcher m;
        if ((m = YEAR.matcher(text)).matches()) {
            int y = year(m.group(1));
            return new Period(text, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            int y = year(m.group(1));
            int q = Integer.parseInt(m.group(2));
            YearMonth first = YearMonth.of(y, (q - 1) * 3 + 1);
            return new Period(text, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        if ((m = MONTH.matcher(text)).matches()) {
            YearMonth ym = YearMonth.of(year(m.group(1)), Integer.parseInt(m.group(2)));
            return new Period(text, ym.atDay(1), ym.atEndOfMonth());
        }
        throw new IllegalArgumentException("must be a year (2026), a quarter (2026-Q2) or a month (2026-05)");
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            throw new IllegalArgumentException("the year must be from " + MIN_YEAR + " to " + MAX_YEAR);
        }
        return y;
    }

    public static Period year(int year) {
        return parse(String.valueOf(year));
    }
}
