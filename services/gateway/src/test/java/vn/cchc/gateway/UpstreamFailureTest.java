package vn.cchc.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static vn.cchc.gateway.testing.Http.given;
import static vn.cchc.gateway.testing.Http.givenToken;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.TestTokens;

/** par-index points at a closed port; the stand-ins answer {@code .../slow} after 3 s (the test timeout is 1 s). */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class UpstreamFailureTest {

    /** The first token a fresh JVM verifies costs seconds of class loading on a busy machine: not what is timed here. */
    private static void warmUp() {
        givenToken(TestTokens.valid("warm-up")).get("/api/v1/procedures").then().statusCode(200);
    }

    @Test
    void answers503QuicklyWhenTheServiceIsDown() {
        warmUp();
        givenToken(TestTokens.valid("appraiser-1"))
                .header("X-Request-Id", "down-1")
                .get("/api/v1/par-index/units/H01/scores")
                .then()
                .statusCode(503)
                .time(lessThan(3_000L))
                .contentType("application/problem+json")
                .body("type", equalTo("https://cchc.gov.vn/problems/service-unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("par-index"))
                .body("instance", equalTo("/api/v1/par-index/units/H01/scores"))
                .header("Retry-After", "5")
                .body("requestId", org.hamcrest.Matchers.not(equalTo("down-1")))
                .body("correlationId", equalTo("down-1"));
        // also for a public path, and with a request body to discard
        given().get("/api/v1/par-index/openapi").then().statusCode(503).time(lessThan(3_000L));
        givenToken(TestTokens.valid("appraiser-1"))
                .contentType("application/json")
                .body("{\"score\":1}")
                .post("/api/v1/par-index/units/H01/scores")
                .then()
                .statusCode(503)
                .time(lessThan(3_000L));
    }

    @Test
    void answers504WhenTheServiceIsTooSlowAndKeepsWorkingAfterwards() {
        warmUp();
        givenToken(TestTokens.valid("officer-2"))
                .get("/api/v1/procedures/1/slow")
                .then()
                .statusCode(504)
                .time(lessThan(2_800L))
                .contentType("application/problem+json")
                .body("type", equalTo("https://cchc.gov.vn/problems/gateway-timeout"))
                .body("title", equalTo("Gateway timeout"))
                .body("detail", containsString("procedures"));
        // the connection pool is not poisoned: the same upstream answers the next request
        givenToken(TestTokens.valid("officer-2"))
                .get("/api/v1/procedures/1")
                .then()
                .statusCode(200)
                .body("service", equalTo("procedures"));
    }

    @Test
    void aServicesOwn503AlwaysCarriesRetryAfterAnd429KeepsItsOwn() {
        givenToken(TestTokens.valid("officer-3"))
                .get("/api/v1/dossiers/x/unavailable")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5");
        givenToken(TestTokens.valid("officer-3"))
                .get("/api/v1/dossiers/x/busy")
                .then()
                .statusCode(429)
                .header("Retry-After", "7");
        givenToken(TestTokens.valid("officer-3"))
                .get("/api/v1/dossiers/x/busy-bare")
                .then()
                .statusCode(429)
                .header("Retry-After", "5");
    }
}
