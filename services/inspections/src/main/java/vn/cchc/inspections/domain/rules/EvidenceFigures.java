package vn.cchc.inspections.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.indicators.Attribution;
import vn.cchc.indicators.OnTimeRate;
import vn.cchc.indicators.Percent;

/**
 * Turns the evidence read models' totals into the figures an inspection team sees and can pull into a
 * finding. Every figure names its source (the topic it was built from) and its as-of time (the newest event
 * behind it). Rates are {@link Percent}s (two decimals); a rate whose denominator is 0 is left out. Intake figures
 * count dossiers by their receiving unit, resolved figures and the on-time rate by {@link #RESOLVED_ATTRIBUTION}
 * (docs/domain/dossiers.md §3.10).
 */
public final class EvidenceFigures {

    public static final String DOSSIERS = "cchc.dossiers.v1";
    public static final String POSTING = "cchc.posting.v1";
    public static final String PAR_INDEX = "cchc.par-index.v1";

    /** The unit the intake figures (received, online, postal, digitised) count a dossier for. */
    public static final Attribution RECEIVED_ATTRIBUTION = Attribution.RECEIVING_UNIT;
    /** The unit the resolved figures and the on-time rate count a dossier for. */
    public static final Attribution RESOLVED_ATTRIBUTION = Attribution.DECIDING_UNIT;

    private EvidenceFigures() {}

    /** One figure: key (stable, used to pull it), Vietnamese label, value, unit ("hồ sơ", "%", "TTHC"...). */
    public record Figure(
            String key,
            String label,
            BigDecimal value,
            String unit,
            String source,
            OffsetDateTime asOf,
            LocalDate periodFrom,
            LocalDate periodTo,
            String detail) {}

    /**
     * Sums of {@code dossier_day_stat} over a subtree and period: intake counts by the receiving unit, the resolved
     * classifications ({@code resolvedEarlyByDecidingUnit}, …) by the deciding unit.
     */
    public record DossierTotals(
            long received,
            long online,
            long postal,
            long digitised,
            long resolvedEarlyByDecidingUnit,
            long resolvedOnTimeByDecidingUnit,
            long resolvedLateByDecidingUnit,
            OffsetDateTime asOf) {}

    public record LateTotals(long total, long withApology, long timelyApology, OffsetDateTime asOf) {}

    public record PostingTotals(
            int points,
            int required,
            int posted,
            int compliant,
            List<String> stalePosted,
            List<String> missing,
            List<String> outdated,
            LocalDate postingAsOf,
            OffsetDateTime asOf) {}

    public record ParGaps(List<String> criteria, String assessmentId, OffsetDateTime asOf) {}

    public static List<Figure> dossiers(DossierTotals t, LocalDate from, LocalDate to) {
        List<Figure> f = new ArrayList<>();
        long early = t.resolvedEarlyByDecidingUnit();
        long onTime = t.resolvedOnTimeByDecidingUnit();
        long late = t.resolvedLateByDecidingUnit();
        long resolved = early + onTime + late;
        f.add(fig(
                "dossiers.received", "Số hồ sơ tiếp nhận", t.received(), "hồ sơ", DOSSIERS, t.asOf(), from, to, null));
        f.add(fig(
                "dossiers.resolved", "Số hồ sơ đã giải quyết", resolved, "hồ sơ", DOSSIERS, t.asOf(), from, to, null));
        f.add(fig(
                "dossiers.resolvedEarly", "Giải quyết trước hạn", early, "hồ sơ", DOSSIERS, t.asOf(), from, to, null));
        f.add(fig(
                "dossiers.resolvedOnTime", "Giải quyết đúng hạn", onTime, "hồ sơ", DOSSIERS, t.asOf(), from, to, null));
        f.add(fig("dossiers.resolvedLate", "Giải quyết quá hạn", late, "hồ sơ", DOSSIERS, t.asOf(), from, to, null));
        BigDecimal onTimeRate = OnTimeRate.of(early, onTime, late);
        if (onTimeRate != null) {
            f.add(new Figure(
                    "dossiers.onTimeRate",
                    "Tỷ lệ giải quyết trước và đúng hạn",
                    onTimeRate,
                    "%",
                    DOSSIERS,
                    t.asOf(),
                    from,
                    to,
                    (early + onTime) + "/" + resolved));
        }
        rate(
                f,
                "dossiers.onlineRate",
                "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
                t.online(),
                t.received(),
                DOSSIERS,
                t.asOf(),
                from,
                to);
        rate(
                f,
                "dossiers.postalRate",
                "Tỷ lệ hồ sơ qua dịch vụ bưu chính công ích",
                t.postal(),
                t.received(),
                DOSSIERS,
                t.asOf(),
                from,
                to);
        rate(
                f,
                "dossiers.digitisationRate",
                "Tỷ lệ hồ sơ được số hóa",
                t.digitised(),
                t.received(),
                DOSSIERS,
                t.asOf(),
                from,
                to);
        return f;
    }

