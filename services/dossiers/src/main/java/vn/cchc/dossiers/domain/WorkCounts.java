package vn.cchc.dossiers.domain;

/**
 * The five work counts of a scope (docs/domain/dossiers.md §3.11, {@link WorkQueue}).
 *
 * @param waiting               {@link WorkQueue#WAITING}
 * @param inProgress            {@link WorkQueue#IN_PROGRESS}
 * @param dueSoon               {@link WorkQueue#DUE_SOON}
 * @param overdue               {@link WorkQueue#OVERDUE}
 * @param overdueWithoutApology {@link WorkQueue#OVERDUE_WITHOUT_APOLOGY}
 */
public record WorkCounts(long waiting, long inProgress, long dueSoon, long overdue, long overdueWithoutApology) {

    public static final WorkCounts ZERO = new WorkCounts(0, 0, 0, 0, 0);

    /** The counts in the order of {@link WorkQueue#values()}; a null (no row) is 0. */
    public static WorkCounts of(Object[] inQueueOrder, int from) {
        return new WorkCounts(
                n(inQueueOrder[from]),
                n(inQueueOrder[from + 1]),
                n(inQueueOrder[from + 2]),
                n(inQueueOrder[from + 3]),
                n(inQueueOrder[from + 4]));
    }

    public WorkCounts plus(WorkCounts o) {
        return new WorkCounts(
                waiting + o.waiting,
                inProgress + o.inProgress,
                dueSoon + o.dueSoon,
                overdue + o.overdue,
                overdueWithoutApology + o.overdueWithoutApology);
    }

    /** The count of one queue. */
    public long of(WorkQueue q) {
        return switch (q) {
            case WAITING -> waiting;
            case IN_PROGRESS -> inProgress;
            case DUE_SOON -> dueSoon;
            case OVERDUE -> overdue;
            case OVERDUE_WITHOUT_APOLOGY -> overdueWithoutApology;
        };
    }

    /** Whether every count is 0. */
    public boolean isEmpty() {
        return waiting + inProgress + dueSoon + overdue + overdueWithoutApology == 0;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
