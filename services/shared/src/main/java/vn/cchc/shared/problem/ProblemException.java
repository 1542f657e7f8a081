package vn.cchc.shared.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown by use cases for a failure the client can act on; mapped to a problem response.
 * Use the factory methods: they fix the status and the problem type. The overloads taking a {@link Message} key and
 * its arguments are answered in the request's language ({@code Accept-Language}, ADR 0015); those taking a String
 * use it as given in every language.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final Text title;
    private final Text detail;
    private final List<LocalizedViolation> violations;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.Violation> violations) {
        this(status, slug, titleText(title), Text.literal(detail), literal(violations));
    }

    public ProblemException(int status, String slug, Text title, Text detail, List<LocalizedViolation> violations) {
        super(detail == null ? null : detail.in(Language.EN));
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.detail = detail == null ? Text.literal(null) : detail;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    private static Text titleText(String title) {
        CommonMessages known = CommonMessages.title(title == null ? "" : title);
        return known == null ? Text.literal(title) : known.with();
    }

    private static List<LocalizedViolation> literal(List<Problem.Violation> violations) {
        return violations == null
                ? List.of()
                : violations.stream().map(LocalizedViolation::of).toList();
    }

    public static ProblemException notFound(String detail) {
        return notFound(Text.literal(detail));
    }

    public static ProblemException notFound(Message detail, Object... args) {
        return notFound(detail.with(args));
    }

    public static ProblemException notFound(Text detail) {
        return new ProblemException(404, "not-found", CommonMessages.TITLE_NOT_FOUND.with(), detail, null);
    }

    /** A duplicate, or a state transition that the current state does not allow (409). */
    public static ProblemException conflict(String detail) {
        return conflict(Text.literal(detail));
    }

    public static ProblemException conflict(Message detail, Object... args) {
        return conflict(detail.with(args));
    }

    public static ProblemException conflict(Text detail) {
        return new ProblemException(409, "conflict", CommonMessages.TITLE_CONFLICT.with(), detail, null);
    }

    /** A request that is well-formed but breaks a rule on one field (422 would hide it from naive clients; 400). */
    public static ProblemException invalid(String field, String rule, String message) {
        return invalid(field, rule, Text.literal(message));
    }

    public static ProblemException invalid(String field, String rule, Message message, Object... args) {
        return invalid(field, rule, message.with(args));
    }

    public static ProblemException invalid(String field, String rule, Text message) {
        return new ProblemException(
                400,
                "validation",
                CommonMessages.TITLE_INVALID.with(),
                CommonMessages.FIELD_MESSAGE.with(field, message),
                List.of(new LocalizedViolation(field, rule, message)));
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
        return invalidAll(literal(violations), total);
    }

    /** As {@link #invalid(List)}, with messages in the request's language. */
    public static ProblemException invalidAll(List<LocalizedViolation> violations) {
        return invalidAll(violations, violations.size());
    }

    /** As {@link #invalidAll(List)}, for a list already cut to its first entries out of {@code total}. */
    public static ProblemException invalidAll(List<LocalizedViolation> violations, long total) {
        List<LocalizedViolation> kept =
                violations.size() > Violations.MAX_KEPT ? violations.subList(0, Violations.MAX_KEPT) : violations;
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(kept.size(), DETAIL_NAMED); i++) {
            LocalizedViolation v = kept.get(i);
            parts.add(CommonMessages.FIELD_MESSAGE.with(v.field(), v.message()));
        }
        if (total > DETAIL_NAMED) {
            parts.add(CommonMessages.VIOLATIONS_IN_ALL.with(total));
        }
        Text detail = parts.isEmpty()
                ? CommonMessages.INVALID_REQUEST.with()
                : new Joined(
                                parts,
                                total > kept.size() ? CommonMessages.VIOLATIONS_FIRST_LISTED.with(kept.size()) : null)
                        .text();
        return new ProblemException(400, "validation", CommonMessages.TITLE_INVALID.with(), detail, kept);
    }

    /** "a; b; c" + an optional suffix, as one Text (a message whose template is built from the parts). */
    private record Joined(List<Object> parts, Text suffix) {
        Text text() {
            StringBuilder template = new StringBuilder();
            List<Object> args = new ArrayList<>(parts);
            for (int i = 0; i < parts.size(); i++) {
                template.append(i == 0 ? "" : "; ").append('{').append(i).append('}');
            }
            if (suffix != null) {
                template.append('{').append(parts.size()).append('}');
                args.add(suffix);
            }
            return Text.of(new Template(template.toString()), args.toArray());
        }
    }

    /** A message whose template is the same in both languages (its arguments carry the words). */
    private record Template(String template) implements Message {
        @Override
        public String name() {
            return "JOINED";
        }

        @Override
        public String vi() {
            return template;
        }

        @Override
        public String en() {
            return template;
        }
    }

    /** How many violations the detail text names; the {@code violations} list carries the rest. */
    public static final int DETAIL_NAMED = 10;

    public static ProblemException forbidden(String detail) {
        return forbidden(Text.literal(detail));
    }

    public static ProblemException forbidden(Message detail, Object... args) {
        return forbidden(detail.with(args));
    }

    public static ProblemException forbidden(Text detail) {
        return new ProblemException(403, "forbidden", CommonMessages.TITLE_FORBIDDEN.with(), detail, null);
    }

    /**
     * The same problem about a part of a larger request: "rows[3]" + "fee: …" → "rows[3]: fee: …", each violation's
     * field "rows[3].fee".
     */
    public ProblemException under(String prefix) {
        return new ProblemException(
                status,
                slug,
                title,
                CommonMessages.FIELD_MESSAGE.with(prefix, detail),
                violations.stream().map(v -> v.under(prefix)).toList());
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

    /** The title in English (logs, tests); {@link #title(Language)} for a response. */
    public String title() {
        return title(Language.EN);
    }

    public String title(Language language) {
        return title.in(language);
    }

    public String detail(Language language) {
        return detail.in(language);
    }

    /** The violations in English (logs, tests); {@link #violations(Language)} for a response. */
    public List<Problem.Violation> violations() {
        return violations(Language.EN);
    }

    public List<Problem.Violation> violations(Language language) {
        return violations.stream().map(v -> v.in(language)).toList();
    }

    public List<LocalizedViolation> localizedViolations() {
        return violations;
    }
}
