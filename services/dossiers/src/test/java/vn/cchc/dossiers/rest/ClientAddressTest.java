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
}
