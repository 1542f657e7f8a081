package vn.cchc.gateway.proxy;

import io.netty.util.NetUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reverse proxies whose {@code X-Forwarded-For} the gateway believes ({@code cchc.gateway.trusted-proxies}): CIDR
 * ranges or single addresses, IPv4 or IPv6. Addresses are parsed as literals only (Netty's {@link NetUtil}), never
 * looked up in DNS; an IPv4-mapped IPv6 address ({@code ::ffff:10.1.2.3}) counts as its IPv4 address.
 */
public final class TrustedProxies {

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    /**
     * Parses the configured list; an entry that is not an address or a CIDR range stops the gateway at startup.
     *
     * @throws IllegalArgumentException naming the bad entry
     */
    public static TrustedProxies parse(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw == null ? "" : raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            String host = slash < 0 ? entry : entry.substring(0, slash);
            byte[] network = address(host);
            if (network == null) {
                throw new IllegalArgumentException(
                        "cchc.gateway.trusted-proxies: '" + entry + "' is not an IP address or CIDR range");
            }
            int max = network.length * 8;
            int prefix = max;
            if (slash >= 0) {
                String bits = entry.substring(slash + 1);
                try {
                    prefix = Integer.parseInt(bits);
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > max || !bits.chars().allMatch(Character::isDigit)) {
                    throw new IllegalArgumentException(
                            "cchc.gateway.trusted-proxies: bad prefix length in '" + entry + "'");
                }
            }
            ranges.add(new Range(network, prefix));
        }
        return ranges.isEmpty() ? NONE : new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean contains(byte[] address) {
        if (address == null) {
            return false;
        }
        for (Range range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A literal IPv4 or IPv6 address (IPv6 possibly in brackets), IPv4-mapped IPv6 reduced to IPv4; null when it is
     * not one. Never a DNS lookup.
     */
    static byte[] address(String text) {
        if (text == null || text.isEmpty() || text.length() > 64) {
            return null;
        }
        String s = text;
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.indexOf('%') >= 0) {
            return null; // a zone id is no client address
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(s);
        if (bytes == null) {
            return null;
        }
        if (bytes.length == 16 && isIpv4Mapped(bytes)) {
            byte[] v4 = new byte[4];
            System.arraycopy(bytes, 12, v4, 0, 4);
            return v4;
        }
        return bytes;
    }

    /** The canonical text of an address (dotted quad; compressed lower-case IPv6). */
    static String text(byte[] address) {
        return NetUtil.bytesToIpAddress(address).toLowerCase(Locale.ROOT);
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
    }
}
