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
 * dropped bucket would have refilled anyway, so dropping it loses nothing.
 *
 * <p>Several gateway replicas: each enforces its share of every limit, {@code capacity / cchc.gateway.replicas}
 * (rounded up), so that together they enforce the configured limit when the load balancer in front spreads a
 * client's requests evenly (round robin). No shared store: nothing to reach per request, nothing that fails. See
 * docs/adr/0009-scale-out.md.
 */
@Singleton
public class RateLimiter {

    private final boolean enabled;
    private final GatewayConfig.BucketConfig clientLimit;
    private final GatewayConfig.BucketConfig anonymousLimit;
    private final Cache<String, Bucket> buckets;
    private final long clientCapacity;
    private final long anonymousCapacity;

    public RateLimiter(GatewayConfig config) {
        GatewayConfig.RateLimitConfig rl = config.rateLimit();
        this.enabled = rl.enabled();
        this.clientLimit = validate("authenticated", rl.authenticated());
        this.anonymousLimit = validate("anonymous", rl.anonymous());
        if (config.replicas() < 1) {
            throw new IllegalArgumentException("cchc.gateway.replicas must be ≥ 1");
        }
        this.clientCapacity = share(clientLimit.capacity(), config.replicas());
        this.anonymousCapacity = share(anonymousLimit.capacity(), config.replicas());
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

    /** This instance's share of a limit: {@code capacity / replicas}, rounded up. */
    static long share(long capacity, int replicas) {
        return Math.max(1, (capacity + replicas - 1) / replicas);
    }

    /** The capacity this instance enforces for a tier (its share of the configured one). */
    public long capacity(RateLimitKey.Tier tier) {
        return tier == RateLimitKey.Tier.CLIENT ? clientCapacity : anonymousCapacity;
    }

    private Bucket newBucket(RateLimitKey.Tier tier) {
        GatewayConfig.BucketConfig limit = tier == RateLimitKey.Tier.CLIENT ? clientLimit : anonymousLimit;
        long capacity = capacity(tier);
        return Bucket.builder()
                .addLimit(b -> b.capacity(capacity).refillGreedy(capacity, limit.period()))
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
