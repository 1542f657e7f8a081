package vn.cchc.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the gateway reads from {@code cchc.gateway.*}. Upstream routes are a map keyed by the
 * service's name, e.g. {@code cchc.gateway.routes.procedures.upstream=http://127.0.0.1:8081}.
 */
@ConfigMapping(prefix = "cchc.gateway")
public interface GatewayConfig {

    /** The services behind the gateway, keyed by service name (procedures, dossiers, ...). */
    Map<String, RouteConfig> routes();

    /**
     * The directory holding the built SPA (index.html, assets/). Relative paths are resolved against the
     * working directory. Env: {@code CCHC_SPA_DIR}.
     */
    @WithDefault("frontend/dist")
    String spaDir();

    /**
     * The gateway's public address ({@code https://cchc.example.gov.vn}), used for absolute URLs in answers
     * (rewritten {@code Location}). Unset: taken from trusted forwarded headers if
     * {@code quarkus.http.proxy.proxy-address-forwarding} is on, else answers carry paths only.
     */
    Optional<String> publicUrl();

    /** How long to wait for a TCP connection (or a pooled one) to an upstream. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long to wait for the upstream's response headers once the request has been sent. */
    @WithDefault("30s")
    Duration responseTimeout();

    /** Maximum pooled HTTP/1.1 connections per upstream. */
    @WithDefault("64")
    int maxConnectionsPerUpstream();

    RateLimitConfig rateLimit();

    /**
     * How many gateway instances share the traffic (behind one load balancer). Each instance enforces
     * {@code 1/replicas} of every rate limit, so that together they enforce the configured limit.
     */
    @WithDefault("1")
    int replicas();

    BalancingConfig balancing();

    HealthConfig health();

    SecurityHeadersConfig securityHeaders();

    LimitsConfig limits();

    IdentityProviderConfig identityProvider();

    TokenCacheConfig tokenCache();

    OpenApiConfig openapi();

    /**
     * Reverse proxies in front of the gateway (the ingress controller), as CIDR ranges or single addresses
     * ({@code 10.0.0.0/8}, {@code 192.168.1.10}, {@code fd00::/8}). When the socket peer is one of them, the client is
     * the right-most {@code X-Forwarded-For} address that is not itself a trusted proxy; otherwise the socket address
     * (a client's own {@code X-Forwarded-For} is ignored). Unset: the request's remote address. Env:
     * {@code CCHC_GATEWAY_TRUSTED_PROXIES}.
     */
    Optional<List<String>> trustedProxies();

    CompressionConfig compression();

    /**
     * Response compression (gzip, and brotli when its native encoder loads), negotiated per request by
     * {@code Accept-Encoding}; only for compressible media types and bodies of at least {@code min-size}.
     */
    interface CompressionConfig {
        @WithDefault("true")
        boolean enabled();

        /** gzip level, 1 (fastest) to 9 (smallest). */
        @WithDefault("6")
        int gzipLevel();

        /** brotli quality, 0 (fastest) to 11 (smallest); above 5 costs much more CPU for little gain on the fly. */
        @WithDefault("4")
        int brotliQuality();

        /** Whether brotli is offered at all (still only when the native encoder is available). */
        @WithDefault("true")
        boolean brotli();

        /** Bodies with a declared length below this are sent as they are. */
        @WithDefault("1024")
        long minSize();
    }

    /**
     * Bearer tokens that verified, remembered (by their SHA-256) until they expire, so that a client's next
     * requests with the same token are not verified again (signature, issuer, audience, expiry). Never beyond the
     * token's {@code exp}; tokens that did not verify are never remembered.
     */
    interface TokenCacheConfig {
        @WithDefault("true")
        boolean enabled();

        /** Most tokens remembered at once (least recently used ones go first). */
        @WithDefault("10000")
        long maxSize();

        /**
         * Longest a verified token is trusted without being verified again, even if its {@code exp} is later
         * (bounds how long a token signed by a key the identity provider has since withdrawn keeps passing).
         */
        @WithDefault("5m")
        Duration maxTtl();
    }

    /** The merged OpenAPI document ({@code /api/v1/openapi.json}) and the API reference page ({@code /api/docs}). */
    interface OpenApiConfig {
        /** How long a complete merge of the services' documents is served before they are fetched again. */
        @WithDefault("5m")
        Duration cacheTtl();

        /**
         * The realm's OpenID Connect discovery URL as clients reach it, written into the merged document's
         * {@code oidc} security scheme; unset: the services' value. Env: {@code CCHC_GATEWAY_OPENAPI_OPENID_CONNECT_URL}.
         */
        Optional<String> openidConnectUrl();
    }

    interface RouteConfig {
        /** Path prefix served by this upstream, e.g. {@code /api/v1/procedures}; forwarded unchanged. */
        String prefix();

        /**
         * Base URL of the upstream, scheme, host and port only, e.g. {@code http://127.0.0.1:8081}; several
         * instances of the service separated by commas ({@code http://127.0.0.1:8082,http://127.0.0.1:18082}):
         * requests are spread over them (see {@link BalancingConfig}).
         */
        String upstream();

