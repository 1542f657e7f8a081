package vn.cchc.inspections.domain.rules;

import java.time.OffsetDateTime;

/**
 * Which dossiers count as late (hồ sơ trễ hẹn) as of a date, and whether they had an apology or extension
 * letter (thư xin lỗi, thông báo gia hạn) by then — the split seed 000 reports per commune.
 */
public final class LateDossierRules {

    private LateDossierRules() {}

    /**
     * Late as of {@code asOf}: resolved late by then, or not resolved by then with the original due time past.
     * The original due time counts: an apology moves the appointment but the dossier stays late.
     */
    public static boolean lateAsOf(
            OffsetDateTime dueAt, OffsetDateTime resolvedAt, String classification, OffsetDateTime asOf) {
        if (dueAt == null) {
            return false;
        }
        boolean resolvedByThen = resolvedAt != null && !resolvedAt.isAfter(asOf);
        if (resolvedByThen) {
            return "LATE".equals(classification) || (classification == null && resolvedAt.isAfter(dueAt));
        }
        return dueAt.isBefore(asOf);
    }

    /** The apology (or extension letter) existed by {@code asOf}; an unknown time counts as existing. */
    public static boolean apologyAsOf(boolean hasApology, OffsetDateTime apologyAt, OffsetDateTime asOf) {
        return hasApology && (apologyAt == null || !apologyAt.isAfter(asOf));
    }

    /** Whether an event makes a dossier worth keeping in the late list. */
    public static boolean isLateFact(boolean overdue, String classification) {
        return overdue || "LATE".equals(classification);
    }
}
