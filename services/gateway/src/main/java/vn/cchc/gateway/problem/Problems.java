package vn.cchc.gateway.problem;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import vn.cchc.gateway.requestid.RequestIds;

/** Writes problem+json responses; the gateway's only way of answering an error itself. */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class);

    public static final String UNAUTHORIZED = "unauthorized";
    public static final String TOO_MANY_REQUESTS = "too-many-requests";
    public static final String NOT_FOUND = "not-found";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String VALIDATION = "validation";
    public static final String BAD_REQUEST = "bad-request";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String URI_TOO_LONG = "uri-too-long";
    public static final String HEADERS_TOO_LARGE = "headers-too-large";
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";
    public static final String GATEWAY_TIMEOUT = "gateway-timeout";
    public static final String BAD_GATEWAY = "bad-gateway";
    public static final String INTERNAL_ERROR = "internal-error";

    /** Retry-After (seconds) on a 503 that does not say otherwise. */
    public static final long DEFAULT_RETRY_AFTER_SECONDS = 5;

    /** How much of a refused request body is read and thrown away before the connection is closed. */
    static final long MAX_DISCARDED_BYTES = 1024 * 1024;
    /** How long a refused request body may keep arriving before the connection is closed. */
    static final long CLOSE_AFTER_MILLIS = 2_000;

    private Problems() {}

    /** One broken rule: the field (path, query parameter name, header, body), the rule's name, a message. */
    public record Violation(String field, String rule, String message) {
        JsonObject toJson() {
            return new JsonObject().put("field", field).put("rule", rule).put("message", message);
        }
    }

    public static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        send(ctx, status, slug, title, detail, Map.of(), List.of());
    }

    /** A problem whose detail is put into the request's language (ADR 0015). */
    public static void send(RoutingContext ctx, int status, String slug, String title, GatewayTexts.Localized detail) {
        send(ctx, status, slug, title, detail, Map.of(), List.of());
    }

    public static void send(
            RoutingContext ctx,
            int status,
            String slug,
            String title,
            GatewayTexts.Localized detail,
            Map<String, String> headers) {
        send(ctx, status, slug, title, detail, headers, List.of());
    }

    public static void send(
            RoutingContext ctx,
            int status,
            String slug,
            String title,
            GatewayTexts.Localized detail,
            Map<String, String> headers,
            List<Violation> violations) {
        String language = GatewayTexts.language(ctx.request().getHeader("Accept-Language"));
        send(ctx, status, slug, title, detail == null ? null : detail.in(language), headers, violations);
    }

    public static void send(
            RoutingContext ctx, int status, String slug, String title, String detail, Map<String, String> headers) {
        send(ctx, status, slug, title, detail, headers, List.of());
    }

    /**
     * Ends the response with a problem. A request body not yet read is let through and discarded
     * (the request was paused for proxying). If the response has already started (an upstream failed
     * mid-body), the connection is reset instead: a half-sent body must not look complete. A 503 always
     * carries {@code Retry-After}.
     */
    public static void send(
            RoutingContext ctx,
            int status,
            String slug,
            String title,
            String detail,
            Map<String, String> headers,
            List<Violation> violations) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            LOG.debugf("Response already started; resetting instead of sending problem %s", slug);
            response.reset();
            return;
        }
        // the title in the request's language (ADR 0015); a detail given as a String is used as given
        String language = GatewayTexts.language(ctx.request().getHeader("Accept-Language"));
        GatewayTexts knownTitle = GatewayTexts.title(title == null ? "" : title);
        String localTitle = knownTitle == null ? title : "en".equals(language) ? knownTitle.en() : knownTitle.vi();
        Problem problem = new Problem(
                slug,
                localTitle,
                status,
                detail,
                ctx.request().path(),
                RequestIds.of(ctx),
                RequestIds.correlationOf(ctx));
        JsonObject body = problem.toJson();
        if (!violations.isEmpty()) {
            JsonArray list = new JsonArray();
            violations.forEach(v -> list.add(v.toJson()));
            body.put("violations", list);
        }
        ctx.request().resume();
        response.setStatusCode(status);
        headers.forEach(response::putHeader);
        if ((status == 503 || status == 429) && !response.headers().contains("Retry-After")) {
            response.putHeader("Retry-After", Long.toString(DEFAULT_RETRY_AFTER_SECONDS));
        }
        response.putHeader("Content-Type", Problem.MEDIA_TYPE);
        response.putHeader("Content-Language", language);
        response.putHeader("Vary", "Accept-Language");
        response.putHeader("Cache-Control", "no-store");
        response.end(body.encode());
    }

    /**
     * Sends a problem about a request whose body the gateway will not read (too large), then closes the
     * connection. What the client is still sending is read and thrown away for a moment (at most
     * {@value #MAX_DISCARDED_BYTES} bytes, {@value #CLOSE_AFTER_MILLIS} ms), so that a client that writes its
     * whole body before reading can still read the answer instead of a connection reset.
     */
    public static void sendAndClose(
            RoutingContext ctx,
            int status,
            String slug,
            String title,
            GatewayTexts.Localized detail,
            List<Violation> violations) {
        sendAndClose(
                ctx,
                status,
                slug,
                title,
                detail.in(GatewayTexts.language(ctx.request().getHeader("Accept-Language"))),
                violations);
    }

    public static void sendAndClose(
            RoutingContext ctx, int status, String slug, String title, String detail, List<Violation> violations) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        AtomicBoolean closed = new AtomicBoolean();
        Runnable close = () -> {
            if (closed.compareAndSet(false, true) && request.connection() != null) {
                request.connection().close();
            }
        };
        if (!request.isEnded()) {
            long[] discarded = {0};
            try {
                request.handler(chunk -> {
                    discarded[0] += chunk.length();
                    if (discarded[0] > MAX_DISCARDED_BYTES) {
                        close.run();
                    }
                });
                request.endHandler(v -> {
                    if (response.ended()) {
                        close.run();
                    }
                });
            } catch (IllegalStateException alreadyRead) {
                // nothing left to discard
            }
        }
        long timer = ctx.vertx().setTimer(CLOSE_AFTER_MILLIS, id -> close.run());
        response.endHandler(v -> {
            if (request.isEnded()) {
                ctx.vertx().cancelTimer(timer);
                close.run();
            }
        });
        response.closeHandler(v -> ctx.vertx().cancelTimer(timer));
        send(ctx, status, slug, title, detail, Map.of("Connection", "close"), violations);
    }
}
