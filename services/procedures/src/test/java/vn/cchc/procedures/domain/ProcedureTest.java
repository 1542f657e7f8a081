package vn.cchc.procedures.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProcedureTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 21, 8, 0, 0, 0, ZoneOffset.UTC);

    private Procedure draft() {
        return Procedure.draft(" 1.000948.H99 ", " Đăng ký khai sinh ", "Hộ tịch", "COMMUNE",
                new BigDecimal("3"), TimeUnit.WORKING_DAYS, "catalogue", NOW);
    }

    @Test
    void aDraftIsPublishedOnceAndItsVersionMoves() {
        Procedure p = draft();
        assertEquals("1.000948.H99", p.getCode());
        assertEquals(ProcedureState.DRAFT, p.getState());
        assertEquals(1, p.getVersion());
        p.publish(NOW.plusHours(1));
        assertEquals(ProcedureState.IN_FORCE, p.getState());
        assertEquals(2, p.getVersion());
        assertEquals(NOW.plusHours(1), p.getUpdatedAt());
        assertThrows(IllegalStateException.class, () -> p.publish(NOW.plusHours(2)));
    }

    @Test
    void aDecisionCannotTakeEffectBeforeItIsSigned() {
        Procedure p = draft();
        assertThrows(IllegalArgumentException.class, () -> new PublicationDecision(p, PublicationDecision.Kind.PUBLISH,
                "1/QĐ-UBND", LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 9), NOW, "catalogue"));
    }

    @Test
    void onlyPublishedStatesArePublic() {
        assertEquals(false, ProcedureState.PUBLIC.contains(ProcedureState.DRAFT));
        assertEquals(true, ProcedureState.PUBLIC.contains(ProcedureState.IN_FORCE));
        assertEquals(false, ProcedureState.PUBLIC.contains(ProcedureState.ABOLISHED));
    }
}
