package vn.cchc.parindex.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.domain.indicators.DossierCountsByDecidingUnit;
import vn.cchc.parindex.domain.indicators.DossierFact;
import vn.cchc.parindex.domain.indicators.IndicatorValue;
import vn.cchc.parindex.domain.indicators.Period;

class IndicatorsTest {

    @Test
    void aDossierContributesIntakeOnTheReceivingDayAndOutcomeOnTheResolutionDay() {
        LocalDate in = LocalDate.of(2026, 3, 2);
        LocalDate out = LocalDate.of(2026, 3, 9);
        Map<LocalDate, DossierCountsByDecidingUnit> c =
                new DossierFact(in, out, true, true, "LATE", true, Boolean.FALSE).contributions();
        assertEquals(1, c.get(in).received());
        assertEquals(1, c.get(in).receivedOnline());
        assertEquals(1, c.get(out).resolvedLate());
        assertEquals(1, c.get(out).lateWithTimelyApology());
        assertEquals(1, c.get(out).rated());
        assertEquals(0, c.get(out).dissatisfied());
        Map<LocalDate, DossierCountsByDecidingUnit> open =
                new DossierFact(in, null, false, false, null, false, null).contributions();
        assertEquals(1, open.size());
    }

    @Test
    void parIndicatorsShowTheirInputsAndNoDataIsNull() {
        DossierCountsByDecidingUnit c = new DossierCountsByDecidingUnit(10, 4, 6, 9, 6, 3, 2, 4, 1);
        List<IndicatorValue> v = c.parIndicators();
        assertEquals(new BigDecimal("66.67"), v.get(0).value());
        assertEquals(6, v.get(0).numerator());
        assertEquals(9, v.get(0).denominator());
        assertEquals(new BigDecimal("66.67"), v.get(1).value());
        assertEquals(new BigDecimal("40.00"), v.get(2).value());
        assertEquals(new BigDecimal("75.00"), v.get(4).value());
        assertNull(DossierCountsByDecidingUnit.ZERO.parIndicators().get(0).value());
    }

    @Test
    void periodsAreYearsQuartersOrMonths() {
        assertEquals(LocalDate.of(2026, 4, 1), Period.parse("2026-Q2").from());
        assertEquals(LocalDate.of(2026, 6, 30), Period.parse("2026-Q2").to());
        assertEquals(LocalDate.of(2026, 2, 28), Period.parse("2026-02").to());
        assertEquals(LocalDate.of(2026, 12, 31), Period.parse("2026").to());
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2026-13"));
    }

    @Test
    void workflowStepsGoForwardOnly() {
        assertTrue(WorkflowAction.SUBMIT.allowedFrom(AssessmentStatus.DRAFT));
        assertTrue(WorkflowAction.FINALISE.allowedFrom(AssessmentStatus.APPRAISED));
        assertTrue(WorkflowAction.FINALISE.allowedFrom(AssessmentStatus.REAPPRAISED));
        assertTrue(!WorkflowAction.PUBLISH.allowedFrom(AssessmentStatus.APPRAISED));
        assertEquals(
                List.of(WorkflowAction.EXPLAIN, WorkflowAction.FINALISE),
                WorkflowAction.availableFrom(AssessmentStatus.APPRAISED));
    }
}
