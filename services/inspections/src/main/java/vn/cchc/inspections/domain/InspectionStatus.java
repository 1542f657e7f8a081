package vn.cchc.inspections.domain;

import java.util.Map;
import java.util.Set;

/**
 * Lifecycle of one inspection (một cuộc kiểm tra tại một đơn vị): planned in the plan's schedule, on-site
 * check in progress, ended (the conclusion deadline runs from here), concluded (thông báo kết luận issued).
 * A planned inspection may be cancelled.
 */
public enum InspectionStatus {
    PLANNED,
    IN_PROGRESS,
    ENDED,
    CONCLUDED,
    CANCELLED;

    private static final Map<InspectionStatus, Set<InspectionStatus>> NEXT = Map.of(
            PLANNED, Set.of(IN_PROGRESS, CANCELLED),
            IN_PROGRESS, Set.of(ENDED),
            ENDED, Set.of(CONCLUDED),
            CONCLUDED, Set.of(),
            CANCELLED, Set.of());

    public boolean canMoveTo(InspectionStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** Findings are recorded during the visit and until the conclusion is issued. */
    public boolean acceptsFindings() {
        return this == IN_PROGRESS || this == ENDED;
    }
}
