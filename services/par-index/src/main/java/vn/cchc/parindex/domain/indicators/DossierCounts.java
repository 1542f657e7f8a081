package vn.cchc.parindex.domain.indicators;

import java.util.List;

/**
 * Sums of the per-unit/day dossier aggregates over a subtree and a period, for the PAR criteria fed by dossiers. (The
 * QĐ 766 index is not computed from these: dossiers computes and publishes it, see ServiceIndexService.)
 */
public record DossierCounts(long received, long receivedOnline, long digitised,
                            long resolved, long resolvedOnTime, long resolvedLate, long lateWithTimelyApology,
                            long rated, long dissatisfied) {

    public static final DossierCounts ZERO = new DossierCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public DossierCounts plus(DossierCounts o) {
        return new DossierCounts(received + o.received, receivedOnline + o.receivedOnline, digitised + o.digitised,
                resolved + o.resolved,
                resolvedOnTime + o.resolvedOnTime, resolvedLate + o.resolvedLate,
                lateWithTimelyApology + o.lateWithTimelyApology, rated + o.rated, dissatisfied + o.dissatisfied);
    }

    /** The five PAR indicators fed by dossiers. */
    public List<IndicatorValue> parIndicators() {
        return List.of(
                IndicatorValue.of(IndicatorKey.DOSSIER_ON_TIME_RATE, resolvedOnTime, resolved),
                IndicatorValue.of(IndicatorKey.DOSSIER_LATE_APOLOGY_RATE, lateWithTimelyApology, resolvedLate),
                IndicatorValue.of(IndicatorKey.DOSSIER_ONLINE_RATE, receivedOnline, received),
                IndicatorValue.of(IndicatorKey.DOSSIER_DIGITISED_RATE, digitised, received),
                IndicatorValue.of(IndicatorKey.DOSSIER_SATISFACTION_RATE, rated - dissatisfied, rated));
    }
}
