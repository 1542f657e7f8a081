package vn.cchc.indicators;

import java.math.BigDecimal;

/**
 * The on-time rate (tỷ lệ giải quyết trước hạn và đúng hạn), the one definition every service reports
 * (docs/domain/dossiers.md §3.10): resolved early + resolved on time, over resolved (early + on time + late), as a
 * {@link Percent} (two decimals, half up; none when nothing was resolved). Early counts as on time. Seed report 003:
 * (64 + 10) / 88 = 84.09 %. The QĐ 766 indicator 2.1 is a different figure with its own denominator (qd766.md).
 */
public final class OnTimeRate {

    private OnTimeRate() {}

    /** The rate from the three classifications of resolved dossiers; null when all are 0. */
    public static BigDecimal of(long resolvedEarly, long resolvedOnTime, long resolvedLate) {
        requireCount(resolvedEarly, "resolvedEarly");
        requireCount(resolvedOnTime, "resolvedOnTime");
        requireCount(resolvedLate, "resolvedLate");
        return ofTimely(resolvedEarly + resolvedOnTime, resolvedEarly + resolvedOnTime + resolvedLate);
    }

    /**
     * The rate where the counts keep only "not late" ({@code resolvedEarlyOrOnTime}) and the resolved total;
     * null when {@code resolved} is 0.
     */
    public static BigDecimal ofTimely(long resolvedEarlyOrOnTime, long resolved) {
        requireCount(resolvedEarlyOrOnTime, "resolvedEarlyOrOnTime");
        if (resolvedEarlyOrOnTime > resolved) {
            throw new IllegalArgumentException(
                    "resolvedEarlyOrOnTime " + resolvedEarlyOrOnTime + " > resolved " + resolved);
        }
        return Percent.of(resolvedEarlyOrOnTime, resolved);
    }

    private static void requireCount(long count, String name) {
        if (count < 0) {
            throw new IllegalArgumentException(name + " is negative: " + count);
        }
    }
}
