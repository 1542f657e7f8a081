package vn.cchc.gateway.compression;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which responses the server's compressor (Netty, see {@link CompressionServerOptions}) may compress. The compressor
 * itself only looks at {@code Accept-Encoding} and compresses whatever it is given unless the response says
 * {@code Content-Encoding: identity} (Vert.x removes that marker before the response is written). So this policy
 * marks every response that must stay as it is:
 * <ul>
 *   <li>media types that are already compressed (images, PDF, zip, xlsx/docx, woff2, audio, video, octet-stream)
 *       or unknown, and server-sent events (a compressor would hold back the events);</li>
 *   <li>bodies whose declared {@code Content-Length} is below {@code min-size} (the frame costs more than it saves);</li>
 *   <li>partial content (206, {@code Content-Range}): a compressed range is not the range asked for.</li>
 * </ul>
 * A response already encoded (a service's own gzip) is left alone. Compressible responses get
 * {@code Vary: Accept-Encoding}, compressed or not.
 */
public final class CompressionPolicy {

    static final String IDENTITY = "identity";
    static final String VARY_VALUE = "Accept-Encoding";

    /** Compressible media types besides {@code text/*} (except event streams) and {@code +json} / {@code +xml}. */
    static final Set<String> COMPRESSIBLE = Set.of(
            "application/json",
            "application/javascript",
            "application/x-javascript",
            "application/ecmascript",
            "application/xml",
            "application/yaml",
            "application/x-yaml",
            "application/wasm",
            "application/x-font-ttf",
            "application/font-sfnt",
            "application/vnd.ms-fontobject",
            "font/ttf",
            "font/otf",
            "font/sfnt",
            "image/x-icon",
            "image/vnd.microsoft.icon",
            "image/bmp");

    private final long minSize;

    public CompressionPolicy(long minSize) {
        this.minSize = Math.max(0, minSize);
    }

    /**
     * Applies the policy to a response's headers just before they are written.
     *
     * @param accepts whether the request carried {@code Accept-Encoding} (without it nothing is compressed, so
     *     nothing needs marking)
     * @param head whether the request was a HEAD (never compressed by Netty; only {@code Vary} matters)
     */
    public void apply(MultiMap headers, int status, boolean accepts, boolean head) {
        if (status < 200 || status == 204 || status == 304) {
            return;
        }
        if (headers.contains(HttpHeaders.CONTENT_ENCODING)) {
            return; // already encoded upstream (or already marked)
        }
        boolean compressible = isCompressible(headers.get(HttpHeaders.CONTENT_TYPE));
        if (compressible) {
            addVary(headers);
        }
        if (!accepts || head) {
            return;
        }
        if (!compressible
                || status == 206
                || headers.contains("Content-Range")
                || tooSmall(headers.get(HttpHeaders.CONTENT_LENGTH))) {
            headers.set(HttpHeaders.CONTENT_ENCODING, IDENTITY);
        }
    }

    boolean tooSmall(String contentLength) {
        if (contentLength == null) {
            return false; // streamed: unknown, most likely large
        }
        try {
            return Long.parseLong(contentLength.trim()) < minSize;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Whether a body of this {@code Content-Type} is worth compressing. */
    public static boolean isCompressible(String contentType) {
        if (contentType == null || contentType.isEmpty()) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
        if (type.startsWith("text/")) {
            return !type.equals("text/event-stream");
        }
        if (type.endsWith("+json") || type.endsWith("+xml")) {
            return true;
        }
        return COMPRESSIBLE.contains(type);
    }

    /** Adds {@code Accept-Encoding} to {@code Vary} (one field, existing names kept). */
    static void addVary(MultiMap headers) {
        List<String> existing = headers.getAll(HttpHeaders.VARY);
        if (existing.isEmpty()) {
            headers.set(HttpHeaders.VARY, VARY_VALUE);
            return;
        }
        for (String value : existing) {
            String v = value.toLowerCase(Locale.ROOT);
            if (v.contains("accept-encoding") || v.trim().equals("*")) {
                return;
            }
        }
        headers.set(HttpHeaders.VARY, String.join(", ", existing) + ", " + VARY_VALUE);
    }

    /**
     * Whether {@code Accept-Encoding} refuses {@code coding} by name with {@code q=0} (RFC 9110 §12.5.3); a
     * wildcard is not a refusal of a coding named elsewhere.
     */
    public static boolean refuses(String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] params = part.split(";");
            if (!params[0].trim().equalsIgnoreCase(coding)) {
                continue;
            }
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim();
                if (p.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        return Double.parseDouble(p.substring(2).trim()) == 0.0;
                    } catch (NumberFormatException e) {
                        return true; // a q-value we cannot read: do not use the coding
                    }
                }
            }
            return false;
        }
        return false;
    }
}
