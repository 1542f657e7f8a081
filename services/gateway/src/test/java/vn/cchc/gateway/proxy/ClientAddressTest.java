package vn.cchc.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client-address rule behind trusted proxies (right-most untrusted X-Forwarded-For entry). */
class ClientAddressTest {

    private final ClientAddress rule =
            new ClientAddress(TrustedProxies.parse(List.of("10.0.0.0/8", "192.168.1.10", "fd00::/8")));

    private String resolve(String peer, String... forwardedFor) {
        return rule.resolve(peer, List.of(forwardedFor));
    }

    @Test
    void aTrustedPeersRightMostUntrustedEntryIsTheClient() {
        assertEquals("198.51.100.7", resolve("10.1.2.3", "198.51.100.7"));
        assertEquals("198.51.100.7", resolve("10.1.2.3", "198.51.100.7, 10.9.9.9, 192.168.1.10"));
        // whatever the client itself wrote in front is ignored
        assertEquals("198.51.100.7", resolve("10.1.2.3", "6.6.6.6, 1.1.1.1, 198.51.100.7"));
        // several header lines are one list, in order
        assertEquals("198.51.100.7", resolve("10.1.2.3", "6.6.6.6", "198.51.100.7, 10.0.0.9"));
        assertEquals("2001:db8::7", resolve("fd00::1", "2001:DB8:0:0:0:0:0:7"));
        assertEquals("198.51.100.7", resolve("10.1.2.3", "198.51.100.7:61000"));
        assertEquals("2001:db8::7", resolve("10.1.2.3", "[2001:db8::7]:443"));
        assertEquals("2001:db8::7", resolve("10.1.2.3", "[2001:db8::7]"));
        // IPv4-mapped IPv6 is the IPv4 address, for trust and for the key
        assertEquals("198.51.100.7", resolve("::ffff:10.1.2.3", "::ffff:198.51.100.7"));
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItsHeaderSays() {
        assertEquals("203.0.113.5", resolve("203.0.113.5", "198.51.100.7"));
        assertEquals("203.0.113.5", resolve("203.0.113.5", "10.1.2.3"));
        assertEquals("192.168.1.11", resolve("192.168.1.11", "198.51.100.7"));
        assertEquals("203.0.113.5", resolve("203.0.113.5"));
    }

    @Test
    void withoutHeaderOrWithTrustedHopsOnlyTheNearestTrustedHopStands() {
        assertEquals("10.1.2.3", resolve("10.1.2.3"));
        assertEquals("10.0.0.9", resolve("10.1.2.3", "10.0.0.9"));
        // an internal caller behind two trusted hops: the farthest one
        assertEquals("10.0.0.8", resolve("10.1.2.3", "10.0.0.8, 192.168.1.10"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                ",",
                "unknown",
                "999.1.1.1",
                "1.2.3",
                "1.2.3.4:port",
                "1.2.3.4:1234567",
                "[2001:db8::1",
                "[2001:db8::1]x",
                "2001:db8::zz",
                "fe80::1%eth0",
                "localhost",
                "example.org",
                "\"198.51.100.7\"",
                "198.51.100.7 198.51.100.8",
            })
    void aMalformedEntryGivesTheNearestTrustedHopNeverAnException(String value) {
        assertEquals("10.1.2.3", resolve("10.1.2.3", value));
        assertEquals("10.0.0.9", resolve("10.1.2.3", value + ", 10.0.0.9"));
        // an entry the proxy appended after it still names the client
        assertEquals("198.51.100.7", resolve("10.1.2.3", value + ", 198.51.100.7"));
    }

    @Test
    void aVeryLongChainIsCutShort() {
        List<String> hops = new ArrayList<>();
        hops.add("198.51.100.7");
        for (int i = 0; i < 100; i++) {
            hops.add("10.0.0." + (i % 250));
        }
        String nearest = rule.resolve("10.1.2.3", List.of(String.join(", ", hops)));
        assertTrue(nearest.startsWith("10."), nearest);
        assertEquals("198.51.100.7", resolve("10.1.2.3", "198.51.100.7, 10.0.0.1, 10.0.0.2"));
    }

    @Test
    void aPeerWithoutAddressGivesNothing() {
        assertNull(resolve(null, "198.51.100.7"));
        assertEquals("not-an-ip", resolve("not-an-ip", "198.51.100.7"));
    }

    @Test
    void trustedProxiesAreParsedStrictly() {
        TrustedProxies t = TrustedProxies.parse(List.of(" 10.0.0.0/8 ", "172.16.0.0/12", "::1", ""));
        assertTrue(t.contains(TrustedProxies.address("10.255.0.1")));
        assertTrue(t.contains(TrustedProxies.address("172.31.255.255")));
        assertFalse(t.contains(TrustedProxies.address("172.32.0.0")));
        assertFalse(t.contains(TrustedProxies.address("11.0.0.1")));
        assertTrue(t.contains(TrustedProxies.address("::1")));
        assertFalse(t.contains(TrustedProxies.address("::2")));
        assertTrue(TrustedProxies.parse(List.of()).isEmpty());
        assertTrue(TrustedProxies.parse(List.of("0.0.0.0/0")).contains(TrustedProxies.address("8.8.8.8")));
        for (String bad : List.of("10.0.0.0/33", "10.0.0.0/", "10.0.0.0/x", "ingress-nginx", "10.0.0.0/-1", "::/129")) {
            assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse(List.of(bad)), bad);
        }
    }
}
