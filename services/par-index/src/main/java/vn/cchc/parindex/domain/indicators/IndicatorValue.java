package vn.cchc.parindex.domain.indicators;

import java.math.BigDecimal;
import vn.cchc.indicators.Percent;

/** A computed value with its inputs; {@code value} is null when the denominator is 0 (no data). */
public record IndicatorValue(
        String key, BigDecimal value, long numerator, long denominator, String source, String definition) {

    /** The indicator numerator / denominator as a {@link Percent}. */
    public static IndicatorValue of(IndicatorKey key, long numerator, long denominator) {
        return new IndicatorValue(key, Percent.of(numerator, denominator), numerator, denominator);
    }

    /** An indicator whose value a rule of the dossier-indicators library computed (e.g. the on-time rate). */
    public IndicatorValue(IndicatorKey key, BigDecimal value, long numerator, long denominator) {
        this(key.name(), value, numerator, denominator, key.source(), key.definition());
    }
}
