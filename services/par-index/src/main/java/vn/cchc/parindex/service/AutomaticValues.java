package vn.cchc.parindex.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.cchc.parindex.domain.indicators.DossierCountsByDecidingUnit;
import vn.cchc.parindex.domain.indicators.IndicatorKey;
import vn.cchc.parindex.domain.indicators.IndicatorValue;
import vn.cchc.parindex.domain.indicators.Period;
import vn.cchc.parindex.repository.ReadModelRepository;

/** The automatic criteria of a unit (its subtree) and year, from the read models, each with its inputs. */
@ApplicationScoped
public class AutomaticValues {

    private final ReadModelRepository models;

    public AutomaticValues(ReadModelRepository models) {
        this.models = models;
    }

    public Map<String, IndicatorValue> compute(String unitCode, String unitPath, int year) {
        Period period = Period.year(year);
        Map<String, IndicatorValue> out = new LinkedHashMap<>();
        DossierCountsByDecidingUnit counts = models.dossierCountsByDecidingUnit(unitPath, period.from(), period.to());
        counts.parIndicators().forEach(v -> out.put(v.key(), v));
        long[] posting = models.posting(unitPath);
        out.put(
                IndicatorKey.POSTING_COMPLIANCE_RATE.name(),
                posting == null
                        ? IndicatorValue.of(IndicatorKey.POSTING_COMPLIANCE_RATE, 0, 0)
                        : IndicatorValue.of(IndicatorKey.POSTING_COMPLIANCE_RATE, posting[0], posting[1]));
        long[] reduction = models.processingReduction(unitCode);
        out.put(
                IndicatorKey.PROCESSING_TIME_REDUCTION_RATE.name(),
                IndicatorValue.of(IndicatorKey.PROCESSING_TIME_REDUCTION_RATE, reduction[0], reduction[1]));
        long[] remediation = models.remediation(unitPath, year);
        out.put(
                IndicatorKey.REMEDIATION_COMPLETION_RATE.name(),
                IndicatorValue.of(IndicatorKey.REMEDIATION_COMPLETION_RATE, remediation[0], remediation[1]));
        return out;
    }
}
