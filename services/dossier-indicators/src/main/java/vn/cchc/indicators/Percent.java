package vn.cchc.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How every dossier rate is written: numerator / denominator × 100 with two decimals, rounded half up; no value
 * ({@code null}) when the denominator is 0, so "no data" is never shown as 0 %. Rates of a total are recomputed
 * from the summed counts, never averaged (docs/domain/dossiers.md §3.10).
 */
public final class Percent {

    private Percent() {}

    /** numerator / denominator × 100, two decimals half up; null when {@code denominator} is 0 or less. */
    public static BigDecimal of(long numerator, long denominator) {
        if (denominator <= 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
