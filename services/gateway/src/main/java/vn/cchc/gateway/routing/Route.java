package vn.cchc.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One upstream service: the path prefix it serves, where its instances listen, and the requests it accepts
 * without a token. {@code scheme}, {@code host} and {@code port} are those of the first instance.
 */
public record Route(
        String name,
        String prefix,
        String scheme,
        String host,
        int port,
        List<PublicPathRule> publicPaths,
        String healthPath,
        List<Instance> instances) {

    public Route {
        publicPaths = List.copyOf(publicPaths);
        instances = List.copyOf(instances);
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("Route '" + name + "': no upstream instance");
        }
    }

    /** One instance of the service: {@code scheme://host:port}. */
    public record Instance(String scheme, String host, int port) {

        public boolean tls() {
            return scheme.equals("https");
        }

        public String baseUrl() {
            return scheme + "://" + host + ":" + port;
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    /**
     * Builds a route from configuration values, failing early and clearly on a malformed one.
     *
     * @param upstream base URL such as {@code http://127.0.0.1:8081} (no path, query or user info), or several
     *     separated by commas: the instances of the service, e.g. {@code http://127.0.0.1:8082,http://127.0.0.1:18082}
     */
    public static Route of(String name, String prefix, String upstream, List<String> publicPaths, String healthPath) {
        if (prefix == null || !prefix.startsWith("/") || prefix.length() < 2 || prefix.endsWith("/")) {
            throw new IllegalArgumentException(
                    "Route '" + name + "': prefix must look like /api/v1/name, got '" + prefix + "'");
        }
        if (upstream == null || upstream.isBlank()) {
            throw new IllegalArgumentException("Route '" + name + "': upstream is empty");
        }
        List<Instance> instances = new ArrayList<>();
        for (String part : upstream.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Instance instance = instance(name, part.trim());
            if (instances.contains(instance)) {
                throw new IllegalArgumentException(
                        "Route '" + name + "': upstream " + instance.baseUrl() + " is listed twice");
            }
            instances.add(instance);
        }
        List<PublicPathRule> rules = publicPaths == null
                ? List.of()
                : publicPaths.stream()
                        .filter(s -> s != null && !s.isBlank())
                        .map(PublicPathRule::parse)
                        .toList();
        Instance first = instances.isEmpty() ? new Instance("http", "", 0) : instances.get(0);
        return new Route(name, prefix, first.scheme(), first.host(), first.port(), rules, healthPath, instances);
    }

    private static Instance instance(String name, String upstream) {
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
        return new Instance(scheme, uri.getHost(), port);
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
