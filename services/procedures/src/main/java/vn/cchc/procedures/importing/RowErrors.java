package vn.cchc.procedures.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.cchc.procedures.domain.ImportJob.RowError;
import vn.cchc.shared.problem.CappedList;
import vn.cchc.shared.problem.Violations;

/**
 * The row errors of an import, bounded like {@link Violations}: the first {@value Violations#MAX_KEPT} are kept,
 * all are counted. A file of a million junk rows costs a counter, not a million messages (the 774 k row
 * errors that ran the service out of heap).
 */
public final class RowErrors {

    private final CappedList<RowError> errors = new CappedList<>();

    public void add(int row, String field, String rule, String message) {
        add(new RowError(row, field, rule, message));
    }

    public void add(RowError error) {
        errors.add(error);
    }

    /** Everything {@code other} kept and counted. */
    public void addAll(RowErrors other) {
        errors.addAll(other.errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public long total() {
        return errors.total();
    }

    /** The kept errors, by row (stable within a row). */
    public List<RowError> list() {
        List<RowError> sorted = new ArrayList<>(errors.list());
        sorted.sort(Comparator.comparingInt(RowError::row));
        return sorted;
    }
}
