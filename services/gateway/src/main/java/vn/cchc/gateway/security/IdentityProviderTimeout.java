package vn.cchc.gateway.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcRequestFilter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.gateway.config.GatewayConfig;

/**
 * Bounds every call quarkus-oidc makes to Keycloak (discovery, JWKS on an unknown key id): quarkus-oidc only
 * has a connect timeout, so a Keycloak that accepts the connection and never answers would hold the call, and a
 * pooled connection, forever. The request waiting on it is answered earlier, by {@link CallerResolver}'s own
 * timeout ({@code cchc.gateway.identity-provider.timeout}); this one frees the connection shortly after.
 */
@Unremovable // looked up by quarkus-oidc through Arc.container().listAll(...), never injected
@ApplicationScoped
public class IdentityProviderTimeout implements OidcRequestFilter {

    private final long millis;

    public IdentityProviderTimeout(GatewayConfig config) {
        this.millis = Math.max(1, config.identityProvider().requestTimeout().toMillis());
    }

    @Override
    public Uni<Void> filter(OidcRequestFilterContext context) {
        context.request().timeout(millis).idleTimeout(millis);
        return Uni.createFrom().voidItem();
    }

    long millis() {
        return millis;
    }
}