        /**
         * Requests allowed without a token: {@code "METHOD PATTERN"}, METHOD being {@code *} or e.g.
         * {@code GET} or {@code GET|POST}; in PATTERN {@code *} is one path segment and a trailing
         * {@code /**} any number of segments (also none). HEAD counts as GET.
         */
        Optional<List<String>> publicPaths();

        /** The upstream's readiness endpoint, reported (informationally) by the gateway's readiness. */
        @WithDefault("/q/health/ready")
        String healthPath();
    }

    interface RateLimitConfig {
        @WithDefault("true")
        boolean enabled();

        /** Per authenticated client (token {@code azp} + {@code sub}). */
        BucketConfig authenticated();

        /** Per client IP, for requests without a token (public paths, and rejected calls). */
        BucketConfig anonymous();

        /** Upper bound of the number of buckets kept in memory (least recently used ones go first). */
        @WithDefault("100000")
        long maxClients();

        /** A bucket unused this long is dropped (never less than the longest refill period). */
        @WithDefault("10m")
        Duration idleExpiry();
    }

    /** A token bucket: {@code capacity} requests, refilled greedily at {@code capacity} per {@code period}. */
    interface BucketConfig {
        long capacity();

        @WithDefault("1m")
        Duration period();
    }

    /** Spreading requests over the instances of a service, taking failing ones out, retrying safely. */
    interface BalancingConfig {
        /**
         * An instance that refused a connection, reset an exchange, answered 502/503 or failed its health
         * probe gets no requests for this long; each further failure in a row doubles it, up to
         * {@code eject-max}.
         */
        @WithDefault("2s")
        Duration ejectBase();

        @WithDefault("30s")
        Duration ejectMax();

        /**
         * Every instance of a service with more than one instance is probed at its health path this often; a
         * failing probe ejects it, a passing one brings an ejected instance back. {@code 0} turns probing off.
         */
        @WithDefault("2s")
        Duration probeInterval();

        /**
         * A request that failed after it was sent (connection reset, closed before the response) is sent once
         * more to another instance only if it is idempotent (GET, HEAD, OPTIONS, or carries an
         * {@code Idempotency-Key}) and its body is at most this big (such bodies are held in memory while
         * the request lasts). A connection that could not be opened is always tried on another instance.
         */
        @WithDefault("1M")
        MemorySize retryBodyLimit();

        /** Whether failed requests are tried on another instance at all. */
        @WithDefault("true")
        boolean retry();
    }

    interface HealthConfig {
        /** Whether readiness reports each upstream's own readiness (informational, never fails). */
        @WithDefault("true")
        boolean checkUpstreams();

        @WithDefault("1s")
        Duration upstreamTimeout();
    }

    /** Headers put on every response (see {@code vn.cchc.gateway.headers.SecurityHeaders}). */
    interface SecurityHeadersConfig {
        @WithDefault("true")
        boolean enabled();

        /**
         * Browser-facing URLs of the identity provider (Keycloak realm URL); their origins are added to the
         * CSP's {@code connect-src} and {@code form-action}.
         */
        Optional<List<String>> identityProviderUrls();

        /** A complete Content-Security-Policy replacing the default one (leave unset normally). */
        Optional<String> contentSecurityPolicy();

        @WithDefault("strict-origin-when-cross-origin")
        String referrerPolicy();

        @WithDefault("accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
                + "magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), usb=()")
        String permissionsPolicy();

        HstsConfig hsts();
    }

    /** Strict-Transport-Security: on in the {@code prod} profile (browsers ignore it over plain http). */
    interface HstsConfig {
        @WithDefault("false")
        boolean enabled();

        /** Seconds (default one year). */
        @WithDefault("31536000")
        long maxAge();

        @WithDefault("false")
        boolean includeSubdomains();
    }

    /**
     * The gateway's limits on a request (problem+json answers). Keep Vert.x's decoder limits
     * ({@code quarkus.http.limits.*}) well above the first two.
     */
    interface LimitsConfig {
        /** Request target (path and query, as sent) → 414 above this. */
        @WithDefault("4000")
        int maxUriLength();

        /** Header section → 431 above this. */
        @WithDefault("16K")
        MemorySize maxHeaderSize();

        /** Request body (declared or streamed) → 413 above this. */
        @WithDefault("25M")
        MemorySize maxBodySize();
    }

    /** Calls to Keycloak made while checking a token (discovery, keys). */
    interface IdentityProviderConfig {
        /**
         * The longest a request waits for its token to be checked when that needs Keycloak; then 503 with
         * Retry-After. Tokens signed with an already known key never wait.
         */
        @WithDefault("3s")
        Duration timeout();

        /** Each HTTP call to Keycloak is cut after this (frees the connection of a hung Keycloak). */
        @WithDefault("4s")
        Duration requestTimeout();

        /** Retry-After (seconds) of the 503 when the token cannot be checked. */
        @WithDefault("10")
        long retryAfter();
    }
}
