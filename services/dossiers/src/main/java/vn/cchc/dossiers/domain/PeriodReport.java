package vn.cchc.dossiers.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One row of the period report (báo cáo tình hình giải quyết TTHC, docs/domain/dossiers.md §3.8) and its formulas.
 * On-time rate = (early + on time) / resolved (the rate the seeds report, e.g. 74/88 = 84.09 %). Plain Java.
 */
public record PeriodReport(String key, String name, long carriedOver, long received, long receivedOnline,
                           long receivedDirect, long receivedPostal, long resolved, long resolvedEarly,
                           long resolvedOnTime, long resolvedLate, long inProgress, long inProgressWithinTime,
                           long inProgressOverdue, long lateWithApology, long lateWithoutApology, long refused,
                           long withdrawn, long stopped, BigDecimal onTimeRate) {

    /** Builds a row from its counts, computing the totals and the rate. */
    public static PeriodReport of(String key, String name, long carriedOver, long receivedOnline, long receivedDirect,
                                  long receivedPostal, long early, long onTime, long late, long inProgressWithinTime,
                                  long inProgressOverdue, long lateWithApology, long lateWithoutApology, long refused,
                                  long withdrawn, long stopped) {
        long resolved = early + onTime + late;
        return new PeriodReport(key, name, carriedOver, receivedOnline + receivedDirect + receivedPostal, receivedOnline,
                receivedDirect, receivedPostal, resolved, early, onTime, late, inProgressWithinTime + inProgressOverdue,
                inProgressWithinTime, inProgressOverdue, lateWithApology, lateWithoutApology, refused, withdrawn, stopped,
                rate(early + onTime, resolved));
    }

    /** numerator / denominator × 100 with two decimals; null when nothing was resolved. */
    public static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    /** Sum of rows (the total line); the rate is recomputed, never averaged. */
    public static PeriodReport total(Iterable<PeriodReport> rows) {
        long[] s = new long[15];
        for (PeriodReport r : rows) {
            long[] v = {r.carriedOver, r.receivedOnline, r.receivedDirect, r.receivedPostal, r.resolvedEarly, r.resolvedOnTime,
                    r.resolvedLate, r.inProgressWithinTime, r.inProgressOverdue, r.lateWithApology, r.lateWithoutApology,
                    r.refused, r.withdrawn, r.stopped, 0};
            for (int i = 0; i < v.length; i++) {
                s[i] += v[i];
            }
        }
        return of("TOTAL", "Tổng cộng", s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10], s[11], s[12], s[13]);
    }
}
