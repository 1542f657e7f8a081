package vn.cchc.gateway.proxy;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.jboss.logging.Logger;
import vn.cchc.gateway.config.GatewayConfig;

/**
 * The client's address: the key of the anonymous rate-limit bucket and the {@code X-Forwarded-For} sent to the
 * services.
 *
 * <p>With {@code cchc.gateway.trusted-proxies} set: when the socket peer is a trusted proxy, the client is the
 * right-most {@code X-Forwarded-For} address that is not itself a trusted proxy (each proxy appends the address it
 * got the request from, so everything left of that address was written by the client and may be invented); a
 * malformed entry met on the way, or a chain of trusted proxies only, gives the nearest trusted hop, and at most
 * {@value #MAX_HOPS} entries are looked at. When the peer is not trusted, its own address, whatever its
 * {@code X-Forwarded-For} says. Without trusted proxies: the request's remote address (the socket peer, or what
 * Quarkus' own {@code quarkus.http.proxy.*} made of it).
 */
@Singleton
public class ClientAddress {

    private static final Logger LOG = Logger.getLogger(ClientAddress.class);
    static final int MAX_HOPS = 16;
    static final String HEADER = "X-Forwarded-For";

    private final TrustedProxies trusted;

    @Inject
    public ClientAddress(GatewayConfig config) {
        this(TrustedProxies.parse(config.trustedProxies().orElse(List.of())));
        if (!trusted.isEmpty()) {
            LOG.infof(
                    "Client addresses from X-Forwarded-For of the trusted proxies %s",
                    config.trustedProxies().orElse(List.of()));
        }
    }

    ClientAddress(TrustedProxies trusted) {
        this.trusted = trusted;
    }

    /** The client's address for this request, or null when the socket has none. */
    public String of(HttpServerRequest request) {
        if (trusted.isEmpty()) {
            return hostAddress(request.remoteAddress());
        }
        HttpConnection connection = request.connection();
        // the socket peer itself (quarkus.http.proxy.* may have replaced request.remoteAddress())
        SocketAddress peer = connection != null ? connection.remoteAddress() : request.remoteAddress();
        return resolve(hostAddress(peer), request.headers().getAll(HEADER));
    }

    /**
     * The rule above, on the peer's address and the {@code X-Forwarded-For} header lines in the order received.
     * Never throws.
     */
    String resolve(String peer, List<String> forwardedFor) {
        byte[] peerBytes = TrustedProxies.address(peer);
        if (peerBytes == null || !trusted.contains(peerBytes)) {
            return peer;
        }
        String nearest = TrustedProxies.text(peerBytes);
        int hops = 0;
        for (int line = forwardedFor.size() - 1; line >= 0; line--) {
            String value = forwardedFor.get(line);
            if (value == null) {
                return nearest;
            }
            int end = value.length();
            while (end >= 0) {
                int comma = value.lastIndexOf(',', end - 1);
                String entry = value.substring(comma + 1, end).trim();
                if (++hops > MAX_HOPS) {
                    return nearest;
                }
                byte[] address = entryAddress(entry);
                if (address == null) {
                    return nearest; // malformed: the nearest trusted hop stands for the client
                }
                String text = TrustedProxies.text(address);
                if (!trusted.contains(address)) {
                    return text;
                }
                nearest = text;
                if (comma < 0) {
                    break;
                }
                end = comma;
            }
        }
        return nearest;
    }

    /** One X-Forwarded-For entry: an address, possibly with a port ({@code 1.2.3.4:5678}, {@code [2001:db8::1]:443}). */
    static byte[] entryAddress(String entry) {
        if (entry.isEmpty() || entry.length() > 64) {
            return null;
        }
        String host = entry;
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0 || !isPortSuffix(entry.substring(close + 1))) {
                return null;
            }
            host = entry.substring(1, close);
        } else if (entry.indexOf(':') >= 0 && entry.indexOf(':') == entry.lastIndexOf(':')) {
            int colon = entry.indexOf(':');
            if (!isPortSuffix(entry.substring(colon))) {
                return null;
            }
            host = entry.substring(0, colon);
        }
        return TrustedProxies.address(host);
    }

    private static boolean isPortSuffix(String s) {
        if (s.isEmpty()) {
            return true;
        }
        if (s.charAt(0) != ':' || s.length() < 2 || s.length() > 6) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String hostAddress(SocketAddress address) {
        if (address == null) {
            return null;
        }
        return address.hostAddress() != null ? address.hostAddress() : address.host();
    }
}
