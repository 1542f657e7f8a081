package vn.cchc.dossiers.rest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address of the client behind a request: the first hop of {@code X-Forwarded-For} only when the connection
 * comes from a trusted proxy (the gateway replaces that header with the address it saw), else the socket address. A
 * forwarded value that is not an IP address is ignored (the proxy's own address is used). A trusted proxy is an
 * address or a CIDR range ({@code 10.244.0.0/16}: the pod network of a cluster, where the gateway's address changes).
 */
public final class ClientAddress {

    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private ClientAddress() {}

    public static String resolve(String socketAddress, String forwardedFor, Set<String> trustedProxies) {
        String socket = socketAddress == null || socketAddress.isBlank() ? "unknown" : socketAddress.trim();
        if (forwardedFor == null || forwardedFor.isBlank() || !trusted(socket, trustedProxies)) {
            return socket;
        }
        int comma = forwardedFor.indexOf(',');
        String first = (comma < 0 ? forwardedFor : forwardedFor.substring(0, comma)).trim();
        return IP.matcher(first).matches() ? first : socket;
    }

    static boolean trusted(String socket, Set<String> trustedProxies) {
        if (trustedProxies.contains(socket)) {
            return true;
        }
        for (String entry : trustedProxies) {
            int slash = entry.indexOf('/');
            if (slash > 0 && inRange(socket, entry.substring(0, slash), entry.substring(slash + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRange(String address, String network, String prefix) {
        byte[] addr = literal(address);
        byte[] net = literal(network);
        int bits;
        try {
            bits = Integer.parseInt(prefix);
        } catch (NumberFormatException e) {
            return false;
        }
        if (addr == null || net == null || addr.length != net.length || bits < 0 || bits > net.length * 8) {
            return false;
        }
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >>> (i % 8);
            if ((addr[i / 8] & mask) != (net[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of an IP literal, or null; never a name lookup (only IPv4 dotted quads and IPv6 forms are parsed). */
    private static byte[] literal(String ip) {
        if (!IPV4.matcher(ip).matches()
                && !(ip.indexOf(':') >= 0 && IP.matcher(ip).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(ip).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
