package vn.cchc.parindex.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.cchc.parindex.domain.indicators.DossierCounts;
import vn.cchc.parindex.domain.indicators.Period;
import vn.cchc.parindex.domain.indicators.ServiceIndex766;
import vn.cchc.parindex.repository.ReadModelRepository;
import vn.cchc.parindex.repository.UnitRepository;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** QĐ 766 service index of a unit (its subtree) for a month, quarter or year, from the local aggregates. */
@ApplicationScoped
public class ServiceIndexService {

    public record IndexView(String unitCode, String unitName, String period, LocalDate from, LocalDate to,
                            BigDecimal points, BigDecimal computableMax, BigDecimal maxPoints,
                            List<ServiceIndex766.Group> groups) {
    }

    public record TrendPoint(String period, BigDecimal points, BigDecimal computableMax, BigDecimal ratio21,
                             BigDecimal ratio54) {
    }

    private final ReadModelRepository models;
    private final UnitRepository units;
    private final AccessPolicy access;

    public ServiceIndexService(ReadModelRepository models, UnitRepository units, AccessPolicy access) {
        this.models = models;
        this.units = units;
        this.access = access;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndexView index(String unitCode, String periodText, Caller caller) {
        UnitRepository.Unit unit = visibleUnit(unitCode, caller);
        Period period;
        try {
            period = Period.parse(periodText);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("period", "pattern", e.getMessage());
        }
        ServiceIndex766.Result r = compute(unit, period);
        return new IndexView(unit.code(), unit.name(), period.label(), period.from(), period.to(), r.points(),
                r.computableMax(), r.maxPoints(), r.groups());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrendPoint> trend(String unitCode, int year, Caller caller) {
        UnitRepository.Unit unit = visibleUnit(unitCode, caller);
        List<TrendPoint> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            Period p = Period.parse(String.format("%d-%02d", year, m));
            ServiceIndex766.Result r = compute(unit, p);
            out.add(new TrendPoint(p.label(), r.points(), r.computableMax(), ratio(r, "2.1"), ratio(r, "5.4")));
        }
        return out;
    }

    private static BigDecimal ratio(ServiceIndex766.Result r, String id) {
        return r.groups().stream().flatMap(g -> g.indicators().stream()).filter(i -> i.id().equals(id))
                .findFirst().map(ServiceIndex766.Indicator::ratio).orElse(null);
    }

    private ServiceIndex766.Result compute(UnitRepository.Unit unit, Period p) {
        DossierCounts counts = models.dossierCounts(unit.path(), p.from(), p.to());
        long[] open = models.openAt(unit.path(), p.to());
        long[] posting = models.posting(unit.path());
        return ServiceIndex766.compute(new ServiceIndex766.Inputs(counts, open[0], open[1],
                posting == null ? null : posting[0], posting == null ? null : posting[1]));
    }

    private UnitRepository.Unit visibleUnit(String unitCode, Caller caller) {
        access.requireServiceIndexReader(caller);
        UnitRepository.Unit unit = units.find(unitCode).orElseThrow(() -> ProblemException.notFound("No unit " + unitCode + "."));
        if (!access.canSeeServiceIndexOf(caller, unit)) {
            throw ProblemException.notFound("No unit " + unitCode + ".");
        }
        return unit;
    }
}
