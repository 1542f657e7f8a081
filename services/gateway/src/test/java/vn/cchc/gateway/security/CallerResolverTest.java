package vn.cchc.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.net.ConnectException;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallerResolverTest {

    @Test
    void noCredentialsIsAnonymousButUnacceptedCredentialsAreRejected() {
        QuarkusSecurityIdentity anonymous = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("anonymous"))
                .setAnonymous(true)
                .build();
        assertInstanceOf(Caller.Anonymous.class, CallerResolver.toCaller(anonymous, false));
        assertInstanceOf(Caller.Rejected.class, CallerResolver.toCaller(anonymous, true));
        assertInstanceOf(Caller.Anonymous.class, CallerResolver.toCaller(null, false));
    }

    @Test
    void aVerifiedTokenGivesAzpAndSubject() {
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt(Map.of("sub", "f3b1", "azp", "cchc-web")))
                .build();
        assertEquals(new Caller.Authenticated("cchc-web", "f3b1"), CallerResolver.toCaller(identity, true));
        QuarkusSecurityIdentity noAzp = QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt(Map.of("sub", "f3b1")))
                .build();
        assertEquals(new Caller.Authenticated(null, "f3b1"), CallerResolver.toCaller(noAzp, true));
    }

    @Test
    void classifiesFailures() {
        assertInstanceOf(
                Caller.Rejected.class, CallerResolver.fromFailure(new AuthenticationFailedException("bad signature")));
        assertInstanceOf(Caller.Rejected.class, CallerResolver.fromFailure(new IllegalStateException("odd")));
        assertInstanceOf(
                Caller.Unverifiable.class,
                CallerResolver.fromFailure(new OIDCException("OIDC Server is not available")));
        assertInstanceOf(
                Caller.Unverifiable.class,
                CallerResolver.fromFailure(
                        new AuthenticationFailedException(new ConnectException("Connection refused"))));
    }

    private static JsonWebToken jwt(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) claims.get("sub");
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
