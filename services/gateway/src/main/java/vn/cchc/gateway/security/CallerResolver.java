package vn.cchc.gateway.security;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.net.ConnectException;
import java.time.Duration;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import vn.cchc.gateway.config.GatewayConfig;

/**
 * Runs Quarkus' (lazy) HTTP authentication for a request (quarkus-oidc bearer tokens) and turns the
 * outcome into a {@link Caller}. A token that verified is remembered until it expires ({@link VerifiedTokens}):
 * its next requests skip the verification ({@link #known}). Never logs the token.
 */
@Singleton
public class CallerResolver {

    private static final Logger LOG = Logger.getLogger(CallerResolver.class);

    private static final BiConsumer<RoutingContext, Throwable> IGNORE_FAILURE = (ctx, failure) -> {};

    private final IdentityProviderManager identityProviderManager;
    private final Duration timeout;
    private final VerifiedTokens verified;

    public CallerResolver(
            IdentityProviderManager identityProviderManager, GatewayConfig config, VerifiedTokens verified) {
        this.identityProviderManager = identityProviderManager;
        this.timeout = config.identityProvider().timeout();
        this.verified = verified;
    }

    /**
     * The caller at once, without any verification, if the request's {@code Authorization} header verified before
     * and its token has not expired since; else null ({@link #resolve} then verifies it).
     */
    public Caller.Authenticated known(RoutingContext ctx) {
        return verified.lookup(ctx.request().getHeader("Authorization"));
    }

    public Uni<Caller> resolve(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        boolean credentialsPresent = authorization != null;
        // Lazy authentication: a failure is ours to answer (as problem+json), not Quarkus' bare 401.
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, IGNORE_FAILURE);
        Uni<Caller> caller = QuarkusHttpUser.getSecurityIdentity(ctx, identityProviderManager)
                .map(identity -> {
                    Caller resolved = toCaller(identity, credentialsPresent);
                    if (resolved instanceof Caller.Authenticated authenticated
                            && identity.getPrincipal() instanceof JsonWebToken jwt) {
                        verified.remember(authorization, authenticated, jwt.getExpirationTime());
                    }
                    return resolved;
                })
                .onFailure()
                .recoverWithItem(CallerResolver::fromFailure);
        if (!credentialsPresent) {
            return caller; // nothing to check, nothing to wait for
        }
        // Checking a token may need Keycloak (keys not known yet, an unknown key id): never wait longer than this.
        return caller.ifNoItem().after(timeout).recoverWithItem(() -> {
            LOG.warnf(
                    "Cannot verify a bearer token: the identity provider did not answer within %d ms",
                    timeout.toMillis());
            return new Caller.Unverifiable("identity provider did not answer in time");
        });
    }

    static Caller toCaller(SecurityIdentity identity, boolean credentialsPresent) {
        if (identity == null || identity.isAnonymous()) {
            // e.g. "Authorization: Basic ..." or a malformed header that no mechanism accepted
            return credentialsPresent ? new Caller.Rejected("unsupported credentials") : new Caller.Anonymous();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object azp = jwt.getClaim("azp");
            return new Caller.Authenticated(azp == null ? null : azp.toString(), jwt.getSubject());
        }
        return new Caller.Authenticated(null, identity.getPrincipal().getName());
    }

    static Caller fromFailure(Throwable failure) {
        if (isConnectivityProblem(failure) || failure instanceof OIDCException) {
            // OIDCException on its own: the tenant could not be initialised (Keycloak down since startup).
            LOG.warnf("Cannot verify a bearer token, the identity provider is unreachable: %s", rootMessage(failure));
            return new Caller.Unverifiable("identity provider unreachable");
        }
        if (failure instanceof AuthenticationFailedException) {
            LOG.debug("Bearer token rejected");
            return new Caller.Rejected("invalid token");
        }
        // Class name only: messages of token parsers may quote the token's claims.
        LOG.warnf("Authentication failed unexpectedly: %s", failure.getClass().getName());
        return new Caller.Rejected("authentication failed");
    }

    private static boolean isConnectivityProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof java.net.UnknownHostException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
