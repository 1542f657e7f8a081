package vn.cchc.tokencache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * {@code Authorization} headers whose bearer token verified (signature, issuer, audience, expiry), remembered with
 * what the verification found ({@code V}) until the token expires, so that further requests with the same token are
 * not verified again: that verification (JSON parsing, an RSA signature check, building the identity) was a large part
 * of the gateway's and of each service's CPU per request (issue 16). The one implementation of that rule: the gateway
 * keeps the caller it resolved ({@code vn.cchc.gateway.security.VerifiedTokens}), every service the security identity
 * quarkus-oidc built ({@code vn.cchc.shared.security.KnownTokens}).
 *
 * <ul>
 *   <li>Keyed by the SHA-256 of the whole header value: the token itself is never kept as a key, and any other header
 *       (a single changed character, another scheme) is a different key, verified in full.
 *   <li>An entry is trusted only while the clock is before the token's {@code exp} (quarkus-oidc refuses a token from
 *       its {@code exp} second on, without clock skew) and at most {@code maxTtl} after it was verified; it is checked
 *       on every lookup, and Caffeine drops it from memory at that time too.
 *   <li>Only successes are remembered: a token that did not verify (or could not be, Keycloak unreachable) is verified
 *       again on its next use.
 *   <li>At most {@code maxSize} entries (least recently used go first).
 * </ul>
 *
 * A token stays accepted until it expires even if the identity provider withdrew its signing key meanwhile, as it
 * would with any stateless JWT check; {@code maxTtl} bounds that. Plain Java (no CDI, no framework): the callers make
 * it a bean with their own configuration. Thread-safe.
 */
public final class VerifiedTokenCache<V> {

    private record Entry<V>(V value, long validUntilMillis) {}

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final boolean enabled;
    private final long maxTtlMillis;
    private final LongSupplier clock;
    private final Cache<String, Entry<V>> entries;

    /**
     * @param enabled false: nothing is ever remembered
     * @param maxSize most entries at once; 0 disables the cache
     * @param maxTtl longest an entry is trusted after it was verified; zero disables the cache
     * @param clock epoch milliseconds
     */
    public VerifiedTokenCache(boolean enabled, long maxSize, Duration maxTtl, LongSupplier clock) {
        if (maxSize < 0 || maxTtl.isNegative()) {
            throw new IllegalArgumentException("token cache: max-size and max-ttl must be ≥ 0");
        }
        this.enabled = enabled && maxSize > 0 && !maxTtl.isZero();
        this.maxTtlMillis = maxTtl.toMillis();
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(new Expiry<String, Entry<V>>() {
                    @Override
                    public long expireAfterCreate(String key, Entry<V> entry, long currentTime) {
                        return remainingNanos(entry);
                    }

                    @Override
                    public long expireAfterUpdate(String key, Entry<V> entry, long currentTime, long currentDuration) {
                        return remainingNanos(entry);
                    }

                    @Override
                    public long expireAfterRead(String key, Entry<V> entry, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    /** What was remembered for an {@code Authorization} header that verified before and is still valid now; else null. */
    public V lookup(String authorization) {
        if (!enabled || authorization == null) {
            return null;
        }
        String key = key(authorization);
        Entry<V> entry = entries.getIfPresent(key);
        if (entry == null) {
            return null;
        }
        if (clock.getAsLong() >= entry.validUntilMillis()) {
            entries.invalidate(key);
            return null;
        }
        return entry.value();
    }

    /**
     * Remembers a header whose token has just verified, until {@code expSeconds} (the token's {@code exp}) or
     * {@code maxTtl} from now, whichever comes first. A token without a usable {@code exp} is not remembered.
     */
    public void remember(String authorization, V value, long expSeconds) {
        if (!enabled || authorization == null || value == null || expSeconds <= 0) {
            return;
        }
        long now = clock.getAsLong();
        long until =
                Math.min(expSeconds > Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : expSeconds * 1000, now + maxTtlMillis);
        if (until <= now) {
            return;
        }
        entries.put(key(authorization), new Entry<>(value, until));
    }

    /** Number of remembered tokens (tests, diagnostics). */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    public boolean enabled() {
        return enabled;
    }

    private long remainingNanos(Entry<V> entry) {
        long millis = entry.validUntilMillis() - clock.getAsLong();
        return TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
    }

    static String key(String authorization) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return Base64.getEncoder()
                .withoutPadding()
                .encodeToString(digest.digest(authorization.getBytes(StandardCharsets.UTF_8)));
    }
}
