package vn.cchc.gateway.proxy;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The gateway's address as its clients see it ({@code scheme://host[:port]}), for absolute URLs in answers:
 * <ol>
 *   <li>{@code cchc.gateway.public-url} when configured;</li>
 *   <li>else, only when forwarded headers are trusted ({@code quarkus.http.proxy.proxy-address-forwarding=true},
 *       which applies {@code X-Forwarded-Proto/Host} only from {@code quarkus.http.proxy.trusted-proxies}),
 *       the request's scheme and host as Quarkus resolved them;</li>
 *   <li>else none: the {@code Host} header alone is the client's word and never goes into an answer, so
 *       rewritten locations are relative.</li>
 * </ol>
 */
public final class PublicBase {

    private static final Pattern HOST = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]+]");

    private final String configured;
    private final boolean forwardedTrusted;

    public PublicBase(Optional<String> publicUrl, boolean forwardedTrusted) {
        this.configured =
                publicUrl.filter(s -> !s.isBlank()).map(PublicBase::origin).orElse(null);
        this.forwardedTrusted = forwardedTrusted;
    }

    /** The public base for this request, or null (answer relative references). */
    public String of(HttpServerRequest request) {
        if (configured != null) {
            return configured;
        }
        if (!forwardedTrusted) {
            return null;
        }
        return fromParts(request.scheme(), request.authority());
    }

    static String fromParts(String scheme, HostAndPort authority) {
        if (scheme == null || authority == null || authority.host() == null) {
            return null;
        }
        String s = scheme.toLowerCase(Locale.ROOT);
        if (!s.equals("http") && !s.equals("https")) {
            return null;
        }
        String host = authority.host();
        if (!HOST.matcher(host).matches()) {
            return null;
        }
        int port = authority.port();
        boolean defaultPort = port < 0 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
        if (!defaultPort && port > 65535) {
            return null;
        }
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** Validates {@code cchc.gateway.public-url} (scheme://host[:port], nothing else) at startup. */
    static String origin(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cchc.gateway.public-url is not a URL: '" + url + "'", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean pathless = uri.getRawPath() == null
                || uri.getRawPath().isEmpty()
                || uri.getRawPath().equals("/");
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getUserInfo() != null
                || !pathless
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "cchc.gateway.public-url must be scheme://host[:port], got '" + url + "'");
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
