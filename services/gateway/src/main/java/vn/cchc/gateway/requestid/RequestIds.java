package vn.cchc.gateway.requestid;

import io.vertx.ext.web.RoutingContext;

import java.util.UUID;
import java.util.regex.Pattern;

/** The {@code X-Request-Id} rules: keep a well-formed one (≤ 64 of [A-Za-z0-9._-]), else make a UUID. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Key of the request id in the routing context and in the log MDC. */
    public static final String KEY = "requestId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches();
    }

    /** The caller's id if valid, else a fresh random UUID (never echo arbitrary input). */
    public static String acceptOrGenerate(String candidate) {
        return isValid(candidate) ? candidate : UUID.randomUUID().toString();
    }

    /** The id assigned to this request by {@link RequestIdFilter}, or null before it ran. */
    public static String of(RoutingContext ctx) {
        return ctx.get(KEY);
    }
}
