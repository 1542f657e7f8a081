package vn.cchc.shared.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}.
 * {@code violations} names each offending field and the rule it broke.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://cchc.gov.vn/problems/";

    /** One broken rule: the field (dotted path in the request), the rule's name, and a message. */
    public record Violation(String field, String rule, String message) {}
}
