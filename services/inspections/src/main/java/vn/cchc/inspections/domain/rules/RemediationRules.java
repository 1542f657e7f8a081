package vn.cchc.inspections.domain.rules;

import java.time.LocalDate;
import vn.cchc.inspections.domain.RemediationStatus;

/**
 * When a remediation item is overdue: its deadline (a date, inclusive) has passed and the responsible unit
 * has not reported yet. An item reported in time waits for the inspecting body without being overdue; an
 * item returned after its deadline is overdue again.
 */
public final class RemediationRules {

    private RemediationRules() {}

    public static boolean isOverdue(RemediationStatus status, LocalDate deadline, LocalDate today) {
        return status == RemediationStatus.OPEN && today.isAfter(deadline);
    }
}
