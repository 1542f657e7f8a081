package vn.cchc.shared.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The last augmentor of an identity quarkus-oidc verified from a bearer token: remembers it ({@link KnownTokens})
 * under the request's {@code Authorization} header, when that header is exactly {@code "Bearer "} and the token that
 * verified, until the token's {@code exp}. Changes nothing in the identity.
 */
@ApplicationScoped
public class RememberVerifiedTokens implements SecurityIdentityAugmentor {

    private static final String BEARER = "Bearer ";

    private final KnownTokens tokens;

    public RememberVerifiedTokens(KnownTokens tokens) {
        this.tokens = tokens;
    }

    /** After every other augmentor, so that what is remembered is the identity the request got. */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity, AuthenticationRequestContext context, Map<String, Object> attributes) {
        if (!identity.isAnonymous()
                && identity.getPrincipal() instanceof JsonWebToken jwt
                && identity.getCredential(AccessTokenCredential.class) != null
                && jwt.getRawToken() != null) {
            RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(attributes);
            if (request == null) {
                request = identity.getAttribute(KnownTokens.ROUTING_CONTEXT);
            }
            String authorization = request == null ? null : request.request().getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null && authorization.equals(BEARER + jwt.getRawToken())) {
                tokens.remember(authorization, identity, jwt.getExpirationTime());
            }
        }
        return Uni.createFrom().item(identity);
    }
}
