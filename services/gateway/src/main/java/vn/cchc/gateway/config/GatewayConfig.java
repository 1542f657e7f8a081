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

    HealthConfig health();

    SecurityHeadersConfig securityHeaders();

    LimitsConfig limits();

    IdentityProviderConfig identityProvider();

    interface RouteConfig {
        /** Path prefix served by this upstream, e.g. {@code /api/v1/procedures}; forwarded unchanged. */
        String prefix();

        /** Base URL of the upstream, scheme, host and port only, e.g. {@code http://127.0.0.1:8081}. */
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
