package vn.cchc.shared.problem;

import java.util.List;

/**
 * Thrown by use cases for a failure the client can act on; mapped to a problem response.
 * Use the factory methods: they fix the status and the problem type.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null);
    }

    /** A duplicate, or a state transition that the current state does not allow (409). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    /** A request that is well-formed but breaks a rule on one field (422 would hide it from naive clients; 400). */
    public static ProblemException invalid(String field, String rule, String message) {
        return new ProblemException(
                400,
                "validation",
                "Invalid request",
                field + ": " + message,
                List.of(new Problem.Violation(field, rule, message)));
    }

    /**
     * Several fields that break rules at once (400), e.g. every bad field of one row. The response keeps the first
     * {@link Violations#MAX_KEPT} violations; the detail names at most {@link #DETAIL_NAMED} of them and the total.
     */
    public static ProblemException invalid(List<Problem.Violation> violations) {
        return invalid(violations, violations.size());
    }

    /** As {@link #invalid(List)}, for a list already cut to its first entries out of {@code total}. */
    public static ProblemException invalid(List<Problem.Violation> violations, long total) {
        List<Problem.Violation> kept =
                violations.size() > Violations.MAX_KEPT ? violations.subList(0, Violations.MAX_KEPT) : violations;
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < Math.min(kept.size(), DETAIL_NAMED); i++) {
            Problem.Violation v = kept.get(i);
            if (i > 0) {
                detail.append("; ");
            }
            detail.append(v.field()).append(": ").append(v.message());
        }
        if (total > DETAIL_NAMED) {
            detail.append("; … ").append(total).append(" violations in all");
            if (total > kept.size()) {
                detail.append(" (the first ").append(kept.size()).append(" are listed)");
            }
        }
        return new ProblemException(
                400,
                "validation",
                "Invalid request",
                detail.length() == 0 ? "invalid request" : detail.toString(),
                kept);
    }

    /** How many violations the detail text names; the {@code violations} list carries the rest. */
    public static final int DETAIL_NAMED = 10;

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    /** Retry-After (seconds) of a 429 or 503 that does not say otherwise. */
    public static final long DEFAULT_RETRY_AFTER_SECONDS = 5;

    /**
     * The {@code Retry-After} the response carries, in seconds, or null for none: every 429 and 503 has one
     * ({@link #DEFAULT_RETRY_AFTER_SECONDS} unless a subclass says otherwise).
     */
    public Long retryAfterSeconds() {
        return status == 429 || status == 503 ? DEFAULT_RETRY_AFTER_SECONDS : null;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
