package vn.cchc.gateway.limits;

import io.vertx.core.MultiMap;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.gateway.problem.Problems;

/** The checks of a request's head that the gateway makes before anything else (pure functions). */
public final class RequestChecks {

    /** Methods the gateway serves; anything else (TRACE, CONNECT, WebDAV, made-up ones) is answered 405. */
    public static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    public static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    static final String RULE = "noControlCharacter";
    static final String MESSAGE =
            "không được chứa ký tự điều khiển (U+0000, CR, LF) / must not contain control characters";

    private RequestChecks() {}

    /** Bytes of the header section roughly as the HTTP decoder counts them ({@code name: value\r\n}). */
    public static long headerBytes(MultiMap headers) {
        long total = 0;
        for (Map.Entry<String, String> header : headers) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    /**
     * A NUL, CR or LF in the request target, raw or percent-encoded ({@code %00}, {@code %0D}, {@code %0A}); also
     * any other raw control character. Names the place: {@code path}, the query parameter's name, or
     * {@code query} when the name itself is the problem or cannot be shown.
     */
    public static Optional<Problems.Violation> controlCharacter(String rawUri) {
        if (rawUri == null) {
            return Optional.empty();
        }
        int q = rawUri.indexOf('?');
        String path = q < 0 ? rawUri : rawUri.substring(0, q);
        if (hasControl(path)) {
            return Optional.of(
                    new Problems.Violation(
                            "path",
                            RULE,
                            "đường dẫn không được chứa ký tự điều khiển (U+0000, CR, LF) / the path must not contain control characters"));
        }
        if (q < 0) {
            return Optional.empty();
        }
        String query = rawUri.substring(q + 1);
        int hash = query.indexOf('#');
        if (hash >= 0) {
            query = query.substring(0, hash);
        }
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (hasControl(name)) {
                return Optional.of(
                        new Problems.Violation(
                                "query",
                                RULE,
                                "tên tham số không được chứa ký tự điều khiển / a parameter name must not contain control characters"));
            }
            if (hasControl(value)) {
                return Optional.of(new Problems.Violation(displayName(name), RULE, MESSAGE));
            }
        }
        return Optional.empty();
    }

    /** Whether the request target parses as a URI reference (what Quarkus itself would check). */
    public static boolean isValidTarget(String rawUri) {
        try {
            new URI(rawUri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean hasControl(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
            if (c == '%' && i + 2 < raw.length() && raw.charAt(i + 1) == '0') {
                char d = Character.toLowerCase(raw.charAt(i + 2));
                if (d == '0' || d == 'a' || d == 'd') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The decoded parameter name if it is short and printable, else {@code query}. */
    static String displayName(String rawName) {
        String name;
        try {
            name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "query";
        }
        if (name.isEmpty() || name.length() > 64) {
            return "query";
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return "query";
            }
        }
        return name;
    }
}
