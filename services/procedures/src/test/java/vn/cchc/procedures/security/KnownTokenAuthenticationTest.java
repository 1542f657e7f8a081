package vn.cchc.procedures.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.Fixtures;
import vn.cchc.shared.security.KnownTokens;
import vn.cchc.shared.testing.TestTokens;

/**
 * The service remembers the bearer tokens it verified (shared {@code KnownTokenAuthentication}, issue 16) without
 * weakening the check: each token keeps its own identity, a remembered token stops passing at its {@code exp}, and any
 * other header (a changed signature or claim, a forged or expired token) is verified in full and refused.
 */
@QuarkusTest
class KnownTokenAuthenticationTest {

    private static final String OVERVIEW = "/api/v1/procedures/compliance";

    @Inject
    KnownTokens known;

    @Test
    void aVerifiedTokenIsRememberedAndEachTokenKeepsItsOwnIdentity() {
        Fixtures.h99();
        String inspector = TestTokens.token("inspector-k1", "H99", "inspector");
        String citizen = TestTokens.token("citizen-k1", null, "citizen");
        long hits = known.hits();
        for (int round = 0; round < 3; round++) {
            given().auth()
                    .oauth2(inspector)
                    .when()
                    .get(OVERVIEW)
                    .then()
                    .statusCode(200)
                    .body("unitCode", equalTo("H99"));
            given().auth().oauth2(citizen).when().get(OVERVIEW).then().statusCode(403);
            assertTrue(known.remembers("Bearer " + inspector), "round " + round);
            assertTrue(known.remembers("Bearer " + citizen), "verified, then refused by its role: round " + round);
        }
        assertEquals(hits + 4, known.hits(), "the second and third rounds are answered without verifying again");
    }

    @Test
    void aChangedSignatureOrClaimIsVerifiedInFullAndRefusedAfterTheOriginalWasRemembered() {
        Fixtures.h99();
        String inspector = TestTokens.token("inspector-k2", "H99", "inspector");
        given().auth().oauth2(inspector).when().get(OVERVIEW).then().statusCode(200);
        String[] parts = inspector.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String signatureChanged = parts[0] + "." + parts[1] + "."
                + parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].charAt(parts[2].length() - 1);
        String[] admin = TestTokens.token("admin-k2", "H99", "admin").split("\\.");
        String claimsChanged = parts[0] + "." + admin[1] + "." + parts[2];
        given().auth().oauth2(signatureChanged).when().get(OVERVIEW).then().statusCode(401);
        given().auth().oauth2(claimsChanged).when().get(OVERVIEW).then().statusCode(401);
        String forged = TestTokens.forgedToken("inspector-k2", "inspector");
        String expired = TestTokens.expiredToken("inspector-k2", "inspector");
        given().auth().oauth2(forged).when().get(OVERVIEW).then().statusCode(401);
        given().auth().oauth2(expired).when().get(OVERVIEW).then().statusCode(401);
        for (String refused : new String[] {signatureChanged, claimsChanged, forged, expired}) {
            assertFalse(known.remembers("Bearer " + refused), "a token that did not verify is never remembered");
        }
        assertTrue(known.remembers("Bearer " + inspector));
        given().auth().oauth2(inspector).when().get(OVERVIEW).then().statusCode(200);
    }

    @Test
    void aRememberedTokenIsRefusedFromItsExpirySecondOn() throws InterruptedException {
        Fixtures.h99();
        Instant exp = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 3);
        String shortLived = TestTokens.tokenExpiringAt(exp, "inspector-k3", "H99", "inspector");
        long hits = known.hits();
        given().auth().oauth2(shortLived).when().get(OVERVIEW).then().statusCode(200);
        given().auth().oauth2(shortLived).when().get(OVERVIEW).then().statusCode(200);
        assertEquals(hits + 1, known.hits(), "the second request is answered from the cache");
        assertTrue(known.remembers("Bearer " + shortLived));
        hits = known.hits();
        Thread.sleep(Math.max(0, exp.toEpochMilli() - System.currentTimeMillis()) + 50);
        given().auth().oauth2(shortLived).when().get(OVERVIEW).then().statusCode(401);
        assertEquals(hits, known.hits(), "an expired token is not answered from the cache");
        assertFalse(known.remembers("Bearer " + shortLived));
    }
}
