package vn.cchc.gateway.security;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import vn.cchc.gateway.config.GatewayConfig;
import vn.cchc.tokencache.VerifiedTokenCache;

/**
 * The {@code Authorization} headers whose bearer token verified, remembered with the caller they resolved to until the
 * token expires, so that a client's further requests with the same token are not verified again: that verification
 * was most of the gateway's own CPU per request (issue 16). The rule (SHA-256 of the whole header as the key, trusted
 * until the token's {@code exp} and at most {@code cchc.gateway.token-cache.max-ttl}, successes only, at most
 * {@code max-size} entries) is {@link VerifiedTokenCache}'s, the same class the services use (services/token-cache).
 */
@Singleton
public class VerifiedTokens {

    private final VerifiedTokenCache<Caller.Authenticated> cache;

    @Inject
    public VerifiedTokens(GatewayConfig config) {
        this.cache = new VerifiedTokenCache<>(
                config.tokenCache().enabled(),
                config.tokenCache().maxSize(),
                config.tokenCache().maxTtl(),
                System::currentTimeMillis);
    }

    /** The caller of an {@code Authorization} header that verified before and is still valid now; else null. */
    public Caller.Authenticated lookup(String authorization) {
        return cache.lookup(authorization);
    }

    /**
     * Remembers a header whose token has just verified, until {@code expSeconds} (the token's {@code exp}) or
     * {@code max-ttl} from now, whichever comes first. A token without a usable {@code exp} is not remembered.
     */
    public void remember(String authorization, Caller.Authenticated caller, long expSeconds) {
        cache.remember(authorization, caller, expSeconds);
    }
}
