package vn.cchc.shared.problem;

/** A {@link Problem.Violation} whose message is put into the request's language when the response is written. */
public record LocalizedViolation(String field, String rule, Text message) {

    public static LocalizedViolation of(String field, String rule, Message message, Object... args) {
        return new LocalizedViolation(field, rule, message.with(args));
    }

    /** A violation built with a plain message (used as given in every language). */
    public static LocalizedViolation of(Problem.Violation v) {
        return new LocalizedViolation(v.field(), v.rule(), Text.literal(v.message()));
    }

    public Problem.Violation in(Language language) {
        return new Problem.Violation(field, rule, message.in(language));
    }

    /** The same violation for a field inside {@code prefix} ("rows[3]" + "fee" → "rows[3].fee"). */
    public LocalizedViolation under(String prefix) {
        return new LocalizedViolation(prefix + "." + field, rule, message);
    }
}
