package vn.cchc.parindex.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.cchc.parindex.domain.Assessment;
import vn.cchc.parindex.domain.AssessmentLevel;
import vn.cchc.parindex.domain.scoring.RankGroup;
import vn.cchc.parindex.repository.AssessmentRepository;
import vn.cchc.parindex.security.AccessPolicy;
import vn.cchc.shared.security.Caller;

/** Rankings per year and level with groups A/B/C, comparison with earlier years, Excel export. */
@ApplicationScoped
public class ResultsService {

    public record RankingRow(
            int rank,
            Long assessmentId,
            String unitCode,
            String unitName,
            String status,
            BigDecimal totalPoints,
            BigDecimal maxPoints,
            BigDecimal percent,
            String rankGroup,
            Integer previousYear,
            BigDecimal previousPercent,
            BigDecimal change) {}

    public record GroupCount(String group, String label, long units) {}

    public record Ranking(
            String province,
            int year,
            String level,
            boolean includesUnpublished,
            List<GroupCount> groups,
            List<RankingRow> rows) {}

    public record HistoryRow(
            int year,
            Long assessmentId,
            String status,
            BigDecimal totalPoints,
            BigDecimal maxPoints,
            BigDecimal percent,
            String rankGroup,
            BigDecimal changeFromPreviousYear) {}

    private final AssessmentRepository assessments;
    private final AccessPolicy access;

    public ResultsService(AssessmentRepository assessments, AccessPolicy access) {
        this.assessments = assessments;
        this.access = access;
    }

    /**
     * Published results of a province (default: the caller's) for every reader; its appraisers and admins also see
     * FINALISED ones. {@code level} is one of {@link AssessmentLevel}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Ranking ranking(String province, int year, String levelText, Caller caller) {
        AccessPolicy.RankingAccess ra = access.ranking(caller, province);
        AssessmentLevel levelOf = AssessmentLevel.parse(levelText, "level");
        String rankProvince = ra.province();
        boolean staff = ra.includesFinalised();
        String level = levelOf.name();
        AssessmentRepository.Scope scope = access.assessmentScope(caller);
        List<Assessment> ranked = assessments.ranked(scope, rankProvince, year, level, staff);
        List<RankingRow> rows = new ArrayList<>();
        int rank = 0;
        BigDecimal last = null;
        for (int i = 0; i < ranked.size(); i++) {
            Assessment a = ranked.get(i);
            if (last == null || a.getPercent().compareTo(last) != 0) {
                rank = i + 1;
                last = a.getPercent();
            }
            Assessment previous = assessments.history(scope, a.getUnitCode(), staff).stream()
                    .filter(h -> h.getYear() < year && h.getPercent() != null)
                    .findFirst()
                    .orElse(null);
            rows.add(new RankingRow(
                    rank,
                    a.getId(),
                    a.getUnitCode(),
                    a.getUnitName(),
                    a.getStatus().name(),
                    a.getTotalPoints(),
                    a.getMaxPoints(),
                    a.getPercent(),
                    a.getRankGroup(),
                    previous == null ? null : previous.getYear(),
                    previous == null ? null : previous.getPercent(),
                    previous == null ? null : a.getPercent().subtract(previous.getPercent())));
        }
        List<GroupCount> groups = java.util.Arrays.stream(RankGroup.values())
                .map(g -> new GroupCount(
                        g.name(),
                        g.label(),
                        rows.stream()
                                .filter(r -> g.name().equals(r.rankGroup()))
                                .count()))
                .toList();
        return new Ranking(rankProvince, year, level, staff, groups, rows);
    }

    /** A unit's published results by year; FINALISED ones too for the appraisers and admins of its province. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryRow> history(String unitCode, Caller caller) {
        AssessmentRepository.Scope scope = access.assessmentScope(caller);
        boolean staff = access.provinceOf(caller)
                .map(p -> access.seesUnpublishedResultsOf(caller, p))
                .orElse(false);
        List<Assessment> list = assessments.history(scope, unitCode, staff);
        List<HistoryRow> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Assessment a = list.get(i);
            Assessment older = i + 1 < list.size() ? list.get(i + 1) : null;
            out.add(new HistoryRow(
                    a.getYear(),
                    a.getId(),
                    a.getStatus().name(),
                    a.getTotalPoints(),
                    a.getMaxPoints(),
                    a.getPercent(),
                    a.getRankGroup(),
                    older == null || older.getPercent() == null || a.getPercent() == null
                            ? null
                            : a.getPercent().subtract(older.getPercent())));
        }
        return out;
    }

    public byte[] export(Ranking ranking) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "CCHC par-index", "1.0")) {
            Worksheet ws = wb.newWorksheet("Xep hang " + ranking.year());
            ws.value(0, 0, "Kết quả Chỉ số CCHC năm " + ranking.year() + " – " + ranking.level());
            ws.style(0, 0).bold().fontSize(13).set();
            String[] header = {
                "Thứ hạng",
                "Mã đơn vị",
                "Tên đơn vị",
                "Điểm đạt",
                "Điểm tối đa",
                "Chỉ số (%)",
                "Nhóm",
                "Năm trước (%)",
                "Tăng/giảm",
                "Trạng thái"
            };
            for (int c = 0; c < header.length; c++) {
                ws.value(2, c, header[c]);
            }
            ws.range(2, 0, 2, header.length - 1).style().bold().set();
            int r = 3;
            for (RankingRow row : ranking.rows()) {
                ws.value(r, 0, row.rank());
                ws.value(r, 1, row.unitCode());
                ws.value(r, 2, row.unitName());
                ws.value(r, 3, row.totalPoints());
                ws.value(r, 4, row.maxPoints());
                ws.value(r, 5, row.percent());
                ws.value(r, 6, row.rankGroup());
                if (row.previousPercent() != null) {
                    ws.value(r, 7, row.previousPercent());
                    ws.value(r, 8, row.change());
                }
                ws.value(r, 9, row.status());
                r++;
            }
            ws.width(2, 45);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the workbook", e);
        }
        return out.toByteArray();
    }
}
