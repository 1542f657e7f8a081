package vn.cchc.parindex.domain.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A computed value with its inputs; {@code value} is null when the denominator is 0 (no data). */
public record IndicatorValue(String key, BigDecimal value, long numerator, long denominator, String source,
                             String definition) {

    public static IndicatorValue of(IndicatorKey key, long numerator, long denominator) {
        return new IndicatorValue(key.name(), percent(numerator, denominator), numerator, denominator, key.source(),
                key.definition());
    }

    public static BigDecimal percent(long numerator, long denominator) {
        if (denominator <= 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
