package vn.cchc.dossiers.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueProcedureTest {

    private static final OffsetDateTime T = OffsetDateTime.of(2026, 11, 21, 1, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void theHighestVersionWinsWhateverTheOrderOfArrival() {
        CatalogueProcedure copy = new CatalogueProcedure("1.000948.H99");
        assertTrue(copy.apply(3, "Tên mới", "Hộ tịch", "COMMUNE", "IN_FORCE", new BigDecimal("5"), "WORKING_DAYS",
                "e3", T, T));
        assertFalse(copy.apply(2, "Tên cũ", "Hộ tịch", "COMMUNE", "IN_FORCE", new BigDecimal("3"), "WORKING_DAYS",
                "e2", T, T), "a late, older event must not overwrite a newer state");
        assertFalse(copy.apply(3, "Lặp lại", "Hộ tịch", "COMMUNE", "IN_FORCE", new BigDecimal("3"), "WORKING_DAYS",
                "e3b", T, T), "the same version again changes nothing");
        assertEquals("Tên mới", copy.getName());
        assertEquals(new BigDecimal("5"), copy.getProcessingTimeValue());
        assertTrue(copy.apply(4, "Bãi bỏ", "Hộ tịch", "COMMUNE", "ABOLISHED", new BigDecimal("5"), "WORKING_DAYS",
                "e4", T, T));
        assertEquals("ABOLISHED", copy.getState());
        assertEquals(4, copy.getVersion());
    }

    private static CatalogueProcedure procedure(String state, int contentVersion, String validFrom, String abolishedOn) {
        CatalogueProcedure p = new CatalogueProcedure("1.000001.H99");
        p.apply(1, "Thủ tục", "Hộ tịch", "COMMUNE", state, new BigDecimal("3"), "WORKING_DAYS", "e1", T, T);
        p.details(contentVersion, java.util.List.of("COMMUNE"), null, "NONE", null, null, null,
                validFrom == null ? null : java.time.LocalDate.parse(validFrom),
                abolishedOn == null ? null : java.time.LocalDate.parse(abolishedOn));
        return p;
    }

    private static String reason(CatalogueProcedure p, String day) {
        return p.notInForceOn(java.time.LocalDate.parse(day)).orElse(null);
    }

    @Test
    void aDossierNeedsAProcedureInForceOnTheDayOfReceipt() {
        CatalogueProcedure first = procedure("IN_FORCE", 1, "2026-07-01", null);
        assertEquals(null, reason(first, "2026-07-01"));
        assertTrue(reason(first, "2026-06-30").contains("not in force before 2026-07-01"));
        CatalogueProcedure amended = procedure("AMENDED", 2, "2026-07-01", null);
        assertEquals(null, reason(amended, "2026-01-15"), "an earlier version was in force");
        CatalogueProcedure abolished = procedure("ABOLISHED", 3, "2025-01-01", "2026-07-01");
        assertEquals(null, reason(abolished, "2026-06-30"), "a historical dossier from before the abolition");
        assertTrue(reason(abolished, "2026-07-01").contains("abolished on 2026-07-01"));
        assertTrue(reason(procedure("DRAFT", 1, null, null), "2026-07-01").contains("draft"));
        assertTrue(reason(procedure("ABOLISHED", 2, "2025-01-01", null), "2026-07-01").contains("abolished"));
    }
}
