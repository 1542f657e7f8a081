package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cchc.dossiers.domain.DossierStatus.PROCESSING;
import static vn.cchc.dossiers.domain.DossierStatus.RECEIVED;
import static vn.cchc.dossiers.domain.DossierStatus.REFUSED;
import static vn.cchc.dossiers.domain.DossierStatus.RESOLVED;
import static vn.cchc.dossiers.domain.DossierStatus.RETURNED;
import static vn.cchc.dossiers.domain.DossierStatus.STOPPED;
import static vn.cchc.dossiers.domain.DossierStatus.WITHDRAWN;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/domain/dossier-history.md §2: the steps of an imported dossier at the older system's times, then the marker. */
class ImportedHistoryTest {

    static final OffsetDateTime RESOLVED_AT = t("2025-03-12T10:30:00+07:00");
    static final OffsetDateTime RETURNED_AT = t("2025-03-13T14:00:00+07:00");
    static final OffsetDateTime IMPORTED_AT = t("2026-12-05T09:00:00+07:00");

    static OffsetDateTime t(String s) {
        return OffsetDateTime.parse(s);
    }

    static ImportedHistory.Step step(OffsetDateTime at, String action, DossierStatus from, DossierStatus to) {
        return new ImportedHistory.Step(at, action, from, to);
    }

    @Test
    void aReturnedDossierIsResolvedAndReturnedAtItsOwnTimes() {
        assertEquals(
                List.of(
                        step(RESOLVED_AT, "resolve", RECEIVED, RESOLVED),
                        step(RETURNED_AT, "return", RESOLVED, RETURNED),
                        step(IMPORTED_AT, "import", RETURNED, RETURNED)),
                ImportedHistory.steps(RETURNED, RESOLVED_AT, RETURNED_AT, null, IMPORTED_AT));
    }

    @Test
    void aResolvedDossierWithAnApology() {
        OffsetDateTime apology = t("2025-03-11T16:00:00+07:00");
        assertEquals(
                List.of(
                        step(apology, "apology", RECEIVED, RECEIVED),
                        step(RESOLVED_AT, "resolve", RECEIVED, RESOLVED),
                        step(IMPORTED_AT, "import", RESOLVED, RESOLVED)),
                ImportedHistory.steps(RESOLVED, RESOLVED_AT, null, apology, IMPORTED_AT));
        // given in any order, the steps come out by time; at the same instant in the lifecycle's order
        assertEquals(
                List.of(
                        step(RESOLVED_AT, "apology", RECEIVED, RECEIVED),
                        step(RESOLVED_AT, "resolve", RECEIVED, RESOLVED),
                        step(IMPORTED_AT, "import", RESOLVED, RESOLVED)),
                ImportedHistory.steps(RESOLVED, RESOLVED_AT, null, RESOLVED_AT, IMPORTED_AT));
    }

    @Test
    void refusedWithdrawnAndStoppedEndAtTheGivenTime() {
        for (var c : List.of(List.of(REFUSED, "refuse"), List.of(WITHDRAWN, "withdraw"), List.of(STOPPED, "stop"))) {
            DossierStatus s = (DossierStatus) c.get(0);
            assertEquals(
                    List.of(step(RESOLVED_AT, (String) c.get(1), RECEIVED, s), step(IMPORTED_AT, "import", s, s)),
                    ImportedHistory.steps(s, RESOLVED_AT, null, null, IMPORTED_AT),
                    s.name());
        }
    }

    @Test
    void anOpenDossierHasOnlyTheMarker() {
        assertEquals(
                List.of(step(IMPORTED_AT, "import", RECEIVED, PROCESSING)),
                ImportedHistory.steps(PROCESSING, null, null, null, IMPORTED_AT));
        assertEquals(
                List.of(step(IMPORTED_AT, "import", RECEIVED, RECEIVED)),
                ImportedHistory.steps(RECEIVED, null, null, null, IMPORTED_AT));
    }
}
