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
}
