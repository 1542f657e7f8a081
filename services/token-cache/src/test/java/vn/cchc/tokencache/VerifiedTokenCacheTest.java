package vn.cchc.tokencache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

    private static final String HEADER = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl";
    /** 2026-12-06T09:00:00Z */
    private static final long NOW = 1_796_547_600_000L;

    private final AtomicLong clock = new AtomicLong(NOW);

    private VerifiedTokenCache<String> cache(long maxSize, Duration maxTtl) {
        return new VerifiedTokenCache<>(true, maxSize, maxTtl, clock::get);
    }

    @Test
    void knownUntilTheTokenExpiresAndNotOneMillisecondLonger() {
        VerifiedTokenCache<String> cache = cache(100, Duration.ofHours(1));
        long exp = NOW / 1000 + 300;
        cache.remember(HEADER, "alice", exp);
        assertEquals("alice", cache.lookup(HEADER));
        clock.set(exp * 1000 - 1);
        assertEquals("alice", cache.lookup(HEADER), "still before exp");
        clock.set(exp * 1000);
        assertNull(cache.lookup(HEADER), "quarkus-oidc refuses a token from its exp second on: so does the cache");
        clock.set(NOW);
        assertNull(cache.lookup(HEADER), "an expired entry is dropped, not kept for a clock that goes back");
    }

    @Test
    void neverBeyondMaxTtlAndNeverAnExpiredOrExpLessToken() {
        VerifiedTokenCache<String> cache = cache(100, Duration.ofMinutes(5));
        cache.remember(HEADER, "alice", NOW / 1000 + 3600);
        clock.set(NOW + Duration.ofMinutes(5).toMillis() - 1);
        assertEquals("alice", cache.lookup(HEADER));
        clock.set(NOW + Duration.ofMinutes(5).toMillis());
        assertNull(cache.lookup(HEADER));
        cache.remember(HEADER + "a", "alice", clock.get() / 1000);
        cache.remember(HEADER + "b", "alice", 0);
        cache.remember(HEADER + "c", "alice", -1);
        cache.remember(HEADER + "d", "alice", clock.get() / 1000 - 10);
        cache.remember(HEADER + "e", null, clock.get() / 1000 + 300);
        assertNull(cache.lookup(HEADER + "a"));
        assertNull(cache.lookup(HEADER + "b"));
        assertNull(cache.lookup(HEADER + "c"));
        assertNull(cache.lookup(HEADER + "d"));
        assertNull(cache.lookup(HEADER + "e"));
        assertEquals(0, cache.size());
    }

    @Test
    void anyOtherHeaderIsUnknownAndOnlyAHashIsKept() {
        VerifiedTokenCache<String> cache = cache(100, Duration.ofHours(1));
        cache.remember(HEADER, "alice", NOW / 1000 + 300);
        assertNull(cache.lookup(HEADER.substring(0, HEADER.length() - 1) + "f"), "signature changed");
        assertNull(cache.lookup(HEADER.replace("eyJzdWIiOiJhbGljZSJ9", "eyJzdWIiOiJib2IifQ")), "claims changed");
        assertNull(cache.lookup(HEADER.replace("Bearer ", "bearer ")), "exactly the header that verified");
        assertNull(cache.lookup(HEADER + " "), "not even a trailing space");
        assertNull(cache.lookup(null));
        assertEquals("alice", cache.lookup(HEADER));
        String key = VerifiedTokenCache.key(HEADER);
        assertEquals(43, key.length(), "SHA-256, base64 without padding");
        assertFalse(key.contains("eyJ"));
        assertEquals(key, VerifiedTokenCache.key(HEADER), "the same header, the same key");
    }

    @Test
    void boundedInSizeAndOffWhenDisabled() {
        VerifiedTokenCache<String> cache = cache(50, Duration.ofHours(1));
        for (int i = 0; i < 1_000; i++) {
            cache.remember(HEADER + i, "u" + i, NOW / 1000 + 300);
        }
        assertTrue(cache.size() <= 50, "size " + cache.size());
        VerifiedTokenCache<String> off = new VerifiedTokenCache<>(false, 100, Duration.ofHours(1), clock::get);
        off.remember(HEADER, "alice", NOW / 1000 + 300);
        assertNull(off.lookup(HEADER));
        VerifiedTokenCache<String> zeroTtl = new VerifiedTokenCache<>(true, 100, Duration.ZERO, clock::get);
        zeroTtl.remember(HEADER, "alice", NOW / 1000 + 300);
        assertNull(zeroTtl.lookup(HEADER));
        assertThrows(IllegalArgumentException.class, () -> cache(-1, Duration.ofMinutes(1)));
    }
}
