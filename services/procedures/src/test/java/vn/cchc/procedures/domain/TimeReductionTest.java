package vn.cchc.procedures.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.domain.ProcedureContent.Duration;

class TimeReductionTest {

    static Duration d(String v, TimeUnit u) {
        return new Duration(new BigDecimal(v), u);
    }

    @Test
    void rateIsTheShareOfStatutoryWorkingDaysCut() {
        var r = TimeReduction.of(List.of(
                new TimeReduction.Item(d("3", TimeUnit.WORKING_DAYS), d("5", TimeUnit.WORKING_DAYS)),
                new TimeReduction.Item(d("10", TimeUnit.WORKING_DAYS), d("10", TimeUnit.WORKING_DAYS)),
                new TimeReduction.Item(d("8", TimeUnit.HOURS), null)));
        assertEquals(3, r.procedures());
        assertEquals(1, r.reduced());
        assertEquals(new BigDecimal("16.00"), r.statutoryDays());
        assertEquals(new BigDecimal("14.00"), r.inForceDays());
        assertEquals(new BigDecimal("12.50"), r.reductionRate());
    }

    @Test
    void anEmptyGroupHasNoReduction() {
        assertEquals(new BigDecimal("0.00"), TimeReduction.of(List.of()).reductionRate());
    }

    @Test
    void unitsConvertToWorkingDaysAndParseTheNationalWording() {
        assertEquals(new BigDecimal("2.0000"), TimeUnit.HOURS.toWorkingDays(new BigDecimal("16")));
        assertEquals(new BigDecimal("10.0000"), TimeUnit.DAYS.toWorkingDays(new BigDecimal("14")));
        assertEquals(new BigDecimal("22.0000"), TimeUnit.MONTHS.toWorkingDays(BigDecimal.ONE));
        assertEquals(TimeUnit.WORKING_DAYS, TimeUnit.parse("Ngày làm việc"));
        assertEquals(TimeUnit.DAYS, TimeUnit.parse("ngày"));
        assertEquals(TimeUnit.HOURS, TimeUnit.parse("Giờ"));
        assertEquals(TimeUnit.MONTHS, TimeUnit.parse("THÁNG"));
        assertNull(TimeUnit.parse("tuần"));
    }
}
