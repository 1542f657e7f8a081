package vn.cchc.gateway.proxy;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.cchc.gateway.config.GatewayConfig;
import vn.cchc.gateway.limits.RequestGuardFilter;
import vn.cchc.gateway.problem.Problems;
import vn.cchc.gateway.ratelimit.RateLimitDecision;
import vn.cchc.gateway.ratelimit.RateLimitKey;
import vn.cchc.gateway.ratelimit.RateLimiter;
import vn.cchc.gateway.requestid.RequestIds;
import vn.cchc.gateway.routing.Route;
import vn.cchc.gateway.routing.RouteTable;
import vn.cchc.gateway.security.Caller;
import vn.cchc.gateway.security.CallerResolver;

/**
 * Handles everything under {@code /api/}: finds the route, authenticates the caller, applies the rate limit,
 * then streams the request to the upstream and its response back. Request and response bodies are never
 * buffered in full.
 */
@Singleton
public class ProxyHandler {

    private static final Logger ACCESS = Logger.getLogger("vn.cchc.gateway.access");
    private static final String BODY_TOO_LARGE = "cchc.body-too-large";
    private static final String BEARER_CHALLENGE = "Bearer realm=\"cchc\"";
    private static final String BEARER_INVALID = "Bearer realm=\"cchc\", error=\"invalid_token\"";

    private final RouteTable routes;
    private final CallerResolver callers;
    private final RateLimiter rateLimiter;
    private final UpstreamClient upstream;
    private final LocationRewriter locations;
    private final PublicBase publicBase;
    private final long identityProviderRetryAfter;

