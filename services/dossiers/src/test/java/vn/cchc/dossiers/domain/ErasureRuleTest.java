package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErasureRuleTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-11-02T09:00:00+07:00");

    private static ErasureRule.Facts received() {
        return new ErasureRule.Facts(DossierStatus.RECEIVED, null, null, false, false, 0, 0, 0, false);
    }

    private static Optional<ErasureRule.Refusal> check(ErasureRule.Facts f) {
        return ErasureRule.check(f);
    }

    @Test
    void aDossierStillReceivedWithNothingElseMayBeErased() {
        assertTrue(check(received()).isEmpty());
    }

    @Test
    void everyOtherStatusIsRefused() {
        for (DossierStatus s : DossierStatus.values()) {
            if (s != DossierStatus.RECEIVED) {
                var f = new ErasureRule.Facts(s, null, null, false, false, 0, 0, 0, false);
                assertEquals(Optional.of(ErasureRule.Refusal.STATUS), check(f), s.name());
            }
        }
    }

    @Test
    void eachFactOfItsHandlingIsRefusedByItsOwnRule() {
        var r = DossierStatus.RECEIVED;
        assertEquals(
                Optional.of(ErasureRule.Refusal.DECISION),
                check(new ErasureRule.Facts(r, T, null, false, false, 0, 0, 0, false)));
        assertEquals(
                Optional.of(ErasureRule.Refusal.DECISION),
                check(new ErasureRule.Facts(r, null, T, false, false, 0, 0, 0, false)));
        assertEquals(
                Optional.of(ErasureRule.Refusal.DECISION),
                check(new ErasureRule.Facts(r, null, null, true, false, 0, 0, 0, false)));
        assertEquals(
                Optional.of(ErasureRule.Refusal.LETTER),
                check(new ErasureRule.Facts(r, null, null, false, true, 0, 0, 0, false)));
        assertEquals(
                Optional.of(ErasureRule.Refusal.LETTER),
                check(new ErasureRule.Facts(r, null, null, false, false, 0, 1, 0, false)));
        assertEquals(
                Optional.of(ErasureRule.Refusal.SUPPLEMENT),
                check(new ErasureRule.Facts(r, null, null, false, false, 1, 0, 0, false)));
        assertEquals(
                Optional.of(ErasureRule.Refusal.HANDLING),
                check(new ErasureRule.Facts(r, null, null, false, false, 0, 0, 2, false)));
        assertEquals(
                Optional.of(ErasureRule.Refusal.RATING),
                check(new ErasureRule.Facts(r, null, null, false, false, 0, 0, 0, true)));
    }
}
