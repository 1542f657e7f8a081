package vn.cchc.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The on-time rate and the percentage rule (docs/domain/dossiers.md §3.10). */
class OnTimeRateTest {

    @Test
    void theSeedReportGives84Point09() {
        // seed report 003: 64 early, 10 on time, 14 late of 88 resolved
        assertEquals(new BigDecimal("84.09"), OnTimeRate.of(64, 10, 14));
        assertEquals(new BigDecimal("84.09"), OnTimeRate.ofTimely(74, 88));
    }

    @Test
    void earlyCountsAsOnTime() {
        assertEquals(new BigDecimal("100.00"), OnTimeRate.of(5, 0, 0));
        assertEquals(new BigDecimal("100.00"), OnTimeRate.of(0, 5, 0));
        assertEquals(new BigDecimal("0.00"), OnTimeRate.of(0, 0, 5));
    }

    @Test
    void noRateWhenNothingWasResolved() {
        assertNull(OnTimeRate.of(0, 0, 0));
        assertNull(OnTimeRate.ofTimely(0, 0));
        assertNull(Percent.of(3, 0));
    }

    @Test
    void twoDecimalsRoundedHalfUp() {
        assertEquals(new BigDecimal("66.67"), OnTimeRate.of(1, 1, 1));
        assertEquals(new BigDecimal("33.33"), Percent.of(1, 3));
        assertEquals(new BigDecimal("0.01"), Percent.of(1, 10_000)); // 0.005 rounds up
        assertEquals(new BigDecimal("12.50"), Percent.of(1, 8));
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> OnTimeRate.of(-1, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> OnTimeRate.ofTimely(3, 2));
    }

    @Property
    void bothFormsAgreeAndStayWithinZeroAndHundred(
            @ForAll @LongRange(max = 1_000_000_000L) long early,
            @ForAll @LongRange(max = 1_000_000_000L) long onTime,
            @ForAll @LongRange(max = 1_000_000_000L) long late) {
        BigDecimal rate = OnTimeRate.of(early, onTime, late);
        assertEquals(rate, OnTimeRate.ofTimely(early + onTime, early + onTime + late));
        if (early + onTime + late == 0) {
            assertNull(rate);
            return;
        }
        assertEquals(2, rate.scale());
        assertTrue(rate.signum() >= 0 && rate.compareTo(BigDecimal.valueOf(100)) <= 0, rate::toString);
        BigDecimal exact = BigDecimal.valueOf(early + onTime)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(early + onTime + late), 10, RoundingMode.HALF_UP);
        assertTrue(exact.subtract(rate).abs().compareTo(new BigDecimal("0.005")) <= 0, () -> rate + " vs " + exact);
    }

    @Property
    void movingADossierFromEarlyToOnTimeDoesNotChangeTheRate(
            @ForAll @LongRange(min = 1, max = 1_000_000L) long early,
            @ForAll @LongRange(max = 1_000_000L) long onTime,
            @ForAll @LongRange(max = 1_000_000L) long late) {
        assertEquals(OnTimeRate.of(early, onTime, late), OnTimeRate.of(early - 1, onTime + 1, late));
    }
}
