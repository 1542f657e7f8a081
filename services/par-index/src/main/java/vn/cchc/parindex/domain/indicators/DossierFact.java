package vn.cchc.parindex.domain.indicators;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one dossier contributes to the per-unit/day aggregates (no personal data, no content): the latest state
 * seen for it. When a newer event arrives, the service subtracts the old contribution and adds the new one, so
 * aggregates stay right whatever the order of events. Plain Java.
 */
public record DossierFact(
        LocalDate receivedDay,
        LocalDate resolvedDay,
        boolean online,
        boolean digitised,
        String classification,
        boolean timelyApology,
        Boolean dissatisfied) {

    /** Counts per business day (Asia/Ho_Chi_Minh): intake on the day received, the rest on the day resolved. */
    public Map<LocalDate, DossierCountsByDecidingUnit> contributions() {
        Map<LocalDate, DossierCountsByDecidingUnit> out = new LinkedHashMap<>();
        if (receivedDay != null) {
            out.merge(
                    receivedDay,
                    new DossierCountsByDecidingUnit(1, online ? 1 : 0, digitised ? 1 : 0, 0, 0, 0, 0, 0, 0),
                    DossierCountsByDecidingUnit::plus);
        }
        if (resolvedDay != null && classification != null) {
            boolean late = "LATE".equals(classification);
            boolean rated = dissatisfied != null;
            out.merge(
                    resolvedDay,
                    new DossierCountsByDecidingUnit(
                            0,
                            0,
                            0,
                            1,
                            late ? 0 : 1,
                            late ? 1 : 0,
                            late && timelyApology ? 1 : 0,
                            rated ? 1 : 0,
                            Boolean.TRUE.equals(dissatisfied) ? 1 : 0),
                    DossierCountsByDecidingUnit::plus);
        }
        return out;
    }
}
