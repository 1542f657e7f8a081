package vn.cchc.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RateLimitKeyTest {

    @Test
    void authenticatedCallersAreKeyedByAzpAndSub() {
        RateLimitKey key = RateLimitKey.select(true, "cchc-web", "f3b1-user", "10.1.2.3");
        assertEquals(RateLimitKey.Tier.CLIENT, key.tier());
        assertEquals("client:cchc-web/f3b1-user", key.value());
        // same user, another client: another bucket; same client, another user: another bucket
        assertNotEquals(key, RateLimitKey.select(true, "cchc-integration", "f3b1-user", "10.1.2.3"));
        assertNotEquals(key, RateLimitKey.select(true, "cchc-web", "other-user", "10.1.2.3"));
        // the IP does not matter once authenticated
        assertEquals(key, RateLimitKey.select(true, "cchc-web", "f3b1-user", "192.0.2.9"));
    }

    @Test
    void callersWithoutAValidTokenAreKeyedByIp() {
        RateLimitKey key = RateLimitKey.select(false, null, null, "10.1.2.3");
        assertEquals(RateLimitKey.Tier.ANONYMOUS, key.tier());
        assertEquals("ip:10.1.2.3", key.value());
        // claims are ignored when the token did not verify
        assertEquals(key, RateLimitKey.select(false, "cchc-web", "someone", "10.1.2.3"));
        assertEquals("ip:unknown", RateLimitKey.select(false, null, null, null).value());
    }

    @Test
    void aTokenWithoutSubjectStillGetsAClientBucket() {
        assertEquals(
                new RateLimitKey(RateLimitKey.Tier.CLIENT, "client:cchc-integration/"),
                RateLimitKey.select(true, "cchc-integration", null, "10.1.2.3"));
        assertEquals(
                RateLimitKey.Tier.ANONYMOUS,
                RateLimitKey.select(true, null, " ", "10.1.2.3").tier());
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertEquals(1, RateLimitDecision.secondsToWait(0));
        assertEquals(1, RateLimitDecision.secondsToWait(1));
        assertEquals(1, RateLimitDecision.secondsToWait(1_000_000_000L));
        assertEquals(2, RateLimitDecision.secondsToWait(1_000_000_001L));
        assertEquals(60, RateLimitDecision.secondsToWait(59_500_000_000L));
    }
}
