package vn.cchc.dossiers.domain;

import java.math.BigDecimal;
import vn.cchc.indicators.Attribution;
import vn.cchc.indicators.OnTimeRate;

/**
 * One row of the period report (báo cáo tình hình giải quyết TTHC, docs/domain/dossiers.md §3.8) and its totals. The
 * on-time rate is {@link OnTimeRate} (§3.10); rows count dossiers by {@link #ATTRIBUTION}. Plain Java.
 */
public record PeriodReport(
        String key,
        String name,
        long carriedOver,
        long received,
        long receivedOnline,
        long receivedDirect,
        long receivedPostal,
        long resolved,
        long resolvedEarly,
        long resolvedOnTime,
        long resolvedLate,
        long inProgress,
        long inProgressWithinTime,
        long inProgressOverdue,
        long lateWithApology,
        long lateWithoutApology,
        long refused,
        long withdrawn,
        long stopped,
        BigDecimal onTimeRate) {

    /** The unit a dossier is counted for in this report (and in every ancestor of it). */
    public static final Attribution ATTRIBUTION = Attribution.RECEIVING_UNIT;

    /** Builds a row from its counts, computing the totals and the rate. */
    public static PeriodReport of(
            String key,
            String name,
            long carriedOver,
            long receivedOnline,
            long receivedDirect,
            long receivedPostal,
            long early,
            long onTime,
            long late,
            long inProgressWithinTime,
            long inProgressOverdue,
            long lateWithApology,
            long lateWithoutApology,
            long refused,
            long withdrawn,
            long stopped) {
        long resolved = early + onTime + late;
        return new PeriodReport(
                key,
                name,
                carriedOver,
                receivedOnline + receivedDirect + receivedPostal,
                receivedOnline,
                receivedDirect,
                receivedPostal,
                resolved,
                early,
                onTime,
                late,
                inProgressWithinTime + inProgressOverdue,
                inProgressWithinTime,
                inProgressOverdue,
                lateWithApology,
                lateWithoutApology,
                refused,
                withdrawn,
                stopped,
                OnTimeRate.of(early, onTime, late));
    }

    /** Sum of rows (the total line); the rate is recomputed, never averaged. */
    public static PeriodReport total(Iterable<PeriodReport> rows) {
        long[] s = new long[15];
        for (PeriodReport r : rows) {
            long[] v = {
                r.carriedOver,
                r.receivedOnline,
                r.receivedDirect,
                r.receivedPostal,
                r.resolvedEarly,
                r.resolvedOnTime,
                r.resolvedLate,
                r.inProgressWithinTime,
                r.inProgressOverdue,
                r.lateWithApology,
                r.lateWithoutApology,
                r.refused,
                r.withdrawn,
                r.stopped,
                0
            };
            for (int i = 0; i < v.length; i++) {
                s[i] += v[i];
            }
        }
        return of(
                "TOTAL",
                "Tổng cộng",
                s[0],
                s[1],
                s[2],
                s[3],
                s[4],
                s[5],
                s[6],
                s[7],
                s[8],
                s[9],
                s[10],
                s[11],
                s[12],
                s[13]);
    }
}
