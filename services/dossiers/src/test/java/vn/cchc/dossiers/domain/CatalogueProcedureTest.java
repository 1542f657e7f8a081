package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CatalogueProcedureTest {

    private static final OffsetDateTime T = OffsetDateTime.of(2026, 11, 21, 1, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void theHighestVersionWinsWhateverTheOrderOfArrival() {
        CatalogueProcedure copy = new CatalogueProcedure("1.000948.H99");
        assertTrue(copy.apply(
                3, "Tên mới", "Hộ tịch", "COMMUNE", "IN_FORCE", new BigDecimal("5"), "WORKING_DAYS", "e3", T, T));
        assertFalse(
                copy.apply(
                        2, "Tên cũ", "Hộ tịch", "COMMUNE", "IN_FORCE", new BigDecimal("3"), "WORKING_DAYS", "e2", T, T),
                "a late, older event must not overwrite a newer state");
        assertFalse(
                copy.apply(
                        3,
                        "Lặp lại",
                        "Hộ tịch",
                        "COMMUNE",
                        "IN_FORCE",
                        new BigDecimal("3"),
                        "WORKING_DAYS",
                        "e3b",
                        T,
                        T),
                "the same version again changes nothing");
        assertEquals("Tên mới", copy.getName());
        assertEquals(new BigDecimal("5"), copy.getProcessingTimeValue());
        assertTrue(copy.apply(
                4, "Bãi bỏ", "Hộ tịch", "COMMUNE", "ABOLISHED", new BigDecimal("5"), "WORKING_DAYS", "e4", T, T));
        assertEquals("ABOLISHED", copy.getState());
        assertEquals(4, copy.getVersion());
    }

    private static CatalogueProcedureVersion.Content v1(String validTo, String name) {
        return new CatalogueProcedureVersion.Content(
                java.time.LocalDate.parse("2021-01-01"),
                validTo == null ? null : java.time.LocalDate.parse(validTo),
                "1/QĐ-UBND",
                name,
                "Chứng thực",
                java.util.List.of("COMMUNE"),
                null,
                "NONE",
                BigDecimal.ONE,
                "WORKING_DAYS",
                java.time.LocalTime.of(15, 0),
                null,
                null);
    }

    @Test
    void eachVersionKeepsTheWordOfTheNewestEventWhateverTheOrderOfArrival() {
        // the amendment (sequence 2) closes version 1; the publication (sequence 1) arrives after it, or twice
        CatalogueProcedureVersion late = new CatalogueProcedureVersion("2.000815.H99", 1);
        assertTrue(late.apply(2, v1("2026-06-30", "Chứng thực bản sao"), "e2", T));
        assertFalse(late.apply(1, v1(null, "Chứng thực bản sao"), "e1", T), "a late event must not reopen version 1");
        assertFalse(late.apply(2, v1(null, "Lặp lại"), "e2b", T), "the same sequence again changes nothing");
        CatalogueProcedureVersion inOrder = new CatalogueProcedureVersion("2.000815.H99", 1);
        assertTrue(inOrder.apply(1, v1(null, "Chứng thực bản sao"), "e1", T));
        assertTrue(inOrder.apply(2, v1("2026-06-30", "Chứng thực bản sao"), "e2", T));
        for (CatalogueProcedureVersion v : java.util.List.of(late, inOrder)) {
            assertEquals(java.time.LocalDate.parse("2026-06-30"), v.getValidTo());
            assertEquals("Chứng thực bản sao", v.getName());
            assertEquals(2, v.getSequence());
        }
    }
}
