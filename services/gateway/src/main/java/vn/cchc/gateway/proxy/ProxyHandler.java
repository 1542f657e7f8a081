package vn.cchc.gateway.proxy;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.cchc.gateway.balancing.Balancer;
import vn.cchc.gateway.balancing.InstanceState;
import vn.cchc.gateway.config.GatewayConfig;
import vn.cchc.gateway.limits.RequestGuardFilter;
import vn.cchc.gateway.problem.GatewayTexts;
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
 * then sends the request to an instance of the upstream ({@link Balancer}) and streams its response back.
 * Response bodies are never buffered; request bodies only when the request may be sent to a second instance
 * (idempotent, at most {@code cchc.gateway.balancing.retry-body-limit}).
 */
@Singleton
public class ProxyHandler {

    private static final Logger ACCESS = Logger.getLogger("vn.cchc.gateway.access");
    private static final String TRACE_CONTEXT = "cchc.trace-context";
    private static final String BODY_TOO_LARGE = "cchc.body-too-large";
    private static final String BEARER_CHALLENGE = "Bearer realm=\"cchc\"";
    private static final String BEARER_INVALID = "Bearer realm=\"cchc\", error=\"invalid_token\"";

    private final RouteTable routes;
    private final CallerResolver callers;
    private final RateLimiter rateLimiter;
    private final UpstreamClient upstream;
    private final Balancer balancer;
    private final boolean retry;
    private final long retryBodyLimit;
    private final LocationRewriter locations;
    private final PublicBase publicBase;
    private final long identityProviderRetryAfter;
    private final TraceHeaders traceHeaders;
    private final ClientAddress clientAddress;

