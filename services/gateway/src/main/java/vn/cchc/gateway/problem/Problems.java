package vn.cchc.gateway.problem;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import vn.cchc.gateway.requestid.RequestIds;

import java.util.Map;

/** Writes problem+json responses; the gateway's only way of answering an error itself. */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class);

    public static final String UNAUTHORIZED = "unauthorized";
    public static final String TOO_MANY_REQUESTS = "too-many-requests";
    public static final String NOT_FOUND = "not-found";
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";
    public static final String GATEWAY_TIMEOUT = "gateway-timeout";
    public static final String BAD_GATEWAY = "bad-gateway";
    public static final String INTERNAL_ERROR = "internal-error";

    private Problems() {
    }

    public static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        send(ctx, status, slug, title, detail, Map.of());
    }

    /**
     * Ends the response with a problem. A request body not yet read is let through and discarded
     * (the request was paused for proxying). If the response has already started (an upstream failed
     * mid-body), the connection is reset instead: a half-sent body must not look complete.
     */
    public static void send(RoutingContext ctx, int status, String slug, String title, String detail,
                            Map<String, String> headers) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            LOG.debugf("Response already started; resetting instead of sending problem %s", slug);
            response.reset();
            return;
        }
        Problem problem = new Problem(slug, title, status, detail, ctx.request().path(), RequestIds.of(ctx),
                RequestIds.correlationOf(ctx));
        ctx.request().resume();
        response.setStatusCode(status);
        headers.forEach(response::putHeader);
        response.putHeader("Content-Type", Problem.MEDIA_TYPE);
        response.putHeader("Cache-Control", "no-store");
        response.end(problem.toJson().encode());
    }
}
