package vn.cchc.dossiers.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.contract.ProcedureEventV1;
import vn.cchc.shared.event.MalformedEventException;

/** Which versions a procedure event describes (docs/domain/procedure-versions.md §3). */
class CatalogueEventVersionsTest {

    private static final ProcedureEventV1.ProcessingTime ONE_DAY =
            new ProcedureEventV1.ProcessingTime(BigDecimal.ONE, "WORKING_DAYS");

    private static ProcedureEventV1 legacy(String state, long version) {
        return new ProcedureEventV1(
                "2.000815.H99",
                "Chứng thực bản sao",
                "Chứng thực",
                "COMMUNE",
                state,
                version,
                ONE_DAY,
                new ProcedureEventV1.Decision("1/QĐ-UBND", LocalDate.of(2020, 12, 1), LocalDate.of(2021, 1, 1)));
    }

    private static ProcedureEventV1.Version version(long n, LocalDate from, LocalDate to) {
        return new ProcedureEventV1.Version(
                n,
                from,
                to,
                null,
                "Tên " + n,
                "Chứng thực",
                List.of("COMMUNE"),
                null,
                "NONE",
                ONE_DAY,
                null,
                null,
                List.of(),
                List.of());
    }

    @Test
    void theVersionListIsTakenAsItIs() {
        ProcedureEventV1 e = legacy("AMENDED", 2)
                .withVersions(List.of(
                        version(1, LocalDate.of(2021, 1, 1), LocalDate.of(2026, 6, 30)),
                        version(2, LocalDate.of(2026, 7, 1), null)));
        List<ProcedureEventV1.Version> vs = CatalogueService.versionsOf(e);
        assertEquals(
                List.of(1L, 2L),
                vs.stream().map(ProcedureEventV1.Version::version).toList());
        assertEquals(LocalDate.of(2026, 6, 30), vs.get(0).validTo());
    }

    @Test
    void anEventFromBeforeTheListDescribesItsOwnVersion() {
        List<ProcedureEventV1.Version> vs = CatalogueService.versionsOf(legacy("IN_FORCE", 3));
        assertEquals(1, vs.size());
        assertEquals(3, vs.get(0).version());
        assertEquals(LocalDate.of(2021, 1, 1), vs.get(0).validFrom(), "the decision's effective date");
        assertEquals("Chứng thực bản sao", vs.get(0).name());
        assertTrue(CatalogueService.versionsOf(legacy("DRAFT", 1)).isEmpty(), "a draft is no version in force");
    }

    @Test
    void aVersionEndingBeforeItStartsIsMalformed() {
        ProcedureEventV1 e = legacy("AMENDED", 2)
                .withVersions(List.of(version(1, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30))));
        assertThrows(MalformedEventException.class, () -> CatalogueService.versionsOf(e));
    }
}
