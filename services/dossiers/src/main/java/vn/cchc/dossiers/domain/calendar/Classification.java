package vn.cchc.dossiers.domain.calendar;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Classifies a resolved dossier as early, on time or late (trước hạn / đúng hạn / quá hạn), docs/domain/dossiers.md §3.5.
 *
 * <p>Late is decided on the timestamp (NgayKetThucXuLy &gt; NgayHenTra, as in the QĐ 766 formula);
 * early is decided on the date, because no official rule sets a finer granularity: a dossier
 * resolved on an earlier calendar day than the due date is early, one resolved on the due date at or
 * before the due time is on time.
 */
public final class Classification {

    /** The three classes of a resolved dossier. */
    public enum Result {
        /** trước hạn: resolved on a day before the due date. */
        EARLY,
        /** đúng hạn: resolved on the due date, not after the due time. */
        ON_TIME,
        /** quá hạn / trễ hẹn: resolved after the due time. */
        LATE
    }

    private Classification() {}

    /**
     * Classifies a resolution time against a due time.
     *
     * @param resolvedAt when the dossier was resolved (or the reference end time)
     * @param dueAt      the due time it is compared with
     * @return LATE if {@code resolvedAt} is after {@code dueAt}; EARLY if its date is before the due
     *         date; ON_TIME otherwise
     */
    public static Result of(LocalDateTime resolvedAt, LocalDateTime dueAt) {
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        if (resolvedAt.isAfter(dueAt)) {
            return Result.LATE;
        }
        if (resolvedAt.toLocalDate().isBefore(dueAt.toLocalDate())) {
            return Result.EARLY;
        }
        return Result.ON_TIME;
    }
}
