package vn.cchc.dossiers.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The QĐ 766/QĐ-TTg service index (docs/domain/qd766.md) of one unit (its subtree) and one period: every group with
 * its maximum, the indicators the dossiers' facts support with numerator, denominator, ratio and points, the others
 * NOT_COMPUTABLE with the reason. The only implementation of these formulas in the platform: the period report's
 * indicators endpoint and the {@code cchc.service-index.v1} events par-index shows are both computed here. Plain Java.
 *
 * <p>One denominator for "the dossiers of the period" (docs/domain/qd766.md §2): the dossiers received or processed
 * in it = carried over (received before, still open at its start) + received in it. 2.1, 4.2 and 5.4 use it.
 */
public final class ServiceIndex766 {

    public enum State {
        COMPUTED,
        NO_DATA,
        NOT_COMPUTABLE
    }

    public record Indicator(
            String id,
            String name,
            State state,
            Long numerator,
            Long denominator,
            BigDecimal ratio,
            BigDecimal maxPoints,
            BigDecimal points,
            String rule) {}

    public record Group(
            String id,
            String name,
            BigDecimal maxPoints,
            BigDecimal computablePoints,
            BigDecimal computableMax,
            List<Indicator> indicators) {}

    public record Result(List<Group> groups, BigDecimal points, BigDecimal computableMax, BigDecimal maxPoints) {

        /** The indicator with this id (every id of the index is present). */
        public Indicator indicator(String id) {
            return groups.stream()
                    .flatMap(g -> g.indicators().stream())
                    .filter(i -> i.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no indicator " + id));
        }
    }

    /**
     * The facts of one unit (and its descendants) and one period, all counted per dossier (docs/domain/qd766.md §3).
     *
     * @param carriedOver            received before the period and still open at its start
     * @param received               received in the period
     * @param receivedOnline         of those, received online (channel ONLINE)
     * @param resolvedOnTimeOrEarly  resolved in the period at or before their due time
     * @param endedOnTime            refused, withdrawn or stopped in the period (received ones) at or before their due time
     * @param openWithinTime         still open at the period's end (or now, for the running period) and not past due
     * @param resolved               resolved in the period (all of them return a result)
     * @param eResult                of those, with an electronic result, as the officer or the integration declared
     * @param digitisedWithEResult   of those, digitised (components) AND with an electronic result, the same dossier
     * @param dissatisfied           ratings in the period that say "not satisfied"
     */
    public record Inputs(
            long carriedOver,
            long received,
            long receivedOnline,
            long resolvedOnTimeOrEarly,
            long endedOnTime,
            long openWithinTime,
            long resolved,
            long eResult,
            long digitisedWithEResult,
            long dissatisfied) {

        /** The one denominator of "the dossiers of the period": carried over + received. */
        public long processed() {
            return carriedOver + received;
        }

        /** On time in the QĐ 766 sense: ended (resolved, refused, withdrawn, stopped) by the due time, or open and not due. */
        public long onTime() {
            return resolvedOnTimeOrEarly + endedOnTime + openWithinTime;
        }

        /** Everything else of the period: ended after the due time, or open and past due. */
        public long late() {
            return Math.max(0, processed() - onTime());
        }
    }

    private ServiceIndex766() {}

