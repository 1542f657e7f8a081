package vn.cchc.gateway.headers;

import io.vertx.core.MultiMap;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The security headers the gateway puts on every response it sends (SPA files, API answers, its own problems).
 * Values are computed once from configuration. {@link #apply(MultiMap)} runs just before the response head is
 * written, after a service's headers were copied, so a service cannot weaken them: the single-valued fields
 * are replaced, and the gateway's Content-Security-Policy is always present (a service's own policy may stay
 * beside it: browsers enforce every policy, so an extra one can only restrict further).
 */
public final class SecurityHeaders {

    public static final String CSP = "Content-Security-Policy";
    public static final String X_CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    public static final String X_FRAME_OPTIONS = "X-Frame-Options";
    public static final String REFERRER_POLICY = "Referrer-Policy";
    public static final String PERMISSIONS_POLICY = "Permissions-Policy";
    public static final String HSTS = "Strict-Transport-Security";

    private final String contentSecurityPolicy;
    private final String referrerPolicy;
    private final String permissionsPolicy;
    private final String strictTransportSecurity;

    public SecurityHeaders(
            String contentSecurityPolicy,
            String referrerPolicy,
            String permissionsPolicy,
            String strictTransportSecurity) {
        this.contentSecurityPolicy = requireHeaderValue(contentSecurityPolicy, CSP);
        this.referrerPolicy = requireHeaderValue(referrerPolicy, REFERRER_POLICY);
        this.permissionsPolicy = requireHeaderValue(permissionsPolicy, PERMISSIONS_POLICY);
        this.strictTransportSecurity =
                strictTransportSecurity == null ? null : requireHeaderValue(strictTransportSecurity, HSTS);
    }

    /**
     * The default policy for the SPA: scripts only from the gateway's origin (no inline script, no eval),
     * inline styles allowed (antd writes its CSS-in-JS into style elements), images also from data: and
     * blob: URLs, PDFs previewed in a frame from a blob: URL, fetches to the gateway and to the identity
     * provider (token and discovery endpoints), never framed, forms only to the gateway and the identity provider.
     *
     * @param identityProviderOrigins browser-facing origins of Keycloak, e.g. {@code https://sso.example.gov.vn}
     */
    public static String defaultContentSecurityPolicy(List<String> identityProviderOrigins) {
        String idp = identityProviderOrigins.isEmpty() ? "" : " " + String.join(" ", identityProviderOrigins);
        return "default-src 'self'; "
                + "script-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'" + idp + "; "
                + "frame-src 'self' blob:; "
                + "worker-src 'self'; "
                + "manifest-src 'self'; "
                + "frame-ancestors 'none'; "
                + "base-uri 'self'; "
                + "object-src 'self' blob:; "
                + "form-action 'self'" + idp;
    }

    /**
     * {@code scheme://host[:port]} of each URL (a CSP source with a path only matches that exact path, so the
     * origin is what the SPA's calls to {@code /realms/x/protocol/...} need). Blank entries are skipped;
     * anything not an absolute http(s) URL is refused (it would end up verbatim in a header).
     */
    public static List<String> origins(List<String> urls) {
        Set<String> origins = new LinkedHashSet<>();
        for (String raw : urls) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(raw.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Not a URL: '" + raw + "'", e);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getUserInfo() != null) {
                throw new IllegalArgumentException(
                        "Expected an http(s) URL of the identity provider, got '" + raw + "'");
            }
            origins.add(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        }
        return List.copyOf(origins);
    }

    /** {@code max-age=N[; includeSubDomains]}, or null when HSTS is off. */
    public static String strictTransportSecurity(boolean enabled, long maxAgeSeconds, boolean includeSubdomains) {
        if (!enabled) {
            return null;
        }
        if (maxAgeSeconds < 0) {
            throw new IllegalArgumentException("HSTS max-age must not be negative");
        }
        return "max-age=" + maxAgeSeconds + (includeSubdomains ? "; includeSubDomains" : "");
    }

    /** Sets the headers on a response about to be written, replacing whatever a service sent for them. */
    public void apply(MultiMap headers) {
        List<String> upstreamPolicies = new ArrayList<>();
        for (String value : headers.getAll(CSP)) {
            if (!value.isBlank() && !value.equals(contentSecurityPolicy)) {
                upstreamPolicies.add(value);
            }
        }
        headers.set(CSP, contentSecurityPolicy);
        upstreamPolicies.forEach(policy -> headers.add(CSP, policy));
        headers.set(X_CONTENT_TYPE_OPTIONS, "nosniff");
        headers.set(X_FRAME_OPTIONS, "DENY");
        headers.set(REFERRER_POLICY, referrerPolicy);
        headers.set(PERMISSIONS_POLICY, permissionsPolicy);
        if (strictTransportSecurity != null) {
            headers.set(HSTS, strictTransportSecurity);
        } else {
            // outside production the gateway sends none, and a service's (e.g. max-age=0) is not passed on
            headers.remove(HSTS);
        }
    }

    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    public Optional<String> strictTransportSecurity() {
        return Optional.ofNullable(strictTransportSecurity);
    }

    private static String requireHeaderValue(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || c > 0x7e) {
                throw new IllegalArgumentException(name + " contains a character not allowed in a header value");
            }
        }
        return value.trim();
    }
}
