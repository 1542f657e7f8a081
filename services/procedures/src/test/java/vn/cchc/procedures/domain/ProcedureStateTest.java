package vn.cchc.procedures.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProcedureStateTest {

    static final LocalDate JUL_1 = LocalDate.of(2025, 7, 1);
    static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);

    @Test
    void aDraftIsNotInForce() {
        assertEquals(ProcedureState.DRAFT, ProcedureState.of(1, true, null, null, null, JUL_1));
    }

    @Test
    void aDecidedVersionIsInForceFromItsEffectiveDateOnly() {
        assertEquals(ProcedureState.DRAFT, ProcedureState.of(1, false, JUL_1, null, null, JUL_1.minusDays(1)));
        assertEquals(ProcedureState.IN_FORCE, ProcedureState.of(1, false, JUL_1, null, null, JUL_1));
    }

    @Test
    void aLaterVersionInForceMeansAmended() {
        assertEquals(ProcedureState.AMENDED, ProcedureState.of(2, false, JUL_1, null, null, DEC_31));
    }

    @Test
    void afterAnAbolishedProceduresLastDayItIsAbolished() {
        assertEquals(ProcedureState.IN_FORCE, ProcedureState.of(1, false, JUL_1, DEC_31, DEC_31.plusDays(1), DEC_31));
        assertEquals(
                ProcedureState.ABOLISHED,
                ProcedureState.of(1, false, JUL_1, DEC_31, DEC_31.plusDays(1), DEC_31.plusDays(1)));
    }
}
