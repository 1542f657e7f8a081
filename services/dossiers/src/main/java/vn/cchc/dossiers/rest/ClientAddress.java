package vn.cchc.dossiers.rest;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address of the client behind a request: the first hop of {@code X-Forwarded-For} only when the connection
 * comes from a trusted proxy (the gateway replaces that header with the address it saw), else the socket address. A
 * forwarded value that is not an IP address is ignored (the proxy's own address is used).
 */
public final class ClientAddress {

    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientAddress() {}

    public static String resolve(String socketAddress, String forwardedFor, Set<String> trustedProxies) {
        String socket = socketAddress == null || socketAddress.isBlank() ? "unknown" : socketAddress.trim();
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(socket)) {
            return socket;
        }
        int comma = forwardedFor.indexOf(',');
        String first = (comma < 0 ? forwardedFor : forwardedFor.substring(0, comma)).trim();
        return IP.matcher(first).matches() ? first : socket;
    }
}
