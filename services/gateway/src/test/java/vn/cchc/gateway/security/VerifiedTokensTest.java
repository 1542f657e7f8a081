package vn.cchc.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Caller.Authenticated ALICE = new Caller.Authenticated("cchc-web", "alice");
    private static final String HEADER = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl";
    /** 2026-12-06T09:00:00Z */
    private static final long NOW = 1_796_547_600_000L;

    private final AtomicLong clock = new AtomicLong(NOW);

    private VerifiedTokens tokens(long maxSize, Duration maxTtl) {
        return new VerifiedTokens(true, maxSize, maxTtl, clock::get);
    }

    @Test
    void aVerifiedHeaderIsKnownUntilItsTokenExpiresAndNotOneMillisecondLonger() {
        VerifiedTokens tokens = tokens(100, Duration.ofHours(1));
        long exp = NOW / 1000 + 300;
        tokens.remember(HEADER, ALICE, exp);
        assertEquals(ALICE, tokens.lookup(HEADER));
        clock.set(exp * 1000 - 1);
        assertEquals(ALICE, tokens.lookup(HEADER), "still before exp");
        clock.set(exp * 1000);
        assertNull(tokens.lookup(HEADER), "quarkus-oidc refuses a token from its exp second on: so does the cache");
        clock.set(NOW);
        assertNull(tokens.lookup(HEADER), "an expired entry is dropped, not kept for a clock that goes back");
    }

    @Test
    void neverBeyondMaxTtlEvenIfTheTokenLivesLonger() {
        VerifiedTokens tokens = tokens(100, Duration.ofMinutes(5));
        tokens.remember(HEADER, ALICE, NOW / 1000 + 3600);
        clock.set(NOW + Duration.ofMinutes(5).toMillis() - 1);
        assertEquals(ALICE, tokens.lookup(HEADER));
        clock.set(NOW + Duration.ofMinutes(5).toMillis());
        assertNull(tokens.lookup(HEADER));
    }

    @Test
    void anAlreadyExpiredOrExpLessTokenIsNeverRemembered() {
        VerifiedTokens tokens = tokens(100, Duration.ofHours(1));
        tokens.remember(HEADER, ALICE, NOW / 1000);
        tokens.remember(HEADER + "a", ALICE, NOW / 1000 - 10);
        tokens.remember(HEADER + "b", ALICE, 0);
        tokens.remember(HEADER + "c", ALICE, -1);
        assertNull(tokens.lookup(HEADER));
        assertNull(tokens.lookup(HEADER + "a"));
        assertNull(tokens.lookup(HEADER + "b"));
        assertNull(tokens.lookup(HEADER + "c"));
        assertEquals(0, tokens.size());
    }

    @Test
    void anyOtherHeaderIsUnknownATamperedSignatureOrClaimOrScheme() {
        VerifiedTokens tokens = tokens(100, Duration.ofHours(1));
        tokens.remember(HEADER, ALICE, NOW / 1000 + 300);
        assertNull(tokens.lookup(HEADER.substring(0, HEADER.length() - 1) + "f"), "signature changed");
        assertNull(tokens.lookup(HEADER.replace("eyJzdWIiOiJhbGljZSJ9", "eyJzdWIiOiJib2IifQ")), "claims changed");
        assertNull(tokens.lookup(HEADER.replace("Bearer ", "bearer ")), "exactly the header that verified");
        assertNull(tokens.lookup(HEADER + " "));
        assertNull(tokens.lookup(null));
        assertEquals(ALICE, tokens.lookup(HEADER));
    }

    @Test
    void keepsOnlyAHashOfTheHeader() {
        String key = VerifiedTokens.key(HEADER);
        assertEquals(43, key.length(), "SHA-256, base64 without padding");
        assertTrue(!key.contains("eyJ"));
        assertEquals(key, VerifiedTokens.key(HEADER));
    }

    @Test
    void isBoundedInSize() {
        VerifiedTokens tokens = tokens(50, Duration.ofHours(1));
        for (int i = 0; i < 1_000; i++) {
            tokens.remember(HEADER + i, new Caller.Authenticated("cchc-web", "u" + i), NOW / 1000 + 300);
        }
        assertTrue(tokens.size() <= 50, "size " + tokens.size());
    }

    @Test
    void disabledRemembersNothing() {
        VerifiedTokens off = new VerifiedTokens(false, 100, Duration.ofHours(1), clock::get);
        off.remember(HEADER, ALICE, NOW / 1000 + 300);
        assertNull(off.lookup(HEADER));
        VerifiedTokens zeroTtl = new VerifiedTokens(true, 100, Duration.ZERO, clock::get);
        zeroTtl.remember(HEADER, ALICE, NOW / 1000 + 300);
        assertNull(zeroTtl.lookup(HEADER));
        assertThrows(
                IllegalArgumentException.class, () -> new VerifiedTokens(true, -1, Duration.ofMinutes(1), clock::get));
    }
}
