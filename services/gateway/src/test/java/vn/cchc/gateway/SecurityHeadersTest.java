package vn.cchc.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.gateway.testing.Http.given;
import static vn.cchc.gateway.testing.Http.givenToken;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.TestTokens;

/** Security headers on every kind of response; the %test profile is not prod, so no HSTS. */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class SecurityHeadersTest {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' http://127.0.0.1:8180; "
            + "frame-src 'self' blob:; worker-src 'self'; manifest-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "object-src 'self' blob:; form-action 'self' http://127.0.0.1:8180";

    static void assertSecurityHeaders(Response response) {
        assertEquals(CSP, response.header("Content-Security-Policy"), "CSP");
        assertEquals(List.of("nosniff"), response.headers().getValues("X-Content-Type-Options"));
        assertEquals(List.of("DENY"), response.headers().getValues("X-Frame-Options"));
        assertEquals(
                List.of("strict-origin-when-cross-origin"), response.headers().getValues("Referrer-Policy"));
        String permissions = response.header("Permissions-Policy");
        assertTrue(
                permissions != null && permissions.contains("camera=()") && permissions.contains("geolocation=()"),
                permissions);
        assertNull(response.header("Strict-Transport-Security"), "no HSTS outside prod");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/thu-tuc",
                "/index.html",
                "/robots.txt",
                "/assets/" + GatewayTestResources.ASSET_NAME,
                "/assets/missing-1.js",
                "/q/health/ready",
                "/q/nothing-here"
            })
    void onTheSpaAndQuarkusPaths(String path) {
        assertSecurityHeaders(given().get(path).then().extract().response());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/procedures",
                "/api/v1/openapi",
                "/api/v1/unknown/x",
                "/api/v1/dossiers/internal",
                "/api/v1/par-index/openapi",
                "/api/v1/procedures/1/slow"
            })
    void onApiAnswersAndTheGatewaysOwnProblems(String path) {
        // 200 proxied, 200 own, 404 own, 401 own, 503 own, 504 own
        assertSecurityHeaders(given().get(path).then().extract().response());
    }

    @Test
    void onAProxiedUpstreamProblemAndACorsPreflight() {
        assertSecurityHeaders(givenToken(TestTokens.valid("h-1"))
                .get("/api/v1/dossiers/HS-1/problem")
                .then()
                .statusCode(409)
                .extract()
                .response());
        assertSecurityHeaders(given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/dossiers/HS-1")
                .then()
                .extract()
                .response());
    }

    @Test
    void aServiceCannotWeakenThem() {
        Response response = givenToken(TestTokens.valid("h-2"))
                .get("/api/v1/procedures/x/weak-headers")
                .then()
                .statusCode(200)
                .extract()
                .response();
        // the service's own CSP may stay beside the gateway's (browsers enforce both), never instead of it
        assertEquals(
                CSP, response.headers().getValues("Content-Security-Policy").get(0));
        assertEquals(List.of("DENY"), response.headers().getValues("X-Frame-Options"));
        assertEquals(List.of("nosniff"), response.headers().getValues("X-Content-Type-Options"));
        assertEquals(
                List.of("strict-origin-when-cross-origin"), response.headers().getValues("Referrer-Policy"));
        assertEquals(1, response.headers().getValues("Permissions-Policy").size());
        assertTrue(response.header("Permissions-Policy").contains("camera=()"));
        assertNull(response.header("Strict-Transport-Security"));
    }
}
