package vn.cchc.shared.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded list of violations: keeps the first {@link #MAX_KEPT}, counts all. An import of a million junk rows
 * therefore costs a counter, not a million messages; the problem names the total.
 */
public final class Violations {

    public static final int MAX_KEPT = 1000;

    private final List<Problem.Violation> kept = new ArrayList<>();
    private long total;

    public void add(String field, String rule, String message) {
        add(new Problem.Violation(field, rule, message));
    }

    public void add(Problem.Violation violation) {
        total++;
        if (kept.size() < MAX_KEPT) {
            kept.add(violation);
        }
    }

    public void addAll(List<Problem.Violation> violations) {
        violations.forEach(this::add);
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Whether the kept list is full (later violations are only counted). */
    public boolean isFull() {
        return kept.size() >= MAX_KEPT;
    }

    public long total() {
        return total;
    }

    public List<Problem.Violation> list() {
        return List.copyOf(kept);
    }

    /** A 400 naming the kept violations and the total, when there is any. */
    public void throwIfAny() {
        if (total > 0) {
            throw ProblemException.invalid(kept, total);
        }
    }
}
