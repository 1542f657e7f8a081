package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.indicators.OnTimeRate;

/** The rates the seeds report, from the same formulas the service uses. */
class ReportFormulasTest {

    @Test
    void seed003PhuongDuc() {
        PeriodReport r = PeriodReport.of("H", "Phường Đúc", 0, 10, 84, 0, 64, 10, 14, 0, 6, 0, 14, 0, 0, 0);
        assertEquals(94, r.received());
        assertEquals(88, r.resolved());
        assertEquals(new BigDecimal("84.09"), r.onTimeRate());
        assertEquals(new BigDecimal("15.91"), vn.cchc.indicators.Percent.of(14, 88));
    }

    @Test
    void seed001TraCu() {
        // district level: 6,507 resolved, 6,416 on time (98.6 %); communes: 67,378 resolved, 65,289 on time (96.9 %);
        // through the portal (iGate): 2,281 resolved, 2,066 on time (90.6 %)
        assertEquals(new BigDecimal("98.60"), OnTimeRate.ofTimely(6416, 6507));
        assertEquals(new BigDecimal("96.90"), OnTimeRate.ofTimely(65289, 67378));
        assertEquals(new BigDecimal("90.57"), OnTimeRate.ofTimely(2066, 2281));
        PeriodReport district = PeriodReport.of("D", "Cấp huyện", 0, 0, 6619, 0, 6000, 416, 91, 0, 0, 0, 91, 0, 0, 0);
        assertEquals(new BigDecimal("98.60"), district.onTimeRate());
    }

    @Test
    void totalsAddCountsAndRecomputeTheRate() {
        PeriodReport a = PeriodReport.of("A", "A", 1, 1, 1, 1, 9, 0, 1, 0, 0, 0, 1, 0, 0, 0);
        PeriodReport b = PeriodReport.of("B", "B", 0, 0, 2, 0, 0, 0, 10, 0, 0, 0, 10, 0, 0, 0);
        PeriodReport t = PeriodReport.total(List.of(a, b));
        assertEquals(5, t.received());
        assertEquals(20, t.resolved());
        assertEquals(new BigDecimal("45.00"), t.onTimeRate()); // 9 / 20, not the mean of 90 % and 0 %
        assertNull(PeriodReport.of("C", "C", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                .onTimeRate());
    }
}
