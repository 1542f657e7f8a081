package vn.cchc.dossiers.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a period of days into the fewest slices of whole days, months and years, so that sums over it read
 * the coarsest aggregates that fit: 15/3/2022 … 10/2/2026 becomes days 15–31/3/2022, months 4–12/2022,
 * years 2023–2025, month 1/2026, days 1–10/2/2026. At most five slices; {@code first}/{@code last} are the
 * first days of the first and last period of the slice (a day, the first of a month, or 1 January).
 */
public final class PeriodSlices {

    public enum Grain {
        DAY("D"),
        MONTH("M"),
        YEAR("Y");

        /** The code stored in the aggregate tables' {@code grain} column. */
        public final String code;

        Grain(String code) {
            this.code = code;
        }
    }

    public record Slice(Grain grain, LocalDate first, LocalDate last) {}

    private PeriodSlices() {}

    public static List<Slice> of(LocalDate from, LocalDate to) {
        List<Slice> slices = new ArrayList<>();
        if (from.isAfter(to)) {
            return slices;
        }
        LocalDate cursor = from;
        // leading days up to the end of the first month
        if (cursor.getDayOfMonth() != 1 || endOfMonth(cursor).isAfter(to)) {
            LocalDate end = min(endOfMonth(cursor), to);
            slices.add(new Slice(Grain.DAY, cursor, end));
            cursor = end.plusDays(1);
        }
        // leading whole months up to the end of that year
        cursor = months(slices, cursor, to);
        // whole years
        if (!cursor.isAfter(to)
                && cursor.getDayOfYear() == 1
                && !endOfYear(cursor).isAfter(to)) {
            LocalDate first = cursor;
            while (!endOfYear(cursor).isAfter(to)) {
                cursor = cursor.plusYears(1);
            }
            slices.add(new Slice(Grain.YEAR, first, cursor.minusYears(1)));
        }
        // trailing whole months, then trailing days
        cursor = months(slices, cursor, to);
        if (!cursor.isAfter(to)) {
            slices.add(new Slice(Grain.DAY, cursor, to));
        }
        return slices;
    }

    /** Whole months from {@code cursor}, stopping where a whole year begins (or the period ends). */
    private static LocalDate months(List<Slice> slices, LocalDate cursor, LocalDate to) {
        LocalDate first = cursor;
        while (!cursor.isAfter(to)
                && cursor.getDayOfMonth() == 1
                && !endOfMonth(cursor).isAfter(to)
                && !(cursor.getDayOfYear() == 1 && !endOfYear(cursor).isAfter(to))) {
            cursor = cursor.plusMonths(1);
        }
        if (cursor.isAfter(first)) {
            slices.add(new Slice(Grain.MONTH, first, cursor.minusMonths(1)));
        }
        return cursor;
    }

    private static LocalDate endOfMonth(LocalDate d) {
        return d.with(TemporalAdjusters.lastDayOfMonth());
    }

    private static LocalDate endOfYear(LocalDate d) {
        return d.with(TemporalAdjusters.lastDayOfYear());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
