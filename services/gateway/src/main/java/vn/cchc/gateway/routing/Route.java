package vn.cchc.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * One upstream service: the path prefix it serves, where it listens, and the requests it accepts
 * without a token.
 */
public record Route(
        String name,
        String prefix,
        String scheme,
        String host,
        int port,
        List<PublicPathRule> publicPaths,
        String healthPath) {

    public Route {
        publicPaths = List.copyOf(publicPaths);
    }

    /**
     * Builds a route from configuration values, failing early and clearly on a malformed one.
     *
     * @param upstream base URL such as {@code http://127.0.0.1:8081} (no path, query or user info)
     */
    public static Route of(String name, String prefix, String upstream, List<String> publicPaths, String healthPath) {
        if (prefix == null || !prefix.startsWith("/") || prefix.length() < 2 || prefix.endsWith("/")) {
            throw new IllegalArgumentException(
                    "Route '" + name + "': prefix must look like /api/v1/name, got '" + prefix + "'");
        }
        URI uri;
        try {
            uri = URI.create(upstream.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Route '" + name + "': upstream is not a URL: '" + upstream + "'", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(
                    "Route '" + name + "': upstream must be http(s)://host:port, got '" + upstream + "'");
        }
        if (uri.getHost() == null
                || uri.getUserInfo() != null
                || uri.getQuery() != null
                || (uri.getPath() != null
                        && !uri.getPath().isEmpty()
                        && !uri.getPath().equals("/"))) {
            throw new IllegalArgumentException("Route '" + name
                    + "': upstream must be scheme://host:port only (the path is forwarded unchanged), got '" + upstream
                    + "'");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : (scheme.equals("https") ? 443 : 80);
        List<PublicPathRule> rules = publicPaths == null
                ? List.of()
                : publicPaths.stream()
                        .filter(s -> s != null && !s.isBlank())
                        .map(PublicPathRule::parse)
                        .toList();
        return new Route(name, prefix, scheme, uri.getHost(), port, rules, healthPath);
    }

    /** True if {@code path} is the prefix itself or lies under it (segment boundary: /a/b does not match /a/bc). */
    public boolean serves(String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    public boolean isPublic(String method, String path) {
        for (PublicPathRule rule : publicPaths) {
            if (rule.allows(method, path)) {
                return true;
            }
        }
        return false;
    }

    public boolean tls() {
        return scheme.equals("https");
    }

    public String baseUrl() {
        return scheme + "://" + host + ":" + port;
    }
}
