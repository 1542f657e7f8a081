package vn.cchc.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.time.Duration;
import vn.cchc.gateway.config.GatewayConfig;

/**
 * Token buckets (Bucket4j, in memory) per {@link RateLimitKey}. The bucket map is a bounded Caffeine cache:
 * at most {@code max-clients} entries, each dropped after {@code idle-expiry} without use; by then a
 * dropped bucket would have refilled anyway, so dropping it loses nothing. Limits apply per gateway instance.
 */
@Singleton
public class RateLimiter {

    private final boolean enabled;
    private final GatewayConfig.BucketConfig clientLimit;
    private final GatewayConfig.BucketConfig anonymousLimit;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(GatewayConfig config) {
        GatewayConfig.RateLimitConfig rl = config.rateLimit();
        this.enabled = rl.enabled();
        this.clientLimit = validate("authenticated", rl.authenticated());
        this.anonymousLimit = validate("anonymous", rl.anonymous());
        Duration longestPeriod = clientLimit.period().compareTo(anonymousLimit.period()) >= 0
                ? clientLimit.period()
                : anonymousLimit.period();
        Duration expiry = rl.idleExpiry().compareTo(longestPeriod) >= 0 ? rl.idleExpiry() : longestPeriod;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(rl.maxClients())
                .expireAfterAccess(expiry)
                .build();
    }

    /** Takes one token from the key's bucket. */
    public RateLimitDecision tryConsume(RateLimitKey key) {
        if (!enabled) {
            return RateLimitDecision.UNLIMITED;
        }
        Bucket bucket = buckets.get(key.value(), k -> newBucket(key.tier()));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new RateLimitDecision(true, probe.getRemainingTokens(), 0);
        }
        return new RateLimitDecision(false, 0, RateLimitDecision.secondsToWait(probe.getNanosToWaitForRefill()));
    }

    /** Number of buckets currently held (for tests and diagnostics). */
    public long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket(RateLimitKey.Tier tier) {
        GatewayConfig.BucketConfig limit = tier == RateLimitKey.Tier.CLIENT ? clientLimit : anonymousLimit;
        return Bucket.builder()
                .addLimit(b -> b.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build();
    }

    private static GatewayConfig.BucketConfig validate(String name, GatewayConfig.BucketConfig limit) {
        if (limit.capacity() < 1
                || limit.period().isNegative()
                || limit.period().isZero()) {
            throw new IllegalArgumentException(
                    "cchc.gateway.rate-limit." + name + ": capacity must be ≥ 1 and period positive");
        }
        return limit;
    }
}
