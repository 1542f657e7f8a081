package vn.cchc.dossiers.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of the QĐ 766 index as DVCQG reports it: a year ({@code 2026}), a quarter ({@code 2026-Q2}) or a month
 * ({@code 2026-05}); dates inclusive. Plain Java.
 */
public record ReportingPeriod(String label, LocalDate from, LocalDate to) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /** @throws IllegalArgumentException when the text is none of the three forms */
    public static ReportingPeriod parse(String text) {
        Matcher m;
        if (text != null && (m = YEAR.matcher(text)).matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        if (text != null && (m = QUARTER.matcher(text)).matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (text != null && (m = MONTH.matcher(text)).matches()) {
            return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        throw new IllegalArgumentException("must be a year (2026), a quarter (2026-Q2) or a month (2026-05)");
    }

    public static ReportingPeriod year(int y) {
        return new ReportingPeriod(String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    public static ReportingPeriod quarter(int y, int q) {
        YearMonth first = YearMonth.of(y, (q - 1) * 3 + 1);
        return new ReportingPeriod(
                y + "-Q" + q, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static ReportingPeriod month(YearMonth ym) {
        return new ReportingPeriod(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
    }

    /**
     * Every month, quarter and year whose figures a change on {@code since} can move, up to the one running on
     * {@code today}: those ending on or after {@code since} (a dossier's change moves the period it happened in and,
     * through the carried-over stock, every later one), beginning no later than {@code today}. Never before
     * {@code notBefore}'s year. Years first, then quarters, then months, each in date order.
     */
    public static List<ReportingPeriod> affected(LocalDate since, LocalDate today, LocalDate notBefore) {
        LocalDate start = since.isBefore(notBefore) ? notBefore : since;
        List<ReportingPeriod> out = new ArrayList<>();
        if (start.isAfter(today)) {
            return out;
        }
        for (int y = start.getYear(); y <= today.getYear(); y++) {
            out.add(year(y));
        }
        for (int y = start.getYear(); y <= today.getYear(); y++) {
            for (int q = 1; q <= 4; q++) {
                ReportingPeriod p = quarter(y, q);
                if (!p.to().isBefore(start) && !p.from().isAfter(today)) {
                    out.add(p);
                }
            }
        }
        for (YearMonth ym = YearMonth.from(start); !ym.isAfter(YearMonth.from(today)); ym = ym.plusMonths(1)) {
            out.add(month(ym));
        }
        return out;
    }
}
