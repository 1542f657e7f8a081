package vn.cchc.parindex.domain.indicators;

import java.util.List;
import vn.cchc.indicators.Attribution;
import vn.cchc.indicators.OnTimeRate;

/**
 * Sums of the per-unit/day dossier aggregates over a subtree and a period, for the PAR criteria fed by dossiers. Every
 * count, intake included, is by {@link #ATTRIBUTION} (the deciding unit: the PAR Index judges the agency that did the
 * work; docs/domain/dossiers.md §3.10). {@code resolvedEarlyOrOnTime} is every resolved dossier not late. (The QĐ 766
 * index is not computed from these: dossiers computes and publishes it, see ServiceIndexService.)
 */
public record DossierCountsByDecidingUnit(
        long received,
        long receivedOnline,
        long digitised,
        long resolved,
        long resolvedEarlyOrOnTime,
        long resolvedLate,
        long lateWithTimelyApology,
        long rated,
        long dissatisfied) {

    /** The unit a dossier is counted for (else its receiving unit while no deciding unit is known). */
    public static final Attribution ATTRIBUTION = Attribution.DECIDING_UNIT;

    public static final DossierCountsByDecidingUnit ZERO = new DossierCountsByDecidingUnit(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public DossierCountsByDecidingUnit plus(DossierCountsByDecidingUnit o) {
        return new DossierCountsByDecidingUnit(
                received + o.received,
                receivedOnline + o.receivedOnline,
                digitised + o.digitised,
                resolved + o.resolved,
                resolvedEarlyOrOnTime + o.resolvedEarlyOrOnTime,
                resolvedLate + o.resolvedLate,
                lateWithTimelyApology + o.lateWithTimelyApology,
                rated + o.rated,
                dissatisfied + o.dissatisfied);
    }

    /** The five PAR indicators fed by dossiers. */
    public List<IndicatorValue> parIndicators() {
        return List.of(
                new IndicatorValue(
                        IndicatorKey.DOSSIER_ON_TIME_RATE,
                        OnTimeRate.ofTimely(resolvedEarlyOrOnTime, resolved),
                        resolvedEarlyOrOnTime,
                        resolved),
                IndicatorValue.of(IndicatorKey.DOSSIER_LATE_APOLOGY_RATE, lateWithTimelyApology, resolvedLate),
                IndicatorValue.of(IndicatorKey.DOSSIER_ONLINE_RATE, receivedOnline, received),
                IndicatorValue.of(IndicatorKey.DOSSIER_DIGITISED_RATE, digitised, received),
                IndicatorValue.of(IndicatorKey.DOSSIER_SATISFACTION_RATE, rated - dissatisfied, rated));
    }
}
