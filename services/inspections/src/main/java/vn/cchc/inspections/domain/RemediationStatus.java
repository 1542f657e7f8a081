package vn.cchc.inspections.domain;

import java.util.Map;
import java.util.Set;

/**
 * A remediation item: open until the responsible unit reports, reported until the inspecting body accepts
 * (completed) or returns it (open again).
 */
public enum RemediationStatus {
    OPEN,
    REPORTED,
    COMPLETED;

    private static final Map<RemediationStatus, Set<RemediationStatus>> NEXT = Map.of(
            OPEN, Set.of(REPORTED),
            REPORTED, Set.of(COMPLETED, OPEN),
            COMPLETED, Set.of());

    public boolean canMoveTo(RemediationStatus target) {
        return NEXT.get(this).contains(target);
    }
}
