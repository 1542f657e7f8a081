package vn.cchc.shared.http;

import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.cchc.shared.problem.CommonMessages;
import vn.cchc.shared.problem.LocalizedViolation;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Text;

/**
 * Entity tags from a row's optimistic-lock version, and the {@code If-Match} check of a write
 * (docs/adr/0013-concurrency-and-idempotency.md).
 *
 * <p>The tag is strong ({@code "7"}): it names the revision of the resource, whatever representation a GET chose.
 * A write compares {@code If-Match} with the version of the row it loaded in its transaction; the row's
 * {@code @Version} column makes the update itself conditional ({@code where version = ?}), so a write that passes the
 * check but loses a race fails with an optimistic-lock error (409) instead of overwriting. Check and write are one
 * atomic step, never read-then-write across two transactions.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";
    public static final String ETAG = "ETag";

    /** The longest {@code If-Match} value read; a longer one is refused (400). */
    public static final int MAX_IF_MATCH_LENGTH = 1000;

    private ETags() {}

    /** The strong entity tag of revision {@code version}: {@code "7"} (quotes included). */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** {@code response} with the {@code ETag} of revision {@code version}. */
    public static Response.ResponseBuilder tagged(Response.ResponseBuilder response, long version) {
        return response.header(ETAG, of(version));
    }

    /**
     * Sets the {@code ETag} of revision {@code version} on the response a resource method is about to return (inject
     * {@code @Context HttpServerResponse}); keeps the method's return type, and so its OpenAPI schema, unchanged.
     */
    public static void tag(HttpServerResponse response, long version) {
        response.putHeader(ETAG, of(version));
    }

    /** A value and the revision a write left it at (the ETag of the answer). */
    public record Tagged<T>(T value, long revision) {}

    /** Sets the ETag of {@code tagged}'s revision on {@code response} and answers its value. */
    public static <T> T answer(HttpServerResponse response, Tagged<T> tagged) {
        tag(response, tagged.revision());
        return tagged.value();
    }

    /**
     * Requires {@code ifMatch} to name revision {@code current}: absent → 428 (a versioned resource is only written
     * with a precondition), a list that does not contain the current tag → 412 naming it. {@code *} matches any
     * existing revision. Weak tags ({@code W/"7"}) never match (RFC 9110 §13.1.1: If-Match compares strongly).
     */
    public static void requireMatch(String ifMatch, long current) {
        String currentTag = of(current);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    428,
                    "precondition-required",
                    CommonMessages.TITLE_PRECONDITION_REQUIRED.with(),
                    CommonMessages.IF_MATCH_REQUIRED.with(currentTag),
                    List.of(LocalizedViolation.of(IF_MATCH, "required", CommonMessages.IF_MATCH_REQUIRED_SHORT)));
        }
        if (ifMatch.length() > MAX_IF_MATCH_LENGTH) {
            throw ProblemException.invalid(IF_MATCH, "size", CommonMessages.IF_MATCH_TOO_LONG, MAX_IF_MATCH_LENGTH);
        }
        if (!matches(ifMatch, currentTag)) {
            throw new ProblemException(
                    412,
                    "precondition-failed",
                    CommonMessages.TITLE_PRECONDITION_FAILED.with(),
                    CommonMessages.IF_MATCH_FAILED.with(currentTag),
                    List.of(new LocalizedViolation(IF_MATCH, "matches", Text.literal(currentTag))));
        }
    }

    /** Whether the {@code If-Match} list names {@code currentTag} (strong comparison) or is {@code *}. */
    static boolean matches(String ifMatch, String currentTag) {
        for (String part : ifMatch.split(",")) {
            String tag = part.trim();
            if (tag.equals("*") || tag.equals(currentTag)) {
                return true;
            }
        }
        return false;
    }
}
