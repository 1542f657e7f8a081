package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTest {

    /** Names resolve through this table only (no DNS in unit tests); literals as the JDK parses them. */
    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.example.vn", List.of("203.0.113.10"),
            "rebind.example.vn", List.of("203.0.113.11", "10.0.0.5"),
            "metadata.example.vn", List.of("169.254.169.254"),
            "v6.example.vn", List.of("2001:db8::1"));

    private static final WebhookTargets.Resolver RESOLVER = host -> {
        List<String> known = DNS.get(host);
        if (known != null) {
            List<InetAddress> out = new java.util.ArrayList<>();
            for (String a : known) {
                out.add(InetAddress.getByName(a));
            }
            return out;
        }
        if (host.matches("[0-9a-fA-FxX:.]+")) {
            return List.of(InetAddress.getAllByName(host)); // a literal: parsed, never looked up
        }
        throw new UnknownHostException(host);
    };

    private static Optional<String> rule(String url, boolean allowPrivate) {
        return WebhookTargets.check(url, allowPrivate, RESOLVER).map(WebhookTargets.Refusal::rule);
    }

    @Test
    void aPublicHttpsUrlIsAccepted() {
        assertEquals(Optional.empty(), rule("https://hooks.example.vn/cchc?x=1", false));
        assertEquals(Optional.empty(), rule("https://v6.example.vn:8443/h", false));
        assertEquals(Optional.empty(), rule("https://203.0.113.7/h", false));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://127.0.0.1/h",
                "https://[::1]/h",
                "https://10.1.2.3/h",
                "https://172.16.0.1/h",
                "https://172.31.255.255/h",
                "https://192.168.1.1/h",
                "https://100.64.0.1/h",
                "https://[fc00::1]/h",
                "https://[fd12:3456::1]/h",
                "https://[::ffff:127.0.0.1]/h",
                "https://[::ffff:10.0.0.1]/h",
                "https://[::127.0.0.1]/h",
                "https://rebind.example.vn/h"
            })
    void loopbackAndPrivateAddressesAreRefusedUnlessAllowed(String url) {
        assertEquals(Optional.of("publicAddress"), rule(url, false), url);
        assertEquals(Optional.empty(), rule(url, true), url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://169.254.169.254/latest/meta-data",
                "https://metadata.example.vn/",
                "https://[fe80::1]/h",
                "https://0.0.0.0/h",
                "https://[::]/h",
                "https://224.0.0.1/h",
                "https://[ff02::1]/h",
                "https://255.255.255.255/h",
                "https://[::ffff:169.254.169.254]/h"
            })
    void linkLocalMetadataUnspecifiedAndMulticastAreAlwaysRefused(String url) {
        assertEquals(Optional.of("publicAddress"), rule(url, false), url);
        assertEquals(Optional.of("publicAddress"), rule(url, true), url);
    }

    @Test
    void numericHostFormsAreRefused() throws Exception {
        // short, decimal, hex and octal forms of 127.0.0.1: either java.net.URI takes no host from them (refused as
        // not a URL) or the JDK reads the number as the address it means (refused as loopback); never accepted.
        // (the JDK reads 0177.0.0.1 as 177.0.0.1, not octal: the address judged is the one the client connects to)
        for (String host : List.of("127.1", "2130706433", "0x7f000001", "017700000001")) {
            Optional<String> r = rule("https://" + host + "/h", false);
            assertTrue(r.isPresent(), host);
        }
        assertEquals(
                Optional.of("publicAddress"),
                WebhookTargets.checkAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), false)
                        .map(WebhookTargets.Refusal::rule));
    }

    @Test
    void schemeLengthAndShapeAreChecked() {
        assertEquals(Optional.of("https"), rule("http://hooks.example.vn/h", false));
        assertEquals(Optional.empty(), rule("http://hooks.example.vn/h", true));
        assertEquals(Optional.of("https"), rule("ftp://hooks.example.vn/h", true));
        assertEquals(Optional.of("url"), rule("file:///etc/passwd", true));
        assertEquals(Optional.of("url"), rule("https://user:pw@hooks.example.vn/h", false));
        assertEquals(Optional.of("url"), rule("https://hooks.example.vn/h#frag", false));
        assertEquals(Optional.of("url"), rule("/relative", false));
        assertEquals(Optional.of("url"), rule("https://exa mple.vn/", false));
        assertEquals(Optional.of("required"), rule("", false));
        assertEquals(Optional.of("required"), rule(null, false));
        assertEquals(Optional.of("size"), rule("https://hooks.example.vn/" + "a".repeat(2000), false));
        assertEquals(Optional.of("resolvable"), rule("https://unknown.example.vn/h", false));
    }
}
