package vn.cchc.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.cchc.gateway.testing.Http.given;
import static vn.cchc.gateway.testing.Http.givenToken;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.TestTokens;

@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class AuthenticationTest {

    @Test
    void proxiesPublicReadsWithoutAToken() {
        Response response = given().get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .body("service", equalTo("procedures"))
                .extract()
                .response();
        assertNull(response.jsonPath().getString("headers.authorization"));
        given().get("/api/v1/procedures/1.001234")
                .then()
                .statusCode(200)
                .body("path", equalTo("/api/v1/procedures/1.001234"));
        given().head("/api/v1/procedures/1.001234").then().statusCode(200);
        given().get("/api/v1/dossiers/tracking").then().statusCode(200);
        given().get("/api/v1/dossiers/tracking/HS-2024-1/steps")
                .then()
                .statusCode(200)
                .body("service", equalTo("dossiers"));
        given().contentType("application/json")
                .body("{\"score\":5}")
                .post("/api/v1/dossiers/ratings/HS-2024-1")
                .then()
                .statusCode(200)
                .body("method", equalTo("POST"));
    }

    @Test
    void rejectsNonPublicRequestsWithoutATokenWith401Problem() {
        given().header("X-Request-Id", "no-token-1")
                .get("/api/v1/dossiers/HS-1")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Correlation-Id", "no-token-1")
                .body("type", equalTo("https://cchc.gov.vn/problems/unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/dossiers/HS-1"))
                .body("correlationId", equalTo("no-token-1"));
        // public rules are per method and per segment
        given().contentType("application/json")
                .body("{}")
                .post("/api/v1/procedures")
                .then()
                .statusCode(401);
        given().get("/api/v1/procedures/1.001234/versions").then().statusCode(401);
        given().delete("/api/v1/dossiers/tracking/HS-1").then().statusCode(401);
        given().get("/api/v1/dossiers/ratings/HS-1").then().statusCode(401);
        given().get("/api/v1/inspections").then().statusCode(401);
        given().get("/api/v1/par-index/units").then().statusCode(401);
    }

    @Test
    void forwardsAValidTokenUnchanged() {
        String token = TestTokens.valid("officer-7");
        givenToken(token)
                .get("/api/v1/inspections/plans")
                .then()
                .statusCode(200)
                .body("service", equalTo("inspections"))
                .body("headers.authorization", equalTo("Bearer " + token));
        givenToken(token)
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .body("headers.authorization", equalTo("Bearer " + token));
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("garbage", "Bearer not-a-jwt"),
                Arguments.of("expired", "Bearer " + TestTokens.expired("u1")),
                Arguments.of("wrong issuer", "Bearer " + TestTokens.wrongIssuer("u1")),
                Arguments.of("wrong audience", "Bearer " + TestTokens.wrongAudience("u1")),
                Arguments.of("forged signature", "Bearer " + TestTokens.forged("u1")),
                Arguments.of("basic credentials", "Basic dXNlcjpwYXNz"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void rejectsABadTokenEvenOnAPublicPath(String label, String authorization) {
        for (String path : new String[] {"/api/v1/dossiers/HS-1", "/api/v1/procedures", "/api/v1/procedures/openapi"}) {
            given().header("Authorization", authorization)
                    .get(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", matchesPattern("Bearer .*error=\"invalid_token\".*"))
                    .header("X-Request-Id", org.hamcrest.Matchers.notNullValue())
                    .body("type", equalTo("https://cchc.gov.vn/problems/unauthorized"))
                    .body("instance", equalTo(path));
        }
    }

    @Test
    void neverForwardsARejectedRequest() {
        // The upstream echoes; a 401 problem (no "service" field) proves the request stopped at the gateway.
        given().header("Authorization", "Bearer " + TestTokens.expired("u2"))
                .get("/api/v1/procedures")
                .then()
                .statusCode(401)
                .body("service", nullValue());
        Response ok = givenToken(TestTokens.valid("u2"))
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .extract()
                .response();
        assertEquals("procedures", ok.jsonPath().getString("service"));
    }
}
