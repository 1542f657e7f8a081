package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.cchc.dossiers.domain.GroupBy;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.domain.PeriodReport;
import vn.cchc.dossiers.domain.ServiceIndex766;
import vn.cchc.dossiers.repository.ReportQueries;
import vn.cchc.dossiers.repository.ReportQueries.Flows;
import vn.cchc.dossiers.repository.ReportQueries.Stocks;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.units.UnitCopy;

/** The period report (§3.8) and the QĐ 766 indicators for a unit and its descendants. */
@ApplicationScoped
public class ReportService {

    private final ReportQueries queries;
    private final Clock clock;

    public ReportService(ReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public record Report(
            String unitCode,
            LocalDate from,
            LocalDate to,
            GroupBy groupBy,
            List<PeriodReport> rows,
            PeriodReport total) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report period(UnitCopy scope, LocalDate from, LocalDate to, GroupBy by) {
        check(from, to);
        return period(scope, from, to, by, queries.flows(scope.getPath(), from, to, by));
    }

    private Report period(UnitCopy scope, LocalDate from, LocalDate to, GroupBy by, Map<String, Flows> flows) {
        OffsetDateTime end = to.plusDays(1)
                .atStartOfDay(OfficialCalendarService.ZONE)
                .toOffsetDateTime()
                .minusNanos(1000);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime reference = end.isBefore(now) ? end : now;
        Map<String, Stocks> stocks = queries.stocks(scope.getPath(), from, flows, end, reference, by);
        TreeSet<String> keys = new TreeSet<>(flows.keySet());
        keys.addAll(stocks.keySet());
        Map<String, String> names = names(by, keys);
        List<PeriodReport> rows = new ArrayList<>();
        for (String k : keys) {
            Flows f = ReportQueries.flowsOrNone(flows, k);
            Stocks s = ReportQueries.stocksOrNone(stocks, k);
            rows.add(PeriodReport.of(
                    k,
                    names.getOrDefault(k, k),
                    s.carriedOver(),
                    f.receivedOnline(),
                    f.receivedDirect(),
                    f.receivedPostal(),
                    f.early(),
                    f.onTime(),
                    f.late(),
                    s.inProgressWithinTime(),
                    s.inProgressOverdue(),
                    f.lateWithApology() + s.overdueWithApology(),
                    f.lateWithoutApology() + s.overdueWithoutApology(),
                    f.refused(),
                    f.withdrawn(),
                    f.stopped()));
        }
        return new Report(scope.getCode(), from, to, by, rows, PeriodReport.total(rows));
    }

    /**
     * The QĐ 766 service index of a unit (its subtree) and a period (docs/domain/qd766.md), from the same flows and
     * stocks as the period report: for a period still running, "open within deadline" is as of now.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceIndex766.Result serviceIndex(UnitCopy scope, LocalDate from, LocalDate to) {
        check(from, to);
        Map<String, Flows> flows = queries.flows(scope.getPath(), from, to, GroupBy.CHANNEL);
        PeriodReport t = period(scope, from, to, GroupBy.CHANNEL, flows).total();
        long eResult = flows.values().stream().mapToLong(Flows::eResult).sum();
        long both =
                flows.values().stream().mapToLong(Flows::digitisedWithEResult).sum();
        long endedOnTime = flows.values().stream().mapToLong(Flows::endedOnTime).sum();
        long dissatisfied =
                flows.values().stream().mapToLong(Flows::dissatisfied).sum();
        return ServiceIndex766.compute(new ServiceIndex766.Inputs(
                t.carriedOver(),
                t.received(),
                t.receivedOnline(),
                t.resolvedEarly() + t.resolvedOnTime(),
                endedOnTime,
                t.inProgressWithinTime(),
                t.resolved(),
                eResult,
                both,
                dissatisfied));
    }

    /**
     * The names of the groups in one query per report (a report by procedure has up to a few thousand rows: one
     * lookup per row cost a round trip each); the key itself when there is no name.
     */
    private Map<String, String> names(GroupBy by, java.util.Collection<String> keys) {
        Map<String, String> names = new java.util.HashMap<>();
        if (keys.isEmpty()) {
            return names;
        }
        switch (by) {
            case UNIT, PROCEDURE -> names.putAll(queries.names(by, keys));
            case CHANNEL ->
                keys.forEach(k -> names.put(
                        k,
                        switch (k) {
                            case "ONLINE" -> "Trực tuyến";
                            case "POSTAL" -> "Bưu chính công ích";
                            default -> "Trực tiếp";
                        }));
            case FIELD -> {}
        }
        return names;
    }

    private static void check(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw ProblemException.invalid(from == null ? "from" : "to", "required", Messages.PERIOD_NEEDS_BOTH_DATES);
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "notBeforeFrom", Messages.MUST_BEFORE_FROM);
        }
        if (from.plusYears(5).isBefore(to)) {
            throw ProblemException.invalid("to", "maxPeriod", Messages.REPORT_COVERS_MOST_FIVE_YEARS);
        }
    }
}
