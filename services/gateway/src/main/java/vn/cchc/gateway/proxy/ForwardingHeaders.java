package vn.cchc.gateway.proxy;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.cchc.gateway.requestid.RequestIds;

/** Header rewriting in both directions (RFC 9110 §7.6.1 hop-by-hop fields, X-Forwarded-*, request and correlation ids). */
public final class ForwardingHeaders {

    /** Hop-by-hop fields (plus the non-standard Proxy-Connection); those named in Connection are dropped too. */
    static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "proxy-connection");

    private ForwardingHeaders() {}

    /**
     * Prepares the headers sent upstream. The Authorization header is kept unchanged (the service checks the
     * token again); forwarding headers from the client are replaced by the gateway's own view.
     */
    public static void prepareRequest(
            MultiMap headers, String clientIp, String proto, String host, String requestId, String correlationId) {
        stripHopByHop(headers);
        headers.remove("forwarded");
        headers.remove("x-forwarded-for");
        headers.remove("x-forwarded-proto");
        headers.remove("x-forwarded-host");
        headers.remove("x-forwarded-port");
        headers.remove("x-forwarded-prefix");
        if (clientIp != null) {
            headers.set("X-Forwarded-For", clientIp);
        }
        if (proto != null) {
            headers.set("X-Forwarded-Proto", proto);
        }
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        headers.set(RequestIds.HEADER, requestId);
        headers.remove(RequestIds.CORRELATION_HEADER);
        if (correlationId != null) {
            headers.set(RequestIds.CORRELATION_HEADER, correlationId);
        }
    }

    /**
     * Prepares the upstream's headers for the client: hop-by-hop fields go, CORS fields go (the gateway
     * alone answers CORS, so a service's own would duplicate them), and the request and correlation ids are the
     * gateway's.
     */
    public static void prepareResponse(MultiMap headers) {
        stripHopByHop(headers);
        List<String> cors = new ArrayList<>();
        for (String name : headers.names()) {
            if (name.toLowerCase(Locale.ROOT).startsWith("access-control-")) {
                cors.add(name);
            }
        }
        cors.forEach(headers::remove);
        headers.remove(RequestIds.HEADER);
        headers.remove(RequestIds.CORRELATION_HEADER);
    }

    static void stripHopByHop(MultiMap headers) {
        List<String> named = new ArrayList<>();
        for (String value : headers.getAll("connection")) {
            for (String token : value.split(",")) {
                String name = token.trim().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    named.add(name);
                }
            }
        }
        HOP_BY_HOP.forEach(headers::remove);
        named.forEach(headers::remove);
    }
}