    public static List<Figure> late(LateTotals t, LocalDate from, LocalDate to) {
        List<Figure> f = new ArrayList<>();
        f.add(fig("lateDossiers.total", "Số hồ sơ trễ hẹn", t.total(), "hồ sơ", DOSSIERS, t.asOf(), from, to, null));
        f.add(fig(
                "lateDossiers.withApology",
                "Hồ sơ trễ hẹn có thư xin lỗi hoặc thông báo gia hạn",
                t.withApology(),
                "hồ sơ",
                DOSSIERS,
                t.asOf(),
                from,
                to,
                null));
        f.add(fig(
                "lateDossiers.withoutApology",
                "Hồ sơ trễ hẹn không có thư xin lỗi, thông báo gia hạn",
                t.total() - t.withApology(),
                "hồ sơ",
                DOSSIERS,
                t.asOf(),
                from,
                to,
                null));
        f.add(fig(
                "lateDossiers.timelyApology",
                "Hồ sơ trễ hẹn có thư xin lỗi gửi đúng thời hạn",
                t.timelyApology(),
                "hồ sơ",
                DOSSIERS,
                t.asOf(),
                from,
                to,
                null));
        return f;
    }

    public static List<Figure> posting(PostingTotals t, LocalDate to) {
        List<Figure> f = new ArrayList<>();
        if (t.points() == 0) {
            return f;
        }
        LocalDate from = t.postingAsOf();
        f.add(fig(
                "posting.required", "Số TTHC phải niêm yết", t.required(), "TTHC", POSTING, t.asOf(), from, to, null));
        f.add(fig(
                "posting.compliant",
                "Số TTHC niêm yết đúng",
                t.compliant(),
                "TTHC",
                POSTING,
                t.asOf(),
                from,
                to,
                null));
        rate(
                f,
                "posting.complianceRate",
                "Tỷ lệ niêm yết đúng quy định",
                t.compliant(),
                t.required(),
                POSTING,
                t.asOf(),
                from,
                to);
        f.add(fig(
                "posting.stalePosted",
                "TTHC hết hiệu lực vẫn niêm yết",
                t.stalePosted().size(),
                "TTHC",
                POSTING,
                t.asOf(),
                from,
                to,
                String.join(", ", t.stalePosted())));
        f.add(fig(
                "posting.missing",
                "TTHC đang có hiệu lực chưa niêm yết",
                t.missing().size(),
                "TTHC",
                POSTING,
                t.asOf(),
                from,
                to,
                String.join(", ", t.missing())));
        f.add(fig(
                "posting.outdated",
                "TTHC niêm yết không theo Quyết định công bố mới nhất",
                t.outdated().size(),
                "TTHC",
                POSTING,
                t.asOf(),
                from,
                to,
                String.join(", ", t.outdated())));
        return f;
    }

    public static List<Figure> parGaps(ParGaps g, LocalDate to) {
        if (g == null) {
            return List.of();
        }
        return List.of(fig(
                "parIndex.criteriaWithoutEvidence",
                "Tiêu chí tự chấm điểm Chỉ số CCHC chưa có tài liệu kiểm chứng",
                g.criteria().size(),
                "tiêu chí",
                PAR_INDEX,
                g.asOf(),
                null,
                to,
                String.join(", ", g.criteria())));
    }

    private static void rate(
            List<Figure> f,
            String key,
            String label,
            long num,
            long den,
            String source,
            OffsetDateTime asOf,
            LocalDate from,
            LocalDate to) {
        BigDecimal value = Percent.of(num, den);
        if (value != null) {
            f.add(new Figure(key, label, value, "%", source, asOf, from, to, num + "/" + den));
        }
    }

    private static Figure fig(
            String key,
            String label,
            long value,
            String unit,
            String source,
            OffsetDateTime asOf,
            LocalDate from,
            LocalDate to,
            String detail) {
        return new Figure(
                key,
                label,
                BigDecimal.valueOf(value),
                unit,
                source,
                asOf,
                from,
                to,
                detail == null || detail.isEmpty() ? null : detail);
    }
}
