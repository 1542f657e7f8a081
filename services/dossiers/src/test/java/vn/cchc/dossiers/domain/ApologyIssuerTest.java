package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.domain.ApologyIssuer.Step;

/** The unit that let the dossier run late issues Mẫu 04 (docs/domain/forms.md §5). */
class ApologyIssuerTest {

    static OffsetDateTime at(String s) {
        return OffsetDateTime.parse(s + "+07:00");
    }

    static final List<Step> STEPS = List.of(
            new Step(at("2026-03-02T08:00:00"), "H99.X01.MC", null), // one-stop → commune specialist
            new Step(at("2026-03-03T08:00:00"), "H99.X01", "H99.SXD"), // commune → province department
            new Step(at("2026-03-06T08:00:00"), "H99.SXD", null), // inside the department
            new Step(at("2026-03-09T08:00:00"), "H99.SXD", "H99.X01")); // back to the commune

    @Test
    void aDossierIsAtItsDecidingUnitUntilAHandOverNamesAnother() {
        assertEquals("H99.X01", ApologyIssuer.handlingUnit("H99.X01", List.of(), at("2026-03-10T08:00:00")));
        assertEquals("H99.X01", ApologyIssuer.handlingUnit("H99.X01", STEPS, at("2026-03-02T09:00:00")));
        assertEquals("H99.SXD", ApologyIssuer.handlingUnit("H99.X01", STEPS, at("2026-03-03T08:00:00")));
        assertEquals(
                "H99.SXD",
                ApologyIssuer.handlingUnit("H99.X01", STEPS, at("2026-03-06T09:00:00")),
                "a hand-over without a unit stays where the dossier is");
        assertEquals("H99.X01", ApologyIssuer.handlingUnit("H99.X01", STEPS, at("2026-03-09T08:00:00")));
    }

    @Test
    void theIssuerIsTheUnitHandlingTheDossierWhenItRanLate() {
        // asked before the due date: the unit handling it now
        assertEquals(
                "H99.SXD",
                ApologyIssuer.issuingUnit("H99.X01", STEPS, at("2026-03-07T17:00:00"), at("2026-03-06T10:00:00")));
        // asked after the due date: the unit that held it when the due date passed, not the one holding it now
        assertEquals(
                "H99.SXD",
                ApologyIssuer.issuingUnit("H99.X01", STEPS, at("2026-03-07T17:00:00"), at("2026-03-10T10:00:00")));
        assertEquals(
                "H99.X01",
                ApologyIssuer.issuingUnit("H99.X01", STEPS, at("2026-03-09T17:00:00"), at("2026-03-10T10:00:00")));
    }

    @Test
    void handledUnitsAreTheDecidingUnitAndEveryUnitOnAHandOver() {
        assertEquals(Set.of("H99.X01", "H99.X01.MC", "H99.SXD"), ApologyIssuer.handledUnits("H99.X01", STEPS));
        assertEquals(Set.of("H99.X01"), ApologyIssuer.handledUnits("H99.X01", List.of()));
    }
}
