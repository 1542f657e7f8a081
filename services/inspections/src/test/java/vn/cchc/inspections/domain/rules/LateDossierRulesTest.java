package vn.cchc.inspections.domain.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LateDossierRulesTest {

    private static final OffsetDateTime DUE = OffsetDateTime.of(2026, 3, 10, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void lateAsOfADate() {
        // resolved late before the date
        assertTrue(LateDossierRules.lateAsOf(DUE, DUE.plusDays(2), "LATE", DUE.plusDays(5)));
        // not resolved yet on the date, due passed: overdue counts as late
        assertTrue(LateDossierRules.lateAsOf(DUE, null, null, DUE.plusDays(1)));
        assertTrue(LateDossierRules.lateAsOf(DUE, DUE.plusDays(9), "LATE", DUE.plusDays(1)));
        // before the due time nothing is late yet
        assertFalse(LateDossierRules.lateAsOf(DUE, null, null, DUE.minusDays(1)));
        // resolved on time
        assertFalse(LateDossierRules.lateAsOf(DUE, DUE.minusHours(1), "ON_TIME", DUE.plusDays(3)));
        assertFalse(LateDossierRules.lateAsOf(null, null, null, DUE));
    }

    @Test
    void apologyCountsOnlyOnceIssued() {
        assertTrue(LateDossierRules.apologyAsOf(true, DUE.minusDays(1), DUE));
        assertFalse(LateDossierRules.apologyAsOf(true, DUE.plusDays(1), DUE));
        assertTrue(LateDossierRules.apologyAsOf(true, null, DUE));
        assertFalse(LateDossierRules.apologyAsOf(false, null, DUE));
    }
}
