package vn.cchc.shared.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Payload (schema version 1) of {@code ServiceIndex766Computed} on {@code cchc.service-index.v1} (compacted, key =
 * {@link #key(String, String) unit:period}, e.g. {@code H99.X01:2026-Q2}). The QĐ 766 service index of one unit (its
 * subtree) for one month ({@code 2026-05}), quarter ({@code 2026-Q2}) or year ({@code 2026}), as computed by its
 * only owner, the dossiers service (docs/domain/qd766.md): every group and indicator, computed ones with numerator,
 * denominator, ratio and points, the others {@code NOT_COMPUTABLE} with the reason in {@code rule}. Published when
 * the figures of a key change. Consumers keep, per key, the payload of the highest {@code sequence}: a replayed or
 * older event changes nothing.
 */
public record ServiceIndex766EventV1(
        String unitCode,
        String unitPath,
        /** {@code 2026}, {@code 2026-Q2} or {@code 2026-05}. */
        String period,
        LocalDate from,
        LocalDate to,
        /** Points of the computable indicators (null: none had data). */
        BigDecimal points,
        /** The maxima of the indicators that could be computed. */
        BigDecimal computableMax,
        /** 100. */
        BigDecimal maxPoints,
        List<Group> groups,
        /** Orders the events of one key; increases with each change. */
        long sequence,
        OffsetDateTime computedAt) {

    public static final String COMPUTED = "ServiceIndex766Computed";
    public static final int SCHEMA_VERSION = 1;

    /** One group of QĐ 766 (1, 2, 3, 3b, 4, 5) with its maximum and the points of what could be computed. */
    public record Group(
            String id,
            String name,
            BigDecimal maxPoints,
            BigDecimal computablePoints,
            BigDecimal computableMax,
            List<Indicator> indicators) {}

    /**
     * One indicator. {@code state}: COMPUTED, NO_DATA (computable, denominator 0) or NOT_COMPUTABLE ({@code rule}
     * says why).
     */
    public record Indicator(
            String id,
            String name,
            String state,
            Long numerator,
            Long denominator,
            BigDecimal ratio,
            BigDecimal maxPoints,
            BigDecimal points,
            String rule) {}

    /** The Kafka key and CloudEvents subject: {@code H99.X01:2026-Q2}. */
    public static String key(String unitCode, String period) {
        return unitCode + ":" + period;
    }

    public String key() {
        return key(unitCode, period);
    }
}
