package vn.cchc.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.tokencache.VerifiedTokenCache;

/**
 * The bearer tokens this service has verified, with the security identity quarkus-oidc built for each (after every
 * augmentor), until the token expires ({@link VerifiedTokenCache}: at most {@code cchc.token-cache.max-ttl}, at most
 * {@code cchc.token-cache.max-size} tokens). {@link RememberVerifiedTokens} fills it, {@link KnownTokenAuthentication}
 * answers from it. The identity is kept without the request it was verified in (its routing context); each request
 * that reuses it gets its own.
 */
@Singleton
public class KnownTokens {

    /** The attribute under which quarkus-oidc keeps the request's routing context in the identity. */
    static final String ROUTING_CONTEXT = RoutingContext.class.getName();

    private final VerifiedTokenCache<SecurityIdentity> cache;
    private final LongAdder hits = new LongAdder();

    public KnownTokens(
            @ConfigProperty(name = "cchc.token-cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "cchc.token-cache.max-size", defaultValue = "1000") long maxSize,
            @ConfigProperty(name = "cchc.token-cache.max-ttl", defaultValue = "5M") Duration maxTtl) {
        this.cache = new VerifiedTokenCache<>(enabled, maxSize, maxTtl, System::currentTimeMillis);
    }

    /** The identity of an {@code Authorization} header that verified before and has not expired, for this request. */
    SecurityIdentity lookup(String authorization, RoutingContext request) {
        SecurityIdentity known = cache.lookup(authorization);
        if (known == null) {
            return null;
        }
        hits.increment();
        return QuarkusSecurityIdentity.builder(known)
                .addAttribute(ROUTING_CONTEXT, request)
                .build();
    }

    /** Remembers the identity of a header whose token has just verified, until {@code expSeconds}. */
    void remember(String authorization, SecurityIdentity identity, long expSeconds) {
        if (!cache.enabled()) {
            return;
        }
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(ROUTING_CONTEXT);
        SecurityIdentity detached = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions())
                .addAttributes(attributes)
                .addPermissionChecker(identity::checkPermission)
                .build();
        cache.remember(authorization, detached, expSeconds);
    }

    /** Requests answered from this cache since the start (tests, diagnostics). */
    public long hits() {
        return hits.sum();
    }

    /** Whether this exact header is remembered now (tests, diagnostics); not counted as a hit. */
    public boolean remembers(String authorization) {
        return cache.lookup(authorization) != null;
    }
}