    public ProxyHandler(
            RouteTable routes,
            CallerResolver callers,
            RateLimiter rateLimiter,
            UpstreamClient upstream,
            GatewayConfig config,
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
                    boolean forwardedHeadersTrusted) {
        this.routes = routes;
        this.callers = callers;
        this.rateLimiter = rateLimiter;
        this.upstream = upstream;
        this.locations = new LocationRewriter(routes.routes());
        this.publicBase = new PublicBase(config.publicUrl(), forwardedHeadersTrusted);
        this.identityProviderRetryAfter = Math.max(1, config.identityProvider().retryAfter());
    }

    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        // Nothing of the body may be read before it can be piped upstream.
        request.pause();
        String path = ctx.normalizedPath();
        Optional<Route> match = routes.match(path);
        if (match.isEmpty()) {
            Problems.send(ctx, 404, Problems.NOT_FOUND, "Not found", "No API is served at this path.");
            return;
        }
        Route route = match.get();
        boolean isPublic = route.isPublic(request.method().name(), path);
        Context context = Vertx.currentContext();
        callers.resolve(ctx)
                .subscribe()
                .with(
                        caller -> onContext(context, () -> authorizeAndForward(ctx, route, path, isPublic, caller)),
                        failure -> onContext(
                                context,
                                () -> Problems.send(
                                        ctx,
                                        500,
                                        Problems.INTERNAL_ERROR,
                                        "Internal error",
                                        "The gateway could not process the request.")));
    }

    private void authorizeAndForward(RoutingContext ctx, Route route, String path, boolean isPublic, Caller caller) {
        if (ctx.response().closed() || ctx.response().ended()) {
            return;
        }
        String clientIp = clientIp(ctx.request());
        RateLimitKey key = caller instanceof Caller.Authenticated a
                ? RateLimitKey.select(true, a.azp(), a.subject(), clientIp)
                : RateLimitKey.select(false, null, null, clientIp);
        RateLimitDecision decision = rateLimiter.tryConsume(key);
        if (!decision.allowed()) {
            Problems.send(
                    ctx,
                    429,
                    Problems.TOO_MANY_REQUESTS,
                    "Too many requests",
                    "Rate limit exceeded; retry after " + decision.retryAfterSeconds() + " s.",
                    Map.of("Retry-After", Long.toString(decision.retryAfterSeconds())));
            return;
        }
        switch (caller) {
            case Caller.Rejected r -> {
                Problems.send(
                        ctx,
                        401,
                        Problems.UNAUTHORIZED,
                        "Unauthorized",
                        "The access token is invalid or expired.",
                        Map.of("WWW-Authenticate", BEARER_INVALID));
                return;
            }
            case Caller.Unverifiable u -> {
                Problems.send(
                        ctx,
                        503,
                        Problems.SERVICE_UNAVAILABLE,
                        "Service unavailable",
                        "The access token cannot be verified: the identity provider is not reachable right now.",
                        Map.of("Retry-After", Long.toString(identityProviderRetryAfter)));
                return;
            }
            case Caller.Anonymous a
            when !isPublic -> {
                Problems.send(
                        ctx,
                        401,
                        Problems.UNAUTHORIZED,
                        "Unauthorized",
                        "This resource requires a bearer access token.",
                        Map.of("WWW-Authenticate", BEARER_CHALLENGE));
                return;
            }
            default -> {
                // authenticated, or anonymous on a public path
            }
        }
        forward(ctx, route, path, clientIp);
    }

    private void forward(RoutingContext ctx, Route route, String path, String clientIp) {
        HttpServerRequest request = ctx.request();
        String query = request.query();
        String uri = query == null ? path : path + "?" + query;
        long started = System.nanoTime();

        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(request);
        proxyRequest.setURI(uri);
        HostAndPort authority = request.authority();
        ForwardingHeaders.prepareRequest(
                proxyRequest.headers(),
                clientIp,
                request.scheme(),
                authority == null ? null : authority.toString(),
                RequestIds.of(ctx),
                RequestIds.correlationOf(ctx));

        upstream.open(route, request.method(), uri).onComplete(opened -> {
            if (opened.failed()) {
                proxyRequest.release();
                fail(ctx, route, UpstreamFailure.Phase.CONNECT, opened.cause(), started);
                return;
            }
            HttpClientRequest upstreamRequest = opened.result();
            long length = contentLength(request);
            ReadStream<Buffer> body = request;
            Long maxBody = ctx.get(RequestGuardFilter.MAX_BODY_KEY);
            if (length < 0 && maxBody != null) {
                // no Content-Length (chunked): the guard could not check the size up front, count it here
                body = new LimitedReadStream(body, maxBody, () -> {
                    ctx.put(BODY_TOO_LARGE, Boolean.TRUE);
                    upstreamRequest.exceptionHandler(ignored -> {}); // the reset below is ours, not worth an ERROR line
                    upstreamRequest.reset();
                    ACCESS.infof(
                            "%s %s -> %s refused: body over %d bytes; answered 413 (%d ms)",
                            request.method(), path, route.name(), maxBody, millisSince(started));
                    RequestGuardFilter.refuseBody(ctx, maxBody);
                });
            }
            proxyRequest.setBody(Body.body(
                    new EndNotifyingReadStream<>(body, () -> upstream.startResponseTimeout(upstreamRequest)), length));
            proxyRequest.send(upstreamRequest).onComplete(sent -> {
                if (sent.failed()) {
                    fail(ctx, route, UpstreamFailure.Phase.EXCHANGE, sent.cause(), started);
                    return;
                }
                ProxyResponse proxyResponse = sent.result();
                ForwardingHeaders.prepareResponse(proxyResponse.headers());
                locations.apply(proxyResponse.headers(), publicBase.of(request));
                int status = proxyResponse.getStatusCode();
                if ((status == 503 || status == 429) && !proxyResponse.headers().contains("Retry-After")) {
                    // a client told to come back later is told when
                    proxyResponse.headers().set("Retry-After", Long.toString(Problems.DEFAULT_RETRY_AFTER_SECONDS));
                }
                proxyResponse.send().onComplete(done -> {
                    if (done.succeeded()) {
                        ACCESS.infof(
                                "%s %s -> %s %d (%d ms)",
                                request.method(), path, route.name(), status, millisSince(started));
                    } else {
                        ACCESS.warnf(
                                "%s %s -> %s %d, body interrupted: %s (%d ms)",
                                request.method(),
                                path,
                                route.name(),
                                status,
                                describe(done.cause()),
                                millisSince(started));
                    }
                });
            });
        });
    }

    private void fail(RoutingContext ctx, Route route, UpstreamFailure.Phase phase, Throwable cause, long started) {
        if (Boolean.TRUE.equals(ctx.get(BODY_TOO_LARGE))) {
            return; // the gateway itself reset the upstream request and answered 413
        }
        UpstreamFailure failure = UpstreamFailure.classify(phase, cause);
        ACCESS.warnf(
                "%s %s -> %s failed (%s): %s; answered %d (%d ms)",
                ctx.request().method(),
                ctx.normalizedPath(),
                route.name(),
                phase,
                describe(cause),
                failure.status(),
                millisSince(started));
        Problems.send(
                ctx,
                failure.status(),
                failure.slug(),
                failure.title(),
                failure.detail(route.name(), upstream.responseTimeoutMillis()));
    }

    private static void onContext(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }

    static String clientIp(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        if (remote == null) {
            return null;
        }
        return remote.hostAddress() != null ? remote.hostAddress() : remote.host();
    }

    private static long contentLength(HttpServerRequest request) {
        String value = request.getHeader("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Class and message, except for timeouts, whose Vert.x message quotes the URI with its query string. */
    private static String describe(Throwable t) {
        if (t == null) {
            return "unknown";
        }
        if (t instanceof java.util.concurrent.TimeoutException) {
            return "no response in time";
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
