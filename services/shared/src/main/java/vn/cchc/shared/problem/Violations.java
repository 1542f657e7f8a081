package vn.cchc.shared.problem;

import java.util.List;

/**
 * A bounded list of violations (a {@link CappedList}): keeps the first {@link #MAX_KEPT}, counts all. An import of a
 * million junk rows therefore costs a counter, not a million messages; the problem names the total.
 */
public final class Violations {

    public static final int MAX_KEPT = CappedList.MAX_KEPT;

    private final CappedList<LocalizedViolation> violations = new CappedList<>();

    public void add(String field, String rule, String message) {
        add(new Problem.Violation(field, rule, message));
    }

    /** A violation whose message is answered in the request's language (ADR 0015). */
    public void add(String field, String rule, Message message, Object... args) {
        add(LocalizedViolation.of(field, rule, message, args));
    }

    public void add(String field, String rule, Text message) {
        add(new LocalizedViolation(field, rule, message));
    }

    public void add(Problem.Violation violation) {
        violations.add(LocalizedViolation.of(violation));
    }

    public void add(LocalizedViolation violation) {
        violations.add(violation);
    }

    public void addAll(List<Problem.Violation> list) {
        list.forEach(this::add);
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /** Whether the kept list is full (later violations are only counted). */
    public boolean isFull() {
        return violations.isFull();
    }

    public long total() {
        return violations.total();
    }

    /** The kept violations, messages in English (tests, logs). */
    public List<Problem.Violation> list() {
        return violations.list().stream().map(v -> v.in(Language.EN)).toList();
    }

    public List<LocalizedViolation> localizedList() {
        return violations.list();
    }

    /** A 400 naming the kept violations and the total, when there is any. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw ProblemException.invalidAll(violations.list(), violations.total());
        }
    }
}
