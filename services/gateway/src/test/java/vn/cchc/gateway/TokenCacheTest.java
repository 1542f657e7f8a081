package vn.cchc.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.gateway.testing.Http.givenToken;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.security.Caller;
import vn.cchc.gateway.security.VerifiedTokens;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.TestTokens;

/**
 * Verified tokens are remembered ({@link VerifiedTokens}, issue 16) without weakening the check: the cache answers
 * only for exactly the header that verified, never after the token's {@code exp}, and everything else a request
 * goes through (forwarding, tracing, rate limits: RateLimitTest sends one token five times) stays the same.
 */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class TokenCacheTest {

    @Inject
    VerifiedTokens verified;

    @Test
    void aTokenThatVerifiedIsRememberedAndItsNextRequestsAreProxiedAsBefore() {
        String token = TestTokens.valid("cache-hit");
        assertNull(verified.lookup("Bearer " + token));
        givenToken(token).get("/api/v1/dossiers/mine").then().statusCode(200);
        Caller.Authenticated remembered = verified.lookup("Bearer " + token);
        assertNotNull(remembered, "remembered after it verified");
        assertEquals(new Caller.Authenticated("cchc-web", "cache-hit"), remembered);
        for (int i = 0; i < 3; i++) {
            givenToken(token)
                    .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e47" + (10 + i) + "-00f067aa0ba902b7-01")
                    .get("/api/v1/dossiers/mine")
                    .then()
                    .statusCode(200)
                    .header("X-Request-Id", org.hamcrest.Matchers.notNullValue())
                    .header("X-Frame-Options", "DENY")
                    .body("service", equalTo("dossiers"))
                    .body("headers.authorization", equalTo("Bearer " + token))
                    .body("headers.x-request-id", org.hamcrest.Matchers.notNullValue())
                    .body("headers.traceparent", containsString("4bf92f3577b34da6a3ce929d0e0e47" + (10 + i)));
        }
    }

    @Test
    void aTamperedTokenIsRejectedRightAfterTheGenuineOneVerified() {
        String token = TestTokens.valid("cache-tamper");
        givenToken(token).get("/api/v1/dossiers/mine").then().statusCode(200);
        assertNotNull(verified.lookup("Bearer " + token));
        String[] parts = token.split("\\.");
        // one character of the signature changed
        String signature = parts[2];
        char last = signature.charAt(signature.length() - 2);
        String badSignature = parts[0] + "." + parts[1] + "."
                + signature.substring(0, signature.length() - 2) + (last == 'A' ? 'B' : 'A')
                + signature.substring(signature.length() - 1);
        // another subject's claims under the genuine signature
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String otherClaims = parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                payload.replace("cache-tamper", "cache-admin").getBytes())
                + "." + parts[2];
        // the same claims signed by a key the gateway does not know
        String forged = TestTokens.forged("cache-tamper");
        for (String bad : new String[] {badSignature, otherClaims, forged, token + "x"}) {
            givenToken(bad)
                    .get("/api/v1/dossiers/mine")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("invalid_token"));
            assertNull(verified.lookup("Bearer " + bad), "a rejected token is never remembered");
        }
        // and the genuine one still works
        givenToken(token).get("/api/v1/dossiers/mine").then().statusCode(200);
    }

    @Test
    void aRememberedTokenIsRejectedOnceItExpires() throws InterruptedException {
        long exp = System.currentTimeMillis() / 1000 + 3;
        String token = TestTokens.expiringAt("cache-expiry", exp);
        givenToken(token).get("/api/v1/dossiers/mine").then().statusCode(200);
        assertNotNull(verified.lookup("Bearer " + token));
        givenToken(token).get("/api/v1/dossiers/mine").then().statusCode(200);
        long wait = exp * 1000 + 20 - System.currentTimeMillis();
        assertTrue(wait < 4_000, "the token should still have been valid above");
        Thread.sleep(Math.max(0, wait));
        givenToken(token)
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
        assertNull(verified.lookup("Bearer " + token));
    }
}
