package vn.cchc.dossiers.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    static final Set<String> TRUSTED = Set.of("127.0.0.1", "10.0.0.2");

    @Test
    void aTrustedProxysForwardedForNamesTheClient() {
        assertEquals("203.0.113.9", ClientAddress.resolve("10.0.0.2", "203.0.113.9", TRUSTED));
        assertEquals(
                "203.0.113.9", ClientAddress.resolve("127.0.0.1", " 203.0.113.9 , 10.9.9.9", TRUSTED), "first hop");
        assertEquals("2001:db8::1", ClientAddress.resolve("127.0.0.1", "2001:db8::1", TRUSTED));
    }

    @Test
    void anyoneElsesHeaderIsIgnored() {
        assertEquals("198.51.100.4", ClientAddress.resolve("198.51.100.4", "203.0.113.9", TRUSTED));
        assertEquals("198.51.100.4", ClientAddress.resolve("198.51.100.4", null, TRUSTED));
    }

    @Test
    void junkInTheHeaderFallsBackToTheSocket() {
        assertEquals("127.0.0.1", ClientAddress.resolve("127.0.0.1", "evil\"; x=1", TRUSTED));
        assertEquals("127.0.0.1", ClientAddress.resolve("127.0.0.1", "", TRUSTED));
        assertEquals("unknown", ClientAddress.resolve(null, "203.0.113.9", TRUSTED));
    }

    @Test
    void aTrustedRangeCoversTheGatewayPodsOfACluster() {
        Set<String> cluster = Set.of("127.0.0.1", "10.244.0.0/16", "fd00:10::/64");
        assertEquals("203.0.113.9", ClientAddress.resolve("10.244.7.31", "203.0.113.9", cluster));
        assertEquals("203.0.113.9", ClientAddress.resolve("fd00:10::abcd", "203.0.113.9", cluster));
        assertEquals("10.245.0.1", ClientAddress.resolve("10.245.0.1", "203.0.113.9", cluster), "outside the range");
        assertEquals("fd00:11::1", ClientAddress.resolve("fd00:11::1", "203.0.113.9", cluster), "outside the range");
        assertEquals(
                "10.244.7.31",
                ClientAddress.resolve("10.244.7.31", "203.0.113.9", Set.of("10.244.0.0/x", "cafe/8", "10.244.0.0/33")),
                "malformed ranges trust nobody");
    }
}
