package vn.cchc.parindex.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.contract.ServiceIndex766EventV1;
import vn.cchc.shared.contract.ServiceIndex766EventV1.Group;
import vn.cchc.shared.contract.ServiceIndex766EventV1.Indicator;

/** Issue 17 §7: a month of the QĐ 766 trend without data is a gap (nulls), never a value a chart would plot. */
class TrendPointTest {

    private static ServiceIndex766EventV1 index(String points, String computableMax, Indicator... indicators) {
        return new ServiceIndex766EventV1(
                "H99.X01",
                "H99/H99.X01",
                "2026-05",
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31),
                points == null ? null : new BigDecimal(points),
                computableMax == null ? null : new BigDecimal(computableMax),
                new BigDecimal("100.00"),
                List.of(new Group("2", "Tiến độ giải quyết", new BigDecimal("20.00"), null, null, List.of(indicators))),
                1,
                OffsetDateTime.parse("2026-06-01T00:00:00+07:00"));
    }

    private static Indicator indicator(String id, String state, String ratio) {
        return new Indicator(
                id, id, state, null, null, ratio == null ? null : new BigDecimal(ratio), null, null, "rule");
    }

    @Test
    void aMonthNothingWasPublishedForIsAGap() {
        var p = ServiceIndexService.TrendPoint.of("2026-05", null);
        assertEquals("2026-05", p.period());
        assertNull(p.points());
        assertNull(p.computableMax());
        assertNull(p.ratio21());
        assertNull(p.ratio54());
    }

    @Test
    void aMonthPublishedWithoutAnyDataIsAGapNotZero() {
        var p = ServiceIndexService.TrendPoint.of(
                "2026-05", index("0.00", "0.00", indicator("2.1", "NO_DATA", null), indicator("5.4", "NO_DATA", null)));
        assertNull(p.points());
        assertNull(p.computableMax());
        assertNull(p.ratio21());
        assertNull(p.ratio54());
        assertNull(
                ServiceIndexService.TrendPoint.of("2026-05", index(null, null)).points());
    }

    @Test
    void aMonthWithDataKeepsItsFigures() {
        var p = ServiceIndexService.TrendPoint.of(
                "2026-05",
                index("21.44", "36.00", indicator("2.1", "COMPUTED", "0.6585"), indicator("5.4", "NO_DATA", null)));
        assertEquals(new BigDecimal("21.44"), p.points());
        assertEquals(new BigDecimal("36.00"), p.computableMax());
        assertEquals(new BigDecimal("0.6585"), p.ratio21());
        assertNull(p.ratio54());
    }
}