    public static Result compute(Inputs in) {
        long processed = in.processed();
        List<Group> groups = new ArrayList<>();
        groups.add(group(
                "1",
                "Công khai, minh bạch",
                18,
                List.of(
                        notComputable(
                                "1.1",
                                "TTHC công bố đúng hạn",
                                6,
                                "cần ngày ban hành quyết định công bố so với ngày có hiệu lực (dịch vụ TTHC)"),
                        notComputable(
                                "1.2",
                                "TTHC cập nhật, công khai đúng hạn",
                                4,
                                "cần ngày công khai trên CSDLQG về TTHC"),
                        notComputable(
                                "1.3",
                                "TTHC công khai đầy đủ nội dung",
                                2,
                                "cần đủ bộ phận a–g của từng TTHC trong CSDLQG; "
                                        + "tỷ lệ niêm yết đúng, đủ tại Bộ phận Một cửa là chỉ số khác (PAR), không dùng thay"),
                        notComputable("1.4", "Hồ sơ đồng bộ lên DVCQG", 6, "cần số hồ sơ đồng bộ trên Cổng DVCQG"))));
        groups.add(group(
                "2",
                "Tiến độ giải quyết",
                20,
                List.of(
                        proportional(
                                "2.1",
                                "Hồ sơ xử lý trước hạn, đúng hạn",
                                in.onTime(),
                                processed,
                                20,
                                "20 × (kết thúc đúng hạn + đang xử lý trong hạn) / (tồn kỳ trước + tiếp nhận trong kỳ)"),
                        notComputable(
                                "2.2",
                                "Thời gian giải quyết trung bình",
                                0,
                                "không tính điểm trong bảng điểm tối đa"))));
        BigDecimal r33 = ratio(in.receivedOnline(), in.received());
        groups.add(group(
                "3",
                "Dịch vụ công trực tuyến",
                12,
                List.of(
                        notComputable(
                                "3.1",
                                "TTHC có DVCTT",
                                0,
                                "điểm thành phần chưa xác định; cần mức độ DVCTT của từng TTHC"),
                        notComputable("3.2", "DVC có phát sinh hồ sơ trực tuyến", 0, "điểm thành phần chưa xác định"),
                        new Indicator(
                                "3.3",
                                "Hồ sơ nộp trực tuyến",
                                r33 == null ? State.NO_DATA : State.COMPUTED,
                                in.receivedOnline(),
                                in.received(),
                                r33,
                                null,
                                null,
                                "hồ sơ tiếp nhận trực tuyến / hồ sơ tiếp nhận; ≥ 50 % đạt tối đa; "
                                        + "điểm thành phần chưa xác định (nhóm 3 = 12 điểm), chỉ nêu tỷ lệ"))));
        groups.add(group(
                "3b",
                "Thanh toán trực tuyến",
                10,
                List.of(
                        notComputable(
                                "3.5",
                                "TTHC tích hợp / có giao dịch thanh toán trực tuyến",
                                4,
                                "cần dữ liệu thanh toán phí, lệ phí"),
                        notComputable(
                                "3.6", "Hồ sơ thanh toán trực tuyến", 6, "cần hình thức thanh toán của từng hồ sơ"))));
        groups.add(group(
                "4",
                "Số hóa hồ sơ",
                22,
                List.of(
                        proportional(
                                "4.1",
                                "Hồ sơ có kết quả điện tử",
                                in.eResult(),
                                in.resolved(),
                                6,
                                "6 × hồ sơ có kết quả điện tử / hồ sơ đã giải quyết trong kỳ"),
                        threshold(
                                "4.2",
                                "Hồ sơ số hóa (thành phần và kết quả)",
                                in.digitisedWithEResult(),
                                processed,
                                4,
                                0.80,
                                "hồ sơ vừa số hóa thành phần vừa có kết quả điện tử / (tồn kỳ trước + tiếp nhận trong kỳ); "
                                        + "≥ 80 % đạt tối đa, dưới đó tỷ lệ/80 % × 4"),
                        notComputable(
                                "4.x",
                                "Chứng thực điện tử, tái sử dụng, kho dữ liệu, dữ liệu dân cư",
                                12,
                                "cần cờ tái sử dụng, kho dữ liệu cá nhân, VNeID cho từng thành phần hồ sơ"))));
        groups.add(group(
                "5",
                "Mức độ hài lòng",
                18,
                List.of(
                        notComputable("5.2", "PAKN xử lý đúng hạn", 6, "chưa có dữ liệu phản ánh, kiến nghị"),
                        notComputable("5.3", "Hài lòng xử lý PAKN", 6, "chưa có dữ liệu phản ánh, kiến nghị"),
                        threshold(
                                "5.4",
                                "Hài lòng trong tiếp nhận, giải quyết TTHC",
                                Math.max(0, processed - in.late() - in.dissatisfied()),
                                processed,
                                6,
                                0.90,
                                "100 % − (tỷ lệ trễ hạn + tỷ lệ không hài lòng), cùng mẫu số với 2.1; "
                                        + "≥ 90 % đạt tối đa, dưới đó tỷ lệ/90 % × 6"))));
        BigDecimal points = groups.stream().map(Group::computablePoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal computableMax = groups.stream().map(Group::computableMax).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Result(groups, points, computableMax, BigDecimal.valueOf(100).setScale(2));
    }

    private static Group group(String id, String name, int max, List<Indicator> indicators) {
        BigDecimal pts = indicators.stream()
                .filter(i -> i.points() != null)
                .map(Indicator::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        // the maxima of what was computed: an indicator without data (NO_DATA) or not computable adds nothing
        BigDecimal cmax = indicators.stream()
                .filter(i -> i.state() == State.COMPUTED && i.maxPoints() != null)
                .map(Indicator::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        return new Group(id, name, BigDecimal.valueOf(max).setScale(2), pts, cmax, indicators);
    }

    static Indicator notComputable(String id, String name, int max, String reason) {
        return new Indicator(
                id,
                name,
                State.NOT_COMPUTABLE,
                null,
                null,
                null,
                BigDecimal.valueOf(max).setScale(2),
                null,
                "không tính được: " + reason);
    }

    /** points = max × ratio. */
    static Indicator proportional(String id, String name, long num, long den, int max, String rule) {
        BigDecimal r = ratio(num, den);
        BigDecimal m = BigDecimal.valueOf(max).setScale(2);
        return new Indicator(
                id,
                name,
                r == null ? State.NO_DATA : State.COMPUTED,
                num,
                den,
                r,
                m,
                r == null ? null : r.multiply(m).setScale(2, RoundingMode.HALF_UP),
                rule);
    }

    /** Full points from {@code full} on, else ratio / full × max. */
    static Indicator threshold(String id, String name, long num, long den, int max, double full, String rule) {
        BigDecimal r = ratio(num, den);
        BigDecimal m = BigDecimal.valueOf(max).setScale(2);
        BigDecimal f = BigDecimal.valueOf(full);
        BigDecimal points = r == null
                ? null
                : r.compareTo(f) >= 0
                        ? m
                        : r.divide(f, 6, RoundingMode.HALF_UP).multiply(m).setScale(2, RoundingMode.HALF_UP);
        return new Indicator(id, name, r == null ? State.NO_DATA : State.COMPUTED, num, den, r, m, points, rule);
    }

    /** num / den with four decimals, or null when den is 0. */
    static BigDecimal ratio(long num, long den) {
        return den <= 0 ? null : BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 4, RoundingMode.HALF_UP);
    }
}
