package vn.cchc.parindex.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.parindex.domain.Messages;
import vn.cchc.parindex.domain.indicators.Period;
import vn.cchc.parindex.repository.ReadModelRepository;
import vn.cchc.parindex.security.AccessPolicy;
import vn.cchc.shared.contract.ServiceIndex766EventV1;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * QĐ 766 service index of a unit (its subtree) for a month, quarter or year: shown as the dossiers service computed
 * and published it (cchc.service-index.v1, docs/domain/qd766.md), never recomputed here. A unit and period dossiers
 * has not published (no dossier in the subtree yet) has no groups and no points.
 */
@ApplicationScoped
public class ServiceIndexService {

    /** {@code computedAt}: when dossiers computed the figures (null: none published). */
    public record IndexView(
            String unitCode,
            String unitName,
            String period,
            LocalDate from,
            LocalDate to,
            BigDecimal points,
            BigDecimal computableMax,
            BigDecimal maxPoints,
            List<ServiceIndex766EventV1.Group> groups,
            OffsetDateTime computedAt) {}

    /**
     * One month of the trend. A month without data is a gap: every figure null (not 0, which a chart would plot),
     * whether dossiers published nothing for it or published an index in which no indicator had data.
     */
    public record TrendPoint(
            String period, BigDecimal points, BigDecimal computableMax, BigDecimal ratio21, BigDecimal ratio54) {

        static TrendPoint of(String month, ServiceIndex766EventV1 r) {
            if (r == null || r.computableMax() == null || r.computableMax().signum() <= 0) {
                return new TrendPoint(month, null, null, null, null);
            }
            return new TrendPoint(month, r.points(), r.computableMax(), ratio(r, "2.1"), ratio(r, "5.4"));
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100).setScale(2);

    private final ReadModelRepository models;
    private final UnitCopyRepository units;
    private final AccessPolicy access;
    private final ObjectMapper json;

    public ServiceIndexService(
            ReadModelRepository models, UnitCopyRepository units, AccessPolicy access, ObjectMapper json) {
        this.models = models;
        this.units = units;
        this.access = access;
        this.json = json;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndexView index(String unitCode, String periodText, Caller caller) {
        UnitCopy unit = visibleUnit(unitCode, caller);
        Period period;
        try {
            period = Period.parse(periodText);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("period", "pattern", e.getMessage());
        }
        String stored =
                models.serviceIndex(unit.getCode(), List.of(period.label())).get(period.label());
        ServiceIndex766EventV1 r = stored == null ? null : read(stored);
        return r == null
                ? new IndexView(
                        unit.getCode(),
                        unit.getName(),
                        period.label(),
                        period.from(),
                        period.to(),
                        null,
                        null,
                        HUNDRED,
                        List.of(),
                        null)
                : new IndexView(
                        unit.getCode(),
                        unit.getName(),
                        period.label(),
                        period.from(),
                        period.to(),
                        r.points(),
                        r.computableMax(),
                        r.maxPoints(),
                        r.groups(),
                        r.computedAt());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrendPoint> trend(String unitCode, int year, Caller caller) {
        UnitCopy unit = visibleUnit(unitCode, caller);
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(Period.parse(String.format("%d-%02d", year, m)).label());
        }
        Map<String, String> stored = models.serviceIndex(unit.getCode(), months);
        List<TrendPoint> out = new ArrayList<>();
        for (String month : months) {
            ServiceIndex766EventV1 r = stored.containsKey(month) ? read(stored.get(month)) : null;
            out.add(TrendPoint.of(month, r));
        }
        return out;
    }

    /** The ratio of an indicator (null when it had no data or is not in the index). */
    private static BigDecimal ratio(ServiceIndex766EventV1 r, String id) {
        return r.groups().stream()
                .flatMap(g -> g.indicators().stream())
                .filter(i -> i.id().equals(id))
                .findFirst()
                .map(ServiceIndex766EventV1.Indicator::ratio)
                .orElse(null);
    }

    private ServiceIndex766EventV1 read(String payload) {
        try {
            return json.readValue(payload, ServiceIndex766EventV1.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored QĐ 766 index unreadable", e);
        }
    }

    private UnitCopy visibleUnit(String unitCode, Caller caller) {
        access.requireServiceIndexReader(caller);
        UnitCopy unit = units.byCode(unitCode).orElseThrow(() -> ProblemException.notFound(Messages.UNIT, unitCode));
        if (!access.canSeeServiceIndexOf(caller, unit)) {
            throw ProblemException.notFound(Messages.UNIT, unitCode);
        }
        return unit;
    }
}
