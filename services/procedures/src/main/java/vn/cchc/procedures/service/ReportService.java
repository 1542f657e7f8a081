package vn.cchc.procedures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.procedures.domain.AdminUnit;
import vn.cchc.procedures.domain.ProcedureVersion;
import vn.cchc.procedures.domain.TimeReduction;
import vn.cchc.procedures.repository.ProcedureVersionRepository;
import vn.cchc.procedures.repository.UnitRepository;

/** Catalogue reports: processing-time reduction per deciding agency or per field. */
@ApplicationScoped
public class ReportService {

    public enum GroupBy {
        AGENCY,
        FIELD
    }

    public record ReductionRow(String key, String name, TimeReduction.Result result) {}

    private final ProcedureVersionRepository versions;
    private final UnitRepository units;

    public ReportService(ProcedureVersionRepository versions, UnitRepository units) {
        this.versions = versions;
        this.units = units;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReductionRow> timeReduction(GroupBy groupBy, LocalDate asOf) {
        return timeReduction(groupBy, asOf, null);
    }

    /** Over the procedures of {@code catalogues} (null = every catalogue). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReductionRow> timeReduction(GroupBy groupBy, LocalDate asOf, java.util.Set<String> catalogues) {
        List<ProcedureVersion> inForce = versions.allInForce(asOf).stream()
                .filter(v -> catalogues == null
                        || catalogues.contains(v.getProcedure().getCatalogue()))
                .toList();
        Function<ProcedureVersion, String> key = groupBy == GroupBy.FIELD
                ? ProcedureVersion::getField
                : v -> v.getDecidingAgencyCode() == null ? "" : v.getDecidingAgencyCode();
        Map<String, List<TimeReduction.Item>> groups = new TreeMap<>();
        for (ProcedureVersion v : inForce) {
            groups.computeIfAbsent(key.apply(v), k -> new ArrayList<>())
                    .add(new TimeReduction.Item(v.getProcessingTime(), v.getStatutoryTime()));
        }
        Map<String, String> names = groupBy == GroupBy.AGENCY
                ? units.byCodes(groups.keySet()).values().stream()
                        .collect(Collectors.toMap(AdminUnit::getCode, AdminUnit::getName))
                : Map.of();
        List<ReductionRow> rows = new ArrayList<>();
        groups.forEach((k, items) -> rows.add(new ReductionRow(
                k,
                groupBy == GroupBy.FIELD ? k : names.getOrDefault(k, k.isEmpty() ? "(chưa xác định cơ quan)" : k),
                TimeReduction.of(items))));
        return rows;
    }
}
