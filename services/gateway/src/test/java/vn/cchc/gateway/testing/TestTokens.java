package vn.cchc.gateway.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Signs Keycloak-shaped access tokens with the key pair that {@link GatewayTestResources} made for the
 * running gateway (its public half is the gateway's {@code quarkus.oidc.public-key}), so every test request
 * goes through the real quarkus-oidc verification. The private key travels by system property because the
 * test resource and the test class may live in different class loaders.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/cchc";
    public static final String AUDIENCE = "cchc-api";
    static final String PRIVATE_KEY_PROPERTY = "cchc-test.jwt-private-key";

    private TestTokens() {}

    /** A valid token of the SPA client for {@code subject}. */
    public static String valid(String subject) {
        return claims(subject, "cchc-web").sign(signingKey());
    }

    public static String valid(String subject, String azp) {
        return claims(subject, azp).sign(signingKey());
    }

    /** A valid token whose header names key {@code kid} (signed with the same key). */
    public static String withKeyId(String subject, String kid) {
        return claims(subject, "cchc-web").jws().keyId(kid).sign(signingKey());
    }

    public static String expired(String subject) {
        Instant past = Instant.now().minusSeconds(3600);
        return claims(subject, "cchc-web")
                .issuedAt(past)
                .expiresAt(past.plusSeconds(300))
                .sign(signingKey());
    }

    /** A valid token whose {@code exp} is {@code expSeconds} (epoch seconds). */
    public static String expiringAt(String subject, long expSeconds) {
        return claims(subject, "cchc-web").expiresAt(expSeconds).sign(signingKey());
    }

    public static String wrongIssuer(String subject) {
        return claims(subject, "cchc-web")
                .issuer("https://keycloak.test/realms/other")
                .sign(signingKey());
    }

    public static String wrongAudience(String subject) {
        return claims(subject, "cchc-web").audience("someone-else").sign(signingKey());
    }

    /** Right claims, signed by a key the gateway does not know. */
    public static String forged(String subject) {
        return claims(subject, "cchc-web").sign(newKeyPair().getPrivate());
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder claims(String subject, String azp) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .audience(AUDIENCE)
                .preferredUserName(subject)
                .claim("azp", azp)
                .claim("typ", "Bearer")
                .claim("realm_access", Map.of("roles", List.of("citizen")))
                .issuedAt(Instant.now())
                .expiresIn(600);
    }

    private static PrivateKey signingKey() {
        String encoded = System.getProperty(PRIVATE_KEY_PROPERTY);
        if (encoded == null) {
            throw new IllegalStateException("GatewayTestResources has not started (no signing key)");
        }
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
