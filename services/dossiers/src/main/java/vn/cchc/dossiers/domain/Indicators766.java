package vn.cchc.dossiers.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The QĐ 766/QĐ-TTg indicators computable from dossiers (domain §5.2), each with numerator, denominator,
 * ratio and points. Denominators differ from the period report's on purpose: 2.1 counts every dossier
 * received or processed in the period (resolved on time + open within deadline), not only resolved ones.
 * Plain Java.
 */
public final class Indicators766 {

    public record Indicator(String id, String name, long numerator, long denominator, BigDecimal ratio,
                            BigDecimal maxPoints, BigDecimal points, String rule) {
    }

    /** The inputs, all for one unit (and its descendants) and one period. */
    public record Inputs(long carriedOver, long received, long receivedOnline, long resolvedOnTimeOrEarly,
                         long resolvedLate, long inProgressWithinTime, long inProgressOverdue, long digitised,
                         long eResult, long resolved, long dissatisfied) {
    }

    private Indicators766() {
    }

    public static List<Indicator> compute(Inputs in) {
        long processed = in.carriedOver() + in.received();
        long onTime = in.resolvedOnTimeOrEarly() + in.inProgressWithinTime();
        BigDecimal r21 = ratio(onTime, processed);
        Indicator i21 = new Indicator("2.1", "Hồ sơ xử lý trước hạn, đúng hạn", onTime, processed, r21, bd(20),
                r21 == null ? null : r21.multiply(bd(20)).setScale(2, RoundingMode.HALF_UP), "20 × tỷ lệ");
        BigDecimal r33 = ratio(in.receivedOnline(), in.received());
        Indicator i33 = new Indicator("3.3", "Hồ sơ nộp trực tuyến", in.receivedOnline(), in.received(), r33, null, null,
                "≥ 50 % đạt tối đa; điểm tối đa của chỉ tiêu thành phần chưa xác định (nhóm 3 = 12 điểm)");
        BigDecimal r41 = ratio(in.eResult(), in.resolved());
        Indicator i41 = new Indicator("4.1", "Hồ sơ có kết quả điện tử", in.eResult(), in.resolved(), r41, bd(6),
                r41 == null ? null : r41.multiply(bd(6)).setScale(2, RoundingMode.HALF_UP), "6 × tỷ lệ");
        BigDecimal r42 = ratio(Math.min(in.digitised(), in.eResult()), in.received());
        Indicator i42 = new Indicator("4.2", "Hồ sơ số hóa", Math.min(in.digitised(), in.eResult()), in.received(), r42, bd(4),
                threshold(r42, 0.80, bd(4)), "≥ 80 % đạt tối đa, dưới đó tỷ lệ/80 % × 4");
        long late = in.resolvedLate() + in.inProgressOverdue();
        // 100 % − (late rate + dissatisfied rate), computed on counts so that nothing is rounded twice
        BigDecimal r54 = ratio(Math.max(0, processed - late - in.dissatisfied()), processed);
        Indicator i54 = new Indicator("5.4", "Hài lòng trong tiếp nhận, giải quyết TTHC", processed - late - in.dissatisfied(),
                processed, r54, bd(6), threshold(r54, 0.90, bd(6)), "100 % − (tỷ lệ trễ hạn + tỷ lệ không hài lòng); ≥ 90 % đạt tối đa");
        return List.of(i21, i33, i41, i42, i54);
    }

    static BigDecimal ratio(long num, long den) {
        return den == 0 ? null : BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 4, RoundingMode.HALF_UP);
    }

    static BigDecimal threshold(BigDecimal ratio, double full, BigDecimal max) {
        if (ratio == null) {
            return null;
        }
        BigDecimal f = BigDecimal.valueOf(full);
        return ratio.compareTo(f) >= 0 ? max.setScale(2, RoundingMode.HALF_UP)
                : ratio.divide(f, 6, RoundingMode.HALF_UP).multiply(max).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }
}
