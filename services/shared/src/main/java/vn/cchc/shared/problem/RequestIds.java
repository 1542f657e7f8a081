package vn.cchc.shared.problem;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;

/** The request id the gateway sets ({@code X-Request-Id}); echoed in problems and logs. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {}

    /** The caller's request id if it is well-formed, else null (never echo arbitrary input). */
    public static String current(HttpHeaders headers) {
        if (headers == null) {
            return null;
        }
        String value = headers.getHeaderString(HEADER);
        return value != null && SAFE.matcher(value).matches() ? value : null;
    }
}