    public ProxyHandler(
            RouteTable routes,
            CallerResolver callers,
            RateLimiter rateLimiter,
            UpstreamClient upstream,
            Balancer balancer,
            TraceHeaders traceHeaders,
            ClientAddress clientAddress,
            GatewayConfig config,
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
                    boolean forwardedHeadersTrusted) {
        this.routes = routes;
        this.callers = callers;
        this.rateLimiter = rateLimiter;
        this.upstream = upstream;
        this.balancer = balancer;
        this.traceHeaders = traceHeaders;
        this.clientAddress = clientAddress;
        this.retry = config.balancing().retry();
        this.retryBodyLimit = config.balancing().retryBodyLimit().asLongValue();
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
            Problems.send(ctx, 404, Problems.NOT_FOUND, "Not found", GatewayTexts.NO_API_HERE.with());
            return;
        }
        Route route = match.get();
        boolean isPublic = route.isPublic(request.method().name(), path);
        Caller known = callers.known(ctx);
        if (known != null) {
            // this token verified on an earlier request and has not expired since
            authorizeAndForward(ctx, route, path, isPublic, known);
            return;
        }
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
                                        GatewayTexts.GATEWAY_FAILED.with())));
    }

    private void authorizeAndForward(RoutingContext ctx, Route route, String path, boolean isPublic, Caller caller) {
        if (ctx.response().closed() || ctx.response().ended()) {
            return;
        }
        String clientIp = clientAddress.of(ctx.request());
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
                    GatewayTexts.RATE_LIMITED.with(decision.retryAfterSeconds()),
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
                        GatewayTexts.TOKEN_INVALID.with(),
                        Map.of("WWW-Authenticate", BEARER_INVALID));
                return;
            }
            case Caller.Unverifiable u -> {
                Problems.send(
                        ctx,
                        503,
                        Problems.SERVICE_UNAVAILABLE,
                        "Service unavailable",
                        GatewayTexts.IDENTITY_PROVIDER_DOWN.with(),
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
                        GatewayTexts.TOKEN_REQUIRED.with(),
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
        // the server span's context, for access lines logged after the response has ended (see access())
        io.opentelemetry.context.Context trace = io.opentelemetry.context.Context.current();
        ctx.put(TRACE_CONTEXT, trace);

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
        traceHeaders.inject(trace, proxyRequest.headers());

        long length = contentLength(request);
        boolean chunked = length < 0 && request.headers().contains("Transfer-Encoding");
        boolean bodyless = !chunked && length <= 0;
        Exchange exchange = new Exchange(ctx, route, path, uri, proxyRequest, length, started);
        if (retry && isIdempotent(request) && (bodyless || (length > 0 && length <= retryBodyLimit))) {
            // held in memory (bounded) so that it can be sent to another instance if the first one fails
            if (bodyless) {
                exchange.body = Buffer.buffer();
                attempt(exchange);
                return;
            }
            Context context = Vertx.currentContext();
            request.body()
                    .onComplete(read -> onContext(context, () -> {
                        if (read.failed()) {
                            ACCESS.infof(
                                    "%s %s -> %s: the client's body could not be read: %s",
                                    request.method(), path, route.name(), describe(read.cause()));
                            return; // the client went away
                        }
                        exchange.body = read.result();
                        attempt(exchange);
                    }));
            request.resume();
            return;
        }
        attempt(exchange);
    }

    /** One request on its way to the instances of a service. */
    private static final class Exchange {
        final RoutingContext ctx;
        final Route route;
        final String path;
        final String uri;
        final ProxyRequest proxyRequest;
        final long length;
        final long started;
        final List<InstanceState> tried = new ArrayList<>();
        /** The whole body when the request may be sent again; null: streamed from the client, sent once. */
        Buffer body;

        boolean retriedAfterSending;

        Exchange(
                RoutingContext ctx,
                Route route,
                String path,
                String uri,
                ProxyRequest proxyRequest,
                long length,
                long started) {
            this.ctx = ctx;
            this.route = route;
            this.path = path;
            this.uri = uri;
            this.proxyRequest = proxyRequest;
            this.length = length;
            this.started = started;
        }
    }

    private void attempt(Exchange ex) {
        RoutingContext ctx = ex.ctx;
        HttpServerRequest request = ctx.request();
        Route route = ex.route;
        Optional<InstanceState> chosen = balancer.choose(route, ex.tried);
        if (chosen.isEmpty()) {
            throw new IllegalStateException("no instance left to try"); // callers check canTryAnother first
        }
        InstanceState instance = chosen.get();
        ex.tried.add(instance);
        balancer.started(instance);
        upstream.open(instance.instance(), request.method(), ex.uri).onComplete(opened -> {
            if (opened.failed()) {
                balancer.finished(instance);
                balancer.failed(route, instance, "connection failed: " + describe(opened.cause()));
                if (retry && canTryAnother(ex)) {
                    // nothing was sent: any request may go to another instance
                    ACCESS.infof(
                            "%s %s -> %s instance %s unreachable, trying another",
                            request.method(), ex.path, route.name(), instance.instance());
                    attempt(ex);
                    return;
                }
                ex.proxyRequest.release();
                fail(ctx, route, UpstreamFailure.Phase.CONNECT, opened.cause(), ex.started);
                return;
            }
            HttpClientRequest upstreamRequest = opened.result();
            ReadStream<Buffer> body;
            long declared = ex.length;
            if (ex.body != null) {
                body = new BufferReadStream(ex.body);
            } else {
                body = request;
                Long maxBody = ctx.get(RequestGuardFilter.MAX_BODY_KEY);
                if (ex.length < 0 && maxBody != null) {
                    // no Content-Length (chunked): the guard could not check the size up front, count it here
                    body = new LimitedReadStream(body, maxBody, () -> {
                        ctx.put(BODY_TOO_LARGE, Boolean.TRUE);
                        upstreamRequest.exceptionHandler(
                                ignored -> {}); // the reset below is ours, not worth an ERROR line
                        upstreamRequest.reset();
                        ACCESS.infof(
                                "%s %s -> %s refused: body over %d bytes; answered 413 (%d ms)",
                                request.method(), ex.path, route.name(), maxBody, millisSince(ex.started));
                        RequestGuardFilter.refuseBody(ctx, maxBody);
                    });
                }
            }
            ex.proxyRequest.setBody(Body.body(
                    new EndNotifyingReadStream<>(body, () -> upstream.startResponseTimeout(upstreamRequest)),
                    declared));
            ex.proxyRequest.send(upstreamRequest).onComplete(sent -> {
                balancer.finished(instance);
                if (sent.failed()) {
                    if (Boolean.TRUE.equals(ctx.get(BODY_TOO_LARGE))) {
                        return;
                    }
                    UpstreamFailure failure = UpstreamFailure.classify(UpstreamFailure.Phase.EXCHANGE, sent.cause());
                    if (failure.status() != 504) {
                        // reset or closed before its answer (a timeout is a slow instance, not a dead one)
                        balancer.failed(route, instance, "exchange failed: " + describe(sent.cause()));
                    }
                    if (retry
                            && failure.status() == 502
                            && ex.body != null
                            && !ex.retriedAfterSending
                            && !ctx.response().headWritten()
                            && canTryAnother(ex)) {
                        ex.retriedAfterSending = true;
                        ACCESS.infof(
                                "%s %s -> %s instance %s failed before answering (%s), trying another",
                                request.method(), ex.path, route.name(), instance.instance(), describe(sent.cause()));
                        attempt(ex);
                        return;
                    }
                    fail(ctx, route, UpstreamFailure.Phase.EXCHANGE, sent.cause(), ex.started);
                    return;
                }
                ProxyResponse proxyResponse = sent.result();
                int status = proxyResponse.getStatusCode();
                if (status == 502 || status == 503) {
                    balancer.failed(route, instance, "answered " + status);
                } else {
                    balancer.succeeded(route, instance);
                }
                ForwardingHeaders.prepareResponse(proxyResponse.headers());
                locations.apply(proxyResponse.headers(), publicBase.of(request));
                if ((status == 503 || status == 429) && !proxyResponse.headers().contains("Retry-After")) {
                    // a client told to come back later is told when
                    proxyResponse.headers().set("Retry-After", Long.toString(Problems.DEFAULT_RETRY_AFTER_SECONDS));
                }
                String via = route.instances().size() > 1 ? " via " + instance.instance() : "";
                proxyResponse
                        .send()
                        .onComplete(done -> access(ctx, () -> {
                            if (done.succeeded()) {
                                ACCESS.infof(
                                        "%s %s -> %s%s %d (%d ms)",
                                        request.method(), ex.path, route.name(), via, status, millisSince(ex.started));
                            } else {
                                ACCESS.warnf(
                                        "%s %s -> %s%s %d, body interrupted: %s (%d ms)",
                                        request.method(),
                                        ex.path,
                                        route.name(),
                                        via,
                                        status,
                                        describe(done.cause()),
                                        millisSince(ex.started));
                            }
                        }));
            });
        });
    }

    private boolean canTryAnother(Exchange ex) {
        return ex.tried.size() < ex.route.instances().size()
                && !ex.ctx.response().closed()
                && !ex.ctx.response().ended();
    }

    /** GET, HEAD, OPTIONS, or a write the client made safe to repeat with an {@code Idempotency-Key}. */
    static boolean isIdempotent(HttpServerRequest request) {
        HttpMethod method = request.method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return true;
        }
        String key = request.getHeader("Idempotency-Key");
        return key != null && !key.isBlank();
    }

    private void fail(RoutingContext ctx, Route route, UpstreamFailure.Phase phase, Throwable cause, long started) {
        if (Boolean.TRUE.equals(ctx.get(BODY_TOO_LARGE))) {
            return; // the gateway itself reset the upstream request and answered 413
        }
        UpstreamFailure failure = UpstreamFailure.classify(phase, cause);
        access(
                ctx,
                () -> ACCESS.warnf(
                        "%s %s -> %s failed (%s): %s; answered %d (%d ms)",
                        ctx.request().method(),
                        ctx.normalizedPath(),
                        route.name(),
                        phase,
                        describe(cause),
                        failure.status(),
                        millisSince(started)));
        Problems.send(
                ctx,
                failure.status(),
                failure.slug(),
                failure.title(),
                failure.detail(route.name(), upstream.responseTimeoutMillis()));
    }

    /**
     * Logs an access line in the request's trace. The server span's scope, and with it the {@code traceId} of the
     * log format's MDC, may already be closed when the response has been written: the line would then carry no trace
     * id, and a trace could not be followed from the gateway's log (deploy/local/lib/trace_e2e.py).
     */
    private static void access(RoutingContext ctx, Runnable line) {
        io.opentelemetry.context.Context trace = ctx.get(TRACE_CONTEXT);
        if (trace == null || trace == io.opentelemetry.context.Context.current()) {
            line.run();
            return;
        }
        try (io.opentelemetry.context.Scope ignored = trace.makeCurrent()) {
            line.run();
        }
    }

    private static void onContext(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
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
