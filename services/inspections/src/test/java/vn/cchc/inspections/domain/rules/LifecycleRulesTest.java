package vn.cchc.inspections.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.inspections.domain.InspectionStatus;
import vn.cchc.inspections.domain.RemediationStatus;

class LifecycleRulesTest {

    @Test
    void inspectionTransitions() {
        assertTrue(InspectionStatus.PLANNED.canMoveTo(InspectionStatus.IN_PROGRESS));
        assertTrue(InspectionStatus.IN_PROGRESS.canMoveTo(InspectionStatus.ENDED));
        assertTrue(InspectionStatus.ENDED.canMoveTo(InspectionStatus.CONCLUDED));
        assertFalse(InspectionStatus.PLANNED.canMoveTo(InspectionStatus.ENDED));
        assertFalse(InspectionStatus.CONCLUDED.canMoveTo(InspectionStatus.IN_PROGRESS));
        assertFalse(InspectionStatus.IN_PROGRESS.canMoveTo(InspectionStatus.CANCELLED));
    }

    @Test
    void remediationOverdueOnlyWhileOpenAfterTheDeadline() {
        LocalDate deadline = LocalDate.of(2026, 4, 20);
        assertFalse(RemediationRules.isOverdue(RemediationStatus.OPEN, deadline, deadline));
        assertTrue(RemediationRules.isOverdue(RemediationStatus.OPEN, deadline, deadline.plusDays(1)));
        assertFalse(RemediationRules.isOverdue(RemediationStatus.REPORTED, deadline, deadline.plusDays(1)));
        assertFalse(RemediationRules.isOverdue(RemediationStatus.COMPLETED, deadline, deadline.plusDays(9)));
        assertFalse(RemediationStatus.COMPLETED.canMoveTo(RemediationStatus.OPEN));
        assertTrue(RemediationStatus.REPORTED.canMoveTo(RemediationStatus.OPEN));
    }

    @Test
    void theOnTimeRateFigureCountsEarlyAsOnTime() {
        var figures =
                EvidenceFigures.dossiers(new EvidenceFigures.DossierTotals(100, 0, 0, 0, 64, 10, 14, null), null, null);
        var rate = figures.stream()
                .filter(f -> f.key().equals("dossiers.onTimeRate"))
                .findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("84.09"), rate.value());
        assertEquals("74/88", rate.detail());
    }

    @Test
    void evidenceRatesAreRoundedPercentagesAndOmittedWithoutADenominator() {
        assertEquals(new BigDecimal("99.58"), vn.cchc.indicators.Percent.of(2119, 2128));
        var figures =
                EvidenceFigures.dossiers(new EvidenceFigures.DossierTotals(0, 0, 0, 0, 0, 0, 0, null), null, null);
        assertTrue(figures.stream().noneMatch(f -> f.unit().equals("%")));
        var late = EvidenceFigures.late(new EvidenceFigures.LateTotals(23, 3, 1, null), null, null);
        assertEquals(
                new BigDecimal("20"),
                late.stream()
                        .filter(f -> f.key().equals("lateDossiers.withoutApology"))
                        .findFirst()
                        .orElseThrow()
                        .value());
    }
}
