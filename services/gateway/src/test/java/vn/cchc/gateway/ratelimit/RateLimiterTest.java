package vn.cchc.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.config.GatewayConfig;

class RateLimiterTest {

    @Test
    void refusesOnceTheBucketIsEmptyAndTellsHowLongToWait() {
        RateLimiter limiter = new RateLimiter(config(true, 2, 5, Duration.ofMinutes(1), 1000));
        RateLimitKey ip = RateLimitKey.select(false, null, null, "10.0.0.1");
        assertTrue(limiter.tryConsume(ip).allowed());
        RateLimitDecision second = limiter.tryConsume(ip);
        assertTrue(second.allowed());
        assertEquals(0, second.remaining());
        RateLimitDecision third = limiter.tryConsume(ip);
        assertFalse(third.allowed());
        // 2 per minute: the next token comes in about 30 s
        assertTrue(third.retryAfterSeconds() >= 1 && third.retryAfterSeconds() <= 30, "" + third.retryAfterSeconds());
        // another IP has its own bucket
        assertTrue(limiter.tryConsume(RateLimitKey.select(false, null, null, "10.0.0.2"))
                .allowed());
    }

    @Test
    void authenticatedClientsGetTheirOwnCapacity() {
        RateLimiter limiter = new RateLimiter(config(true, 1, 3, Duration.ofHours(1), 1000));
        RateLimitKey client = RateLimitKey.select(true, "cchc-web", "u", "10.0.0.1");
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryConsume(client).allowed());
        }
        assertFalse(limiter.tryConsume(client).allowed());
        assertTrue(limiter.tryConsume(RateLimitKey.select(false, null, null, "10.0.0.1"))
                .allowed());
    }

    @Test
    void keepsTheBucketMapBounded() {
        RateLimiter limiter = new RateLimiter(config(true, 5, 5, Duration.ofMinutes(1), 100));
        for (int i = 0; i < 5_000; i++) {
            limiter.tryConsume(RateLimitKey.select(false, null, null, "10.0." + (i / 250) + "." + (i % 250)));
        }
        assertTrue(limiter.size() <= 100, "buckets held: " + limiter.size());
    }

    @Test
    void canBeSwitchedOff() {
        RateLimiter limiter = new RateLimiter(config(false, 1, 1, Duration.ofHours(1), 10));
        RateLimitKey ip = RateLimitKey.select(false, null, null, "10.0.0.1");
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.tryConsume(ip).allowed());
        }
    }

    @Test
    void refusesANonsensicalLimit() {
        assertThrows(
                IllegalArgumentException.class, () -> new RateLimiter(config(true, 0, 5, Duration.ofMinutes(1), 10)));
    }

    @Test
    void twoReplicasTogetherEnforceTheConfiguredLimit() {
        // a load balancer spreading one client's requests round robin over two gateway replicas
        RateLimiter first = new RateLimiter(config(true, 1, 6, Duration.ofHours(1), 1000, 2));
        RateLimiter second = new RateLimiter(config(true, 1, 6, Duration.ofHours(1), 1000, 2));
        assertEquals(3, first.capacity(RateLimitKey.Tier.CLIENT));
        RateLimitKey client = RateLimitKey.select(true, "cchc-web", "u", "10.0.0.1");
        int allowed = 0;
        for (int i = 0; i < 20; i++) {
            RateLimiter replica = i % 2 == 0 ? first : second;
            if (replica.tryConsume(client).allowed()) {
                allowed++;
            }
        }
        assertEquals(6, allowed, "the configured limit across both replicas");
        // without the share, each replica alone would have let the whole limit through
        RateLimiter alone = new RateLimiter(config(true, 1, 6, Duration.ofHours(1), 1000, 1));
        assertEquals(6, alone.capacity(RateLimitKey.Tier.CLIENT));
    }

    @Test
    void aShareIsRoundedUpAndNeverZero() {
        assertEquals(150, RateLimiter.share(300, 2));
        assertEquals(2, RateLimiter.share(5, 3));
        assertEquals(1, RateLimiter.share(1, 4));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RateLimiter(config(true, 1, 5, Duration.ofMinutes(1), 10, 0)));
    }

    private static GatewayConfig config(
            boolean enabled, long anonymous, long authenticated, Duration period, long maxClients) {
        return config(enabled, anonymous, authenticated, period, maxClients, 1);
    }

    private static GatewayConfig config(
            boolean enabled, long anonymous, long authenticated, Duration period, long maxClients, int replicas) {
        GatewayConfig.BucketConfig anon = bucket(anonymous, period);
        GatewayConfig.BucketConfig auth = bucket(authenticated, period);
        GatewayConfig.RateLimitConfig rateLimit = new GatewayConfig.RateLimitConfig() {
            public boolean enabled() {
                return enabled;
            }

            public GatewayConfig.BucketConfig authenticated() {
                return auth;
            }

            public GatewayConfig.BucketConfig anonymous() {
                return anon;
            }

            public long maxClients() {
                return maxClients;
            }

            public Duration idleExpiry() {
                return Duration.ofMinutes(10);
            }
        };
        // only rateLimit() and replicas() are read by the limiter; a proxy keeps this stub valid when the mapping grows
        return (GatewayConfig) java.lang.reflect.Proxy.newProxyInstance(
                GatewayConfig.class.getClassLoader(),
                new Class<?>[] {GatewayConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "rateLimit" -> rateLimit;
                    case "replicas" -> replicas;
                    default -> null;
                });
    }

    private static GatewayConfig.BucketConfig bucket(long capacity, Duration period) {
        return new GatewayConfig.BucketConfig() {
            public long capacity() {
                return capacity;
            }

            public Duration period() {
                return period;
            }
        };
    }
}
