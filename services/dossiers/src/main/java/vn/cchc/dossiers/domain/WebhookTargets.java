package vn.cchc.dossiers.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may be sent (SSRF guard, docs/adr/0014-webhooks.md): an absolute {@code https} URL without user
 * info or fragment, at most {@value #MAX_URL_LENGTH} characters, whose host resolves only to public addresses. Refused
 * always: the unspecified address (0.0.0.0, ::), multicast, broadcast, link-local (169.254/16 with the cloud metadata
 * address, fe80::/10). Refused unless private targets are allowed (the local stack and tests): {@code http}, loopback
 * (127/8, ::1), RFC 1918 (10/8, 172.16/12, 192.168/16), carrier-grade NAT (100.64/10), unique-local IPv6 (fc00::/7),
 * site-local. An IPv4-mapped or IPv4-compatible IPv6 address is judged as its IPv4 address; hosts the JDK reads as
 * numbers (decimal {@code 2130706433}, hex {@code 0x7f000001}, short {@code 127.1}) are judged by what they resolve to.
 */
public final class WebhookTargets {

    public static final int MAX_URL_LENGTH = 2000;

    /** Resolves a host name to all its addresses (the JDK's resolver in the service; a stub in unit tests). */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** Why a URL is refused: the rule (a problem's violation rule) and a message. */
    public record Refusal(String rule, vn.cchc.shared.problem.Text message) {}

    public static final Resolver JDK = host -> List.of(InetAddress.getAllByName(host));

    private WebhookTargets() {}

    /** The refusal of {@code url}, or empty when it may be called. */
    public static Optional<Refusal> check(String url, boolean allowPrivate, Resolver resolver) {
        if (url == null || url.isBlank()) {
            return refuse("required", Messages.WEBHOOK_URL_ABSOLUTE_HTTPS.with());
        }
        if (url.length() > MAX_URL_LENGTH) {
            return refuse("size", Messages.WEBHOOK_URL_LENGTH.with(MAX_URL_LENGTH));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return refuse("url", Messages.WEBHOOK_URL_ABSOLUTE_HTTPS.with());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute()
                || uri.isOpaque()
                || uri.getHost() == null
                || uri.getHost().isBlank()) {
            return refuse("url", Messages.WEBHOOK_URL_WITH_HOST.with());
        }
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            return refuse("https", Messages.WEBHOOK_URL_HTTPS.with());
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return refuse("url", Messages.WEBHOOK_URL_NO_USER_INFO.with());
        }
        return checkHost(uri.getHost(), allowPrivate, resolver);
    }

    /** The refusal of {@code host} (every address it resolves to must be allowed), or empty. */
    public static Optional<Refusal> checkHost(String host, boolean allowPrivate, Resolver resolver) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(h);
        } catch (UnknownHostException | SecurityException e) {
            return refuse("resolvable", Messages.WEBHOOK_HOST_UNRESOLVED.with());
        }
        if (addresses == null || addresses.isEmpty()) {
            return refuse("resolvable", Messages.WEBHOOK_HOST_UNRESOLVED.with());
        }
        for (InetAddress a : addresses) {
            Optional<Refusal> r = checkAddress(a, allowPrivate);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** The refusal of one address, or empty. */
    public static Optional<Refusal> checkAddress(InetAddress address, boolean allowPrivate) {
        InetAddress a = embeddedIpv4(address).orElse(address);
        if (a.isAnyLocalAddress() || a.isMulticastAddress() || a.isLinkLocalAddress() || isBroadcast(a)) {
            return refuse("publicAddress", Messages.WEBHOOK_HOST_RESERVED.with());
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || isCarrierNat(a) || isUniqueLocal(a) || isThisNet(a)) {
            return refuse("publicAddress", Messages.WEBHOOK_HOST_PRIVATE.with());
        }
        return Optional.empty();
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible (::a.b.c.d) IPv6 address. */
    static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return Optional.empty();
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible =
                b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] & 0xfe) == 0);
        if (!mapped && !compatible) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isBroadcast(InetAddress a) {
        byte[] b = a.getAddress();
        return a instanceof Inet4Address && (b[0] & b[1] & b[2] & b[3] & 0xff) == 0xff;
    }

    private static boolean isThisNet(InetAddress a) {
        return a instanceof Inet4Address && a.getAddress()[0] == 0;
    }

    private static boolean isCarrierNat(InetAddress a) {
        byte[] b = a.getAddress();
        return a instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    }

    private static boolean isUniqueLocal(InetAddress a) {
        return a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
    }

    private static Optional<Refusal> refuse(String rule, vn.cchc.shared.problem.Text message) {
        return Optional.of(new Refusal(rule, message));
    }
}
