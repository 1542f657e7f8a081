package vn.cchc.shared.security;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Tried before quarkus-oidc's bearer mechanism: a request whose {@code Authorization} header is exactly one that
 * verified before, with a token that has not expired, gets the identity that verification built ({@link KnownTokens})
 * without parsing and checking the token again (issue 16: that check was about 10 % of the dossiers service's CPU per
 * intake). Any other request (no header, another header, an unknown or expired token) is left to quarkus-oidc, which
 * verifies it in full; {@link RememberVerifiedTokens} remembers it if it verifies. Never answers a challenge itself.
 */
@ApplicationScoped
public class KnownTokenAuthentication implements HttpAuthenticationMechanism {

    private final KnownTokens tokens;

    public KnownTokenAuthentication(KnownTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(tokens.lookup(authorization, context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem(); // quarkus-oidc's challenge
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    /** Before quarkus-oidc ({@link OidcAuthenticationMechanism}, the default priority unless configured). */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
