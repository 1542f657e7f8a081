package vn.cchc.gateway.proxy;

import io.vertx.core.MultiMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.gateway.routing.Route;

/**
 * Rewrites {@code Location} and {@code Content-Location} answers that point at a service's own address
 * ({@code http://127.0.0.1:8082/api/v1/dossiers/42}) to the gateway's public address. With no trusted public
 * base (see {@link PublicBase}) the value becomes a path ({@code /api/v1/dossiers/42}), which RFC 9110 allows
 * and which the client resolves against the URL it called. Any other value (a path already, another site)
 * is left as it is.
 */
public final class LocationRewriter {

    static final List<String> HEADERS = List.of("Location", "Content-Location");

    /** [scheme:]//authority then the rest (path, query, fragment); scheme-relative references too. */
    private static final Pattern ABSOLUTE =
            Pattern.compile("^(?:([A-Za-z][A-Za-z0-9+.-]*):)?//([^/?#]*)(.*)$", Pattern.DOTALL);

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    /** {@code host:port} of every upstream, lower case, port explicit; loopback names stand for each other. */
    private final Set<String> upstreamAuthorities = new HashSet<>();

    public LocationRewriter(List<Route> routes) {
        for (Route route : routes) {
            for (Route.Instance instance : route.instances()) {
                String host = instance.host().toLowerCase(Locale.ROOT);
                if (host.contains(":") && !host.startsWith("[")) {
                    host = "[" + host + "]";
                }
                if (LOOPBACK.contains(host)) {
                    LOOPBACK.forEach(alias -> upstreamAuthorities.add(alias + ":" + instance.port()));
                } else {
                    upstreamAuthorities.add(host + ":" + instance.port());
                }
            }
        }
    }

    /** Rewrites the location headers in place. */
    public void apply(MultiMap headers, String publicBase) {
        for (String name : HEADERS) {
            List<String> values = headers.getAll(name);
            if (values.isEmpty()) {
                continue;
            }
            headers.remove(name);
            for (String value : values) {
                headers.add(name, rewrite(value, publicBase));
            }
        }
    }

    /**
     * @param publicBase {@code scheme://host[:port]} of the gateway as the client sees it, or null for a
     *                   relative answer
     */
    public String rewrite(String value, String publicBase) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        Matcher m = ABSOLUTE.matcher(trimmed);
        if (!m.matches()) {
            return value;
        }
        String scheme = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        if (scheme != null && !scheme.equals("http") && !scheme.equals("https")) {
            return value;
        }
        String authority = m.group(2).toLowerCase(Locale.ROOT);
        if (authority.contains("@")) {
            return value;
        }
        int defaultPort = "https".equals(scheme) ? 443 : 80;
        String withPort = hasPort(authority) ? authority : authority + ":" + defaultPort;
        if (!upstreamAuthorities.contains(withPort)) {
            return value;
        }
        String rest = m.group(3);
        if (rest.isEmpty() || rest.charAt(0) != '/') {
            rest = "/" + rest;
        }
        return publicBase == null ? rest : publicBase + rest;
    }

    private static boolean hasPort(String authority) {
        int colon = authority.lastIndexOf(':');
        int bracket = authority.lastIndexOf(']');
        return colon > bracket && colon < authority.length() - 1;
    }
}
