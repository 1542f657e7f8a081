package vn.cchc.parindex.domain.indicators;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Automatic PAR criteria computed from other services' events, for a unit (and its subtree) and a year. Every
 * value is a percentage (0 … 100, two decimals) = numerator / denominator × 100; PAR-style definitions (§6.3),
 * which differ from QĐ 766's (§3.5).
 */
public enum IndicatorKey {
    DOSSIER_ON_TIME_RATE("cchc.dossiers.v1", "Hồ sơ giải quyết trước hạn, đúng hạn / hồ sơ đã giải quyết"),
    DOSSIER_LATE_APOLOGY_RATE("cchc.dossiers.v1", "Hồ sơ trễ hạn có văn bản xin lỗi kịp thời / hồ sơ trễ hạn"),
    DOSSIER_ONLINE_RATE("cchc.dossiers.v1", "Hồ sơ tiếp nhận trực tuyến / hồ sơ tiếp nhận"),
    DOSSIER_DIGITISED_RATE("cchc.dossiers.v1", "Hồ sơ được số hóa / hồ sơ tiếp nhận"),
    DOSSIER_SATISFACTION_RATE("cchc.dossiers.v1", "Lượt đánh giá không có ý kiến không hài lòng / lượt đánh giá"),
    POSTING_COMPLIANCE_RATE("cchc.posting.v1", "TTHC niêm yết đúng, đủ / TTHC phải niêm yết"),
    PROCESSING_TIME_REDUCTION_RATE(
            "cchc.procedures.v1", "TTHC có thời hạn giải quyết rút ngắn so với quy định / TTHC có thời hạn quy định"),
    REMEDIATION_COMPLETION_RATE(
            "cchc.inspections.v1",
            "Kiến nghị khắc phục sau kiểm tra đã hoàn thành / tổng số kiến nghị khắc phục (cuộc kiểm tra kết thúc trong năm)");

    private final String source;
    private final String definition;

    IndicatorKey(String source, String definition) {
        this.source = source;
        this.definition = definition;
    }

    public String source() {
        return source;
    }

    public String definition() {
        return definition;
    }

    public static Set<String> names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
