package vn.cchc.inspections.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.problem.ProblemException;

/** Query parameters: a bad value is a 400 naming the parameter and the rule; pages are bounded. */
class ParamsTest {

    private static String rule(Runnable r) {
        ProblemException e = assertThrows(ProblemException.class, r::run);
        return e.violations().get(0).field() + "/" + e.violations().get(0).rule();
    }

    @Test
    void dates() {
        assertEquals(LocalDate.of(2026, 3, 2), Params.date("2026-03-02", "asOf"));
        assertNull(Params.date(" ", "asOf"));
        assertEquals("asOf/isoDate", rule(() -> Params.date("9999-99-99", "asOf")));
        assertEquals("asOf/isoDate", rule(() -> Params.date("2026-02-30", "asOf")));
        assertEquals("startedOn/yearRange", rule(() -> Params.date("-0001-01-01", "startedOn")));
        assertEquals("date/yearRange", rule(() -> Params.date("+10000-01-01", "date")));
    }

    @Test
    void numbersBooleansAndIds() {
        assertEquals(2026, Params.integer("2026", "year", 1900, 2100));
        assertEquals("year/integer", rule(() -> Params.integer("1e309", "year", 1900, 2100)));
        assertEquals("year/integer", rule(() -> Params.integer("99999999999999999999", "year", 1900, 2100)));
        assertEquals("year/range", rule(() -> Params.integer("9999", "year", 1900, 2100)));
        assertTrue(Params.bool("true", "overdue"));
        assertFalse(Params.bool(null, "overdue"));
        assertEquals("overdue/boolean", rule(() -> Params.bool("yes", "overdue")));
        assertEquals("planId/uuid", rule(() -> Params.uuid("abc", "planId")));
    }

    @Test
    void pagesAreBounded() {
        var page = Params.page(null, null, 100);
        assertEquals(0, page.page());
        assertEquals(100, page.size());
        assertEquals(Params.MAX_PAGE_SIZE, Params.page("3", "500", 100).size());
        assertEquals("size/range", rule(() -> Params.page(null, "501", 100)));
        assertEquals("size/range", rule(() -> Params.page(null, "0", 100)));
        assertEquals("page/range", rule(() -> Params.page("-1", null, 100)));
        assertEquals("page/range", rule(() -> Params.page("99999999", null, 100)));
    }
}
