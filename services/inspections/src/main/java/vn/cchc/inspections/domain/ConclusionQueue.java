package vn.cchc.inspections.domain;

/**
 * The inspections whose conclusion notice (thông báo kết luận) is owed: the {@code conclusion} filter of the
 * inspection list and the inspector's work counts ({@code GET /api/v1/inspections/work-counts}) read the same predicate
 * ({@code InspectionRepository.predicate}).
 */
public enum ConclusionQueue {
    /** The visit ended and the notice is not issued yet (issuing it concludes the inspection): status ENDED. */
    DUE,
    /** Due and late ({@code WorkingDays.isLate} without a notice): its due date is before today. */
    OVERDUE
}
