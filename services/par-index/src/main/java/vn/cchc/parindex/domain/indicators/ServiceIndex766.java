package vn.cchc.parindex.domain.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The QĐ 766 service index (domain §5) for one unit and period, from what this service receives: the groups
 * and indicators our data supports with numerator, denominator, ratio and points; the others listed as
 * NOT_COMPUTABLE with the reason. Plain Java. Group totals add only computable indicators, and say so.
 */
public final class ServiceIndex766 {

    public enum State { COMPUTED, NO_DATA, NOT_COMPUTABLE }

    public record Indicator(String id, String name, State state, Long numerator, Long denominator, BigDecimal ratio,
                            BigDecimal maxPoints, BigDecimal points, String rule) {
    }

    public record Group(String id, String name, BigDecimal maxPoints, BigDecimal computablePoints,
                        BigDecimal computableMax, List<Indicator> indicators) {
    }

    public record Result(List<Group> groups, BigDecimal points, BigDecimal computableMax, BigDecimal maxPoints) {
    }

    /**
     * @param counts        aggregates of the period (received, resolved, … by day)
     * @param openWithin    dossiers received by the period end and still open at its end, not overdue
     * @param openOverdue   the same, overdue
     */
    public record Inputs(DossierCounts counts, long openWithin, long openOverdue, Long postingCompliant,
                         Long postingRequired) {
    }

    private ServiceIndex766() {
    }

    public static Result compute(Inputs in) {
        DossierCounts c = in.counts();
        List<Group> groups = new ArrayList<>();
        groups.add(group("1", "Công khai, minh bạch", 18, List.of(
                notComputable("1.1", "TTHC công bố đúng hạn", 6, "needs QĐ công bố dates against effective dates (procedures service)"),
                notComputable("1.2", "TTHC cập nhật, công khai đúng hạn", 4, "needs CSDLQG publication dates"),
                in.postingRequired() == null ? notComputable("1.3", "TTHC công khai đầy đủ nội dung", 2, "no posting data received")
                        : proportional("1.3", "TTHC công khai đầy đủ nội dung (xấp xỉ bằng niêm yết đúng, đủ)",
                        in.postingCompliant(), in.postingRequired(), 2, "2 × tỷ lệ; approximated by posting compliance"),
                notComputable("1.4", "Hồ sơ đồng bộ lên DVCQG", 6, "needs DVCQG sync counts"))));
        long processed = c.resolved() + in.openWithin() + in.openOverdue();
        long onTime = c.resolvedOnTime() + in.openWithin();
        groups.add(group("2", "Tiến độ giải quyết", 20, List.of(
                proportional("2.1", "Hồ sơ xử lý trước hạn, đúng hạn", onTime, processed, 20, "20 × tỷ lệ"),
                notComputable("2.2", "Thời gian giải quyết trung bình", 0, "unscored in the captured maxima"))));
        BigDecimal r33 = ratio(c.receivedOnline(), c.received());
        groups.add(group("3", "Dịch vụ công trực tuyến", 12, List.of(
                notComputable("3.1", "TTHC có DVCTT", 0, "sub-maximum undetermined; needs online level per TTHC"),
                notComputable("3.2", "DVC có phát sinh hồ sơ trực tuyến", 0, "sub-maximum undetermined"),
                new Indicator("3.3", "Hồ sơ nộp trực tuyến", r33 == null ? State.NO_DATA : State.COMPUTED, c.receivedOnline(),
                        c.received(), r33, null, null, "≥ 50 % đạt tối đa; sub-maximum undetermined (group 3 = 12), ratio only"))));
        groups.add(group("3b", "Thanh toán trực tuyến", 10, List.of(
                notComputable("3.5", "TTHC tích hợp / có giao dịch thanh toán trực tuyến", 4, "needs fee payment data"),
                notComputable("3.6", "Hồ sơ thanh toán trực tuyến", 6, "needs payment method per dossier"))));
        groups.add(group("4", "Số hóa hồ sơ", 22, List.of(
                proportional("4.1", "Hồ sơ có kết quả điện tử", c.eResult(), c.resolved(), 6, "6 × tỷ lệ"),
                threshold("4.2", "Hồ sơ số hóa (thành phần và kết quả)", c.digitisedWithEResult(), c.resolved(), 4, 0.80,
                        "≥ 80 % đạt tối đa, dưới đó tỷ lệ/80 % × 4; denominator = resolved dossiers (e-result known only then)"),
                notComputable("4.x", "Chứng thực điện tử, tái sử dụng, kho dữ liệu, dữ liệu dân cư", 12, "needs component-level flags"))));
        long late = c.resolvedLate() + in.openOverdue();
        long satisfied = Math.max(0, processed - late - c.dissatisfied());
        groups.add(group("5", "Mức độ hài lòng", 18, List.of(
                notComputable("5.2", "PAKN xử lý đúng hạn", 6, "no PAKN data"),
                notComputable("5.3", "Hài lòng xử lý PAKN", 6, "no PAKN data"),
                threshold("5.4", "Hài lòng trong tiếp nhận, giải quyết TTHC", satisfied, processed, 6, 0.90,
                        "100 % − (tỷ lệ trễ hạn + tỷ lệ không hài lòng); ≥ 90 % đạt tối đa"))));
        BigDecimal points = groups.stream().map(Group::computablePoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal computableMax = groups.stream().map(Group::computableMax).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Result(groups, points, computableMax, BigDecimal.valueOf(100).setScale(2));
    }

    private static Group group(String id, String name, int max, List<Indicator> indicators) {
        BigDecimal pts = indicators.stream().filter(i -> i.points() != null).map(Indicator::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        BigDecimal cmax = indicators.stream().filter(i -> i.state() != State.NOT_COMPUTABLE && i.maxPoints() != null)
                .map(Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        return new Group(id, name, BigDecimal.valueOf(max).setScale(2), pts, cmax, indicators);
    }

    static Indicator notComputable(String id, String name, int max, String reason) {
        return new Indicator(id, name, State.NOT_COMPUTABLE, null, null, null, BigDecimal.valueOf(max).setScale(2), null,
                "not computable: " + reason);
    }

    static Indicator proportional(String id, String name, long num, long den, int max, String rule) {
        BigDecimal r = ratio(num, den);
        BigDecimal m = BigDecimal.valueOf(max).setScale(2);
        return new Indicator(id, name, r == null ? State.NO_DATA : State.COMPUTED, num, den, r, m,
                r == null ? null : r.multiply(m).setScale(2, RoundingMode.HALF_UP), rule);
    }

    static Indicator threshold(String id, String name, long num, long den, int max, double full, String rule) {
        BigDecimal r = ratio(num, den);
        BigDecimal m = BigDecimal.valueOf(max).setScale(2);
        BigDecimal f = BigDecimal.valueOf(full);
        BigDecimal points = r == null ? null : r.compareTo(f) >= 0 ? m
                : r.divide(f, 6, RoundingMode.HALF_UP).multiply(m).setScale(2, RoundingMode.HALF_UP);
        return new Indicator(id, name, r == null ? State.NO_DATA : State.COMPUTED, num, den, r, m, points, rule);
    }

    /** num / den with four decimals, or null when den is 0. */
    static BigDecimal ratio(long num, long den) {
        return den <= 0 ? null : BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 4, RoundingMode.HALF_UP);
    }
}
