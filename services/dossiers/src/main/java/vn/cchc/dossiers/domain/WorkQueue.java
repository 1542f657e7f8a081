package vn.cchc.dossiers.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The work counts of the staff dashboard (docs/domain/dossiers.md §3.11): which open dossiers each count holds. Every
 * count is of open dossiers only (received and not closed: {@link DossierStatus#isOpen}); the query predicate of each
 * is written once, in {@code DossierRepository.predicate}, and used by both the counts and the worklist filter that
 * lists them, so that a count and its list always agree.
 */
public enum WorkQueue {
    /** Chờ xử lý: received (status 2), not yet being processed. Worklist: {@code status=RECEIVED}. */
    WAITING(null),
    /** Đang xử lý: being processed (status 4). Worklist: {@code status=PROCESSING}. */
    IN_PROGRESS(null),
    /**
     * Sắp đến hạn: the clock runs (status 2 or 4) and the due time is not passed but falls on or before the next
     * working day ({@link vn.cchc.dossiers.domain.calendar.DueSoon}, the row warning of the worklist). Worklist:
     * {@code due=SOON}.
     */
    DUE_SOON("SOON"),
    /** Quá hạn: open (paused included) and the due time passed ({@link Dossier#isOverdue}). Worklist: {@code due=OVERDUE}. */
    OVERDUE("OVERDUE"),
    /**
     * Quá hạn chưa có thư xin lỗi: overdue and no apology letter (Mẫu 04) issued (§3.6 rule 6, the open part of
     * "late without apology"). Worklist: {@code due=OVERDUE_WITHOUT_APOLOGY}.
     */
    OVERDUE_WITHOUT_APOLOGY("OVERDUE_WITHOUT_APOLOGY");

    private final String due;

    WorkQueue(String due) {
        this.due = due;
    }

    /** The value of the worklist's {@code due} parameter that lists this count, if it is one of the {@code due} ones. */
    public Optional<String> due() {
        return Optional.ofNullable(due);
    }

    /** Values of the worklist's {@code due} parameter. */
    public static final String[] DUE_VALUES = {"SOON", "OVERDUE", "OVERDUE_WITHOUT_APOLOGY"};

    /**
     * The count the worklist's {@code due} parameter names (case-insensitive); empty for null or blank.
     *
     * @throws IllegalArgumentException for any other value (the resource checks the value first)
     */
    public static Optional<WorkQueue> ofDue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        for (WorkQueue q : values()) {
            if (v.equals(q.due)) {
                return Optional.of(q);
            }
        }
        throw new IllegalArgumentException("due: " + value);
    }
}
