package vn.cchc.gateway.requestid;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Request ids. The gateway always makes its own {@code X-Request-Id} (a random UUID): it is what the services,
 * the logs and the problem bodies use, so a client cannot make two requests share an id or plant one in the
 * logs. An id the client sent ({@code X-Request-Id}, else {@code X-Correlation-Id}) is kept only as a
 * correlation id, if well-formed (≤ 64 of [A-Za-z0-9._-]); anything else is dropped.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    /** Key of the request id in the routing context and in the log MDC. */
    public static final String KEY = "requestId";
    /** Key of the client's correlation id in the routing context and in the log MDC (absent if none). */
    public static final String CORRELATION_KEY = "correlationId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {}

    public static boolean isValid(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches();
    }

    /** A fresh request id; never taken from the request. */
    public static String generate() {
        return UUID.randomUUID().toString();
    }

    /**
     * The client's correlation id: its {@code X-Request-Id} if valid, else its {@code X-Correlation-Id} if
     * valid, else null (never echo arbitrary input).
     */
    public static String correlation(String clientRequestId, String clientCorrelationId) {
        if (isValid(clientRequestId)) {
            return clientRequestId;
        }
        return isValid(clientCorrelationId) ? clientCorrelationId : null;
    }

    /** The id assigned to this request by {@link RequestIdFilter}, or null before it ran. */
    public static String of(RoutingContext ctx) {
        return ctx.get(KEY);
    }

    /** The client's correlation id of this request, or null. */
    public static String correlationOf(RoutingContext ctx) {
        return ctx.get(CORRELATION_KEY);
    }
}
