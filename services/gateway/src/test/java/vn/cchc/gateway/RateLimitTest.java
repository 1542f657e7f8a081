package vn.cchc.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.gateway.testing.Http.given;
import static vn.cchc.gateway.testing.Http.givenToken;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.TestTokens;

/**
 * Small buckets (3 anonymous requests per IP, 4 per authenticated client, refilled per hour). Only one test
 * here spends the anonymous (IP) bucket, since every test request comes from 127.0.0.1.
 */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
@TestProfile(RateLimitTest.SmallBuckets.class)
class RateLimitTest {

    public static class SmallBuckets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "cchc.gateway.rate-limit.anonymous.capacity", "3",
                    "cchc.gateway.rate-limit.anonymous.period", "1h",
                    "cchc.gateway.rate-limit.authenticated.capacity", "4",
                    "cchc.gateway.rate-limit.authenticated.period", "1h");
        }
    }

    @Test
    void limitsAnonymousCallersPerIpAndAnswers429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/procedures").then().statusCode(200);
        }
        String retryAfter = given().header("X-Request-Id", "limited-1")
                .get("/api/v1/procedures")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("X-Correlation-Id", "limited-1")
                .body("type", equalTo("https://cchc.gov.vn/problems/too-many-requests"))
                .body("status", equalTo(429))
                .body("correlationId", equalTo("limited-1"))
                .extract()
                .header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 3600, "Retry-After " + seconds);
        // calls without a (valid) token share the IP's bucket, whatever the path
        given().get("/api/v1/dossiers/HS-1").then().statusCode(429);
        given().header("Authorization", "Bearer nope")
                .get("/api/v1/procedures")
                .then()
                .statusCode(429);
        // an authenticated caller has its own bucket
        givenToken(TestTokens.valid("carol")).get("/api/v1/procedures").then().statusCode(200);
    }

    @Test
    void limitsEachAuthenticatedClientByAzpAndSub() {
        String alice = TestTokens.valid("alice", "cchc-web");
        for (int i = 0; i < 4; i++) {
            givenToken(alice).get("/api/v1/dossiers/mine").then().statusCode(200);
        }
        givenToken(alice)
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .contentType("application/problem+json");
        // a fresh token for the same client and subject draws from the same bucket
        givenToken(TestTokens.valid("alice", "cchc-web"))
                .get("/api/v1/procedures")
                .then()
                .statusCode(429);
        // another subject, or the same subject through another client, is counted apart
        givenToken(TestTokens.valid("bob", "cchc-web"))
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(200);
        givenToken(TestTokens.valid("alice", "cchc-integration"))
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(200);
    }
}
