package vn.cchc.gateway.limits;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.cchc.gateway.config.GatewayConfig;
import vn.cchc.gateway.problem.GatewayTexts;
import vn.cchc.gateway.problem.Problems;

/**
 * The gateway's own limits on a request's head, checked before CORS, authentication and routing, each refused
 * with a problem+json answer: request target longer than {@code max-uri-length} → 414, header section larger
 * than {@code max-header-size} → 431, NUL/CR/LF in the path or query (raw or %-encoded) → 400 naming the
 * parameter, a target that is not a valid URI (e.g. {@code %zz}) → 400 (Quarkus' own bare-400 check is turned off
 * by {@link vn.cchc.gateway.GatewayMain}), a method the gateway does not serve → 405, a declared {@code Content-Length} above
 * {@code max-body-size} → 413 (a chunked body is counted while it is streamed, see the proxy).
 * <p>
 * Vert.x's own decoder limits ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size})
 * are set well above these, so that these checks, not the decoder's bare answers without a body, are what a
 * client normally meets.
 */
@ApplicationScoped
public class RequestGuardFilter {

    private static final Logger LOG = Logger.getLogger(RequestGuardFilter.class);

    /** After the security headers (1100) and request id (1000), before CORS (300) and authentication (200). */
    static final int PRIORITY = 950;

    /** Routing-context key of the body limit in bytes (read by the proxy for chunked bodies). */
    public static final String MAX_BODY_KEY = "cchc.max-body-bytes";

    private final int maxUriLength;
    private final long maxHeaderBytes;
    private final long maxBodyBytes;

    public RequestGuardFilter(GatewayConfig config) {
        this.maxUriLength = config.limits().maxUriLength();
        this.maxHeaderBytes = config.limits().maxHeaderSize().asLongValue();
        this.maxBodyBytes = config.limits().maxBodySize().asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            LOG.debugf("Refused: request target of %d chars", uri.length());
            Problems.send(
                    ctx,
                    414,
                    Problems.URI_TOO_LONG,
                    "URI too long",
                    GatewayTexts.URI_TOO_LONG.with(maxUriLength),
                    Map.of(),
                    List.of(new Problems.Violation("uri", "maxLength", "≤ " + maxUriLength)));
            return;
        }
        long headerBytes = RequestChecks.headerBytes(request.headers());
        if (headerBytes > maxHeaderBytes) {
            Problems.send(
                    ctx,
                    431,
                    Problems.HEADERS_TOO_LARGE,
                    "Request header fields too large",
                    GatewayTexts.HEADERS_TOO_LARGE.with(maxHeaderBytes),
                    Map.of(),
                    List.of(new Problems.Violation("headers", "maxSize", "≤ " + maxHeaderBytes + " bytes")));
            return;
        }
        Optional<Problems.Violation> control = RequestChecks.controlCharacter(uri);
        if (control.isPresent()) {
            Problems.send(
                    ctx,
                    400,
                    Problems.VALIDATION,
                    "Invalid request",
                    control.get().field() + ": " + control.get().message(),
                    Map.of(),
                    List.of(control.get()));
            return;
        }
        if (!RequestChecks.isValidTarget(uri)) {
            Problems.send(
                    ctx,
                    400,
                    Problems.VALIDATION,
                    "Invalid request",
                    GatewayTexts.URI_INVALID.with(),
                    Map.of(),
                    List.of(new Problems.Violation("uri", "syntax", "RFC 3986")));
            return;
        }
        if (!RequestChecks.METHODS.contains(request.method().name())) {
            Problems.send(
                    ctx,
                    405,
                    Problems.METHOD_NOT_ALLOWED,
                    "Method not allowed",
                    GatewayTexts.METHOD_NOT_SUPPORTED.with(),
                    Map.of("Allow", RequestChecks.ALLOW));
            return;
        }
        String contentLength = request.getHeader("Content-Length");
        if (contentLength != null && exceeds(contentLength, maxBodyBytes)) {
            refuseBody(ctx, maxBodyBytes);
            return;
        }
        ctx.put(MAX_BODY_KEY, maxBodyBytes);
        ctx.next();
    }

    /** 413 problem, then the connection is closed (the rest of the body is not read). */
    public static void refuseBody(RoutingContext ctx, long maxBodyBytes) {
        Problems.sendAndClose(
                ctx,
                413,
                Problems.PAYLOAD_TOO_LARGE,
                "Payload too large",
                GatewayTexts.BODY_TOO_LARGE.with(maxBodyBytes),
                List.of(new Problems.Violation("body", "maxSize", "≤ " + maxBodyBytes + " bytes")));
    }

    static boolean exceeds(String contentLength, long max) {
        String value = contentLength.trim();
        if (value.length() > 18) {
            return true;
        }
        try {
            return Long.parseLong(value) > max;
        } catch (NumberFormatException e) {
            return false; // the HTTP decoder has already refused a malformed one
        }
    }
}
