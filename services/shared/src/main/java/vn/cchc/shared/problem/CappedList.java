package vn.cchc.shared.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * A list that keeps its first {@link #MAX_KEPT} entries and counts all of them: an import of a million junk rows costs
 * a counter, not a million messages. {@link Violations} and import row-error reports are built on it.
 */
public final class CappedList<T> {

    public static final int MAX_KEPT = 1000;

    private final List<T> kept = new ArrayList<>();
    private long total;

    public void add(T entry) {
        total++;
        if (kept.size() < MAX_KEPT) {
            kept.add(entry);
        }
    }

    /** Everything {@code other} kept (while room is left) and everything it counted. */
    public void addAll(CappedList<? extends T> other) {
        for (T entry : other.kept) {
            if (kept.size() < MAX_KEPT) {
                kept.add(entry);
            }
        }
        total += other.total;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Whether the kept list is full (later entries are only counted). */
    public boolean isFull() {
        return kept.size() >= MAX_KEPT;
    }

    public long total() {
        return total;
    }

    /** A copy of the kept entries, in the order they were added. */
    public List<T> list() {
        return List.copyOf(kept);
    }
}
