package vn.cchc.procedures.importing;

import java.time.LocalDate;
import vn.cchc.procedures.domain.ProcedureContent;

/**
 * One parsed row of a procedure import. {@code row} counts data rows from 1 (the header is not counted).
 * A row with a decision number is published by that decision.
 */
public record ImportRow(
        int row,
        String code,
        ProcedureContent content,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate effectiveDate) {

    public boolean hasDecision() {
        return decisionNumber != null && !decisionNumber.isBlank();
    }
}
