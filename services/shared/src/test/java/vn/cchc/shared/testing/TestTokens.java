package vn.cchc.shared.testing;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Signs access tokens shaped like Keycloak's (realm_access.roles, unit_code, aud cchc-api) with a
 * key pair made for this test JVM; {@link OidcTestKeyResource} gives the services its public key,
 * so every request in a test goes through the service's real JWT validation.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/cchc";
    public static final String AUDIENCE = "cchc-api";
    private static final KeyPair KEYS = generate();

    private TestTokens() {}

    public static String token(String username, String unitCode, String... roles) {
        return builder(username, unitCode, roles).sign(KEYS.getPrivate());
    }

    /** A token with extra claims (e.g. a citizen's {@code id_number}). */
    public static String tokenWithClaims(
            String username, String unitCode, Map<String, Object> claims, String... roles) {
        var builder = builder(username, unitCode, roles);
        claims.forEach(builder::claim);
        return builder.sign(KEYS.getPrivate());
    }

    /** A token signed by another key: a forged token every service must refuse. */
    public static String forgedToken(String username, String... roles) {
        return builder(username, "H99", roles).sign(generate().getPrivate());
    }

    public static String expiredToken(String username, String... roles) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return builder(username, "H99", roles)
                .issuedAt(past)
                .expiresAt(past.plusSeconds(300))
                .sign(KEYS.getPrivate());
    }

    /** A valid token that expires at {@code exp} (whole seconds). */
    public static String tokenExpiringAt(Instant exp, String username, String unitCode, String... roles) {
        return builder(username, unitCode, roles).expiresAt(exp).sign(KEYS.getPrivate());
    }

    public static String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    private static io.smallrye.jwt.build.JwtClaimsBuilder builder(String username, String unitCode, String... roles) {
        var builder = Jwt.issuer(ISSUER)
                .subject("sub-" + username)
                .upn(username)
                .preferredUserName(username)
                .audience(AUDIENCE)
                .claim("azp", "cchc-web")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(Duration.ofMinutes(10));
        if (unitCode != null) {
            builder.claim("unit_code", unitCode);
        }
        return builder;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
