package vn.cchc.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.cchc.gateway.testing.Http.given;
import static vn.cchc.gateway.testing.Http.givenToken;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.StubUpstream;
import vn.cchc.gateway.testing.TestTokens;

@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class ProxyRoutingTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @ParameterizedTest
    @ValueSource(strings = {"procedures", "dossiers", "inspections"})
    void routesToTheServiceOfThePrefixWithPathQueryTokenAndRequestId(String service) {
        String token = TestTokens.valid("citizen-1");
        Response response = givenToken(token)
                .header("X-Request-Id", "req-" + service + ".1_a")
                .urlEncodingEnabled(false)
                .get("/api/v1/" + service + "/items/7?q=th%E1%BB%A7%20t%E1%BB%A5c&page=2&page=3")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .header("X-Correlation-Id", "req-" + service + ".1_a")
                .extract()
                .response();
        JsonPath echo = response.jsonPath();
        assertEquals(service, echo.getString("service"));
        assertEquals("GET", echo.getString("method"));
        assertEquals(
                "/api/v1/" + service + "/items/7?q=th%E1%BB%A7%20t%E1%BB%A5c&page=2&page=3", echo.getString("uri"));
        assertEquals("Bearer " + token, echo.getString("headers.authorization"));
        // the service gets the gateway's id, and the client's only as the correlation id
        assertEquals(response.header("X-Request-Id"), echo.getString("headers.x-request-id"));
        assertEquals("req-" + service + ".1_a", echo.getString("headers.x-correlation-id"));
    }

    @Test
    void alwaysGeneratesItsOwnRequestIdAndKeepsAClientIdOnlyAsAValidatedCorrelationId() {
        Response none = given().get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .header("X-Correlation-Id", nullValue())
                .extract()
                .response();
        assertEquals(none.header("X-Request-Id"), none.jsonPath().getString("headers.x-request-id"));
        assertNull(none.jsonPath().getString("headers.x-correlation-id"));

        String tooLong = "a".repeat(65);
        for (String invalid : new String[] {"bad id", "<script>", tooLong, "id;drop", "mã-hồ-sơ"}) {
            Response response = given().header("X-Request-Id", invalid)
                    .header("X-Correlation-Id", invalid)
                    .get("/api/v1/procedures")
                    .then()
                    .statusCode(200)
                    .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                    .header("X-Correlation-Id", nullValue())
                    .extract()
                    .response();
            assertEquals(response.header("X-Request-Id"), response.jsonPath().getString("headers.x-request-id"));
            assertNull(response.jsonPath().getString("headers.x-correlation-id"), "dropped: " + invalid);
        }
        // a well-formed client id, even one shaped like ours, is never used as the request id
        String longest = "b".repeat(64);
        String lookalike = UUID.randomUUID().toString();
        for (String valid : new String[] {longest, lookalike}) {
            Response response = given().header("X-Request-Id", valid)
                    .get("/api/v1/procedures")
                    .then()
                    .statusCode(200)
                    .header("X-Correlation-Id", valid)
                    .extract()
                    .response();
            assertNotEquals(valid, response.header("X-Request-Id"));
            assertNotEquals(valid, response.jsonPath().getString("headers.x-request-id"));
            assertEquals(valid, response.jsonPath().getString("headers.x-correlation-id"));
        }
        // without an X-Request-Id, a valid X-Correlation-Id from the client is kept as such
        given().header("X-Correlation-Id", "corr-7")
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .header("X-Correlation-Id", "corr-7")
                .body("headers.x-correlation-id", equalTo("corr-7"));
    }

    @Test
    void setsForwardedHeadersAndDropsHopByHopAndSpoofedOnes() {
        Response response = givenToken(TestTokens.valid("citizen-2"))
                .header("X-Forwarded-For", "6.6.6.6")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=6.6.6.6")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("X-Custom", "kept")
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(200)
                .extract()
                .response();
        JsonPath echo = response.jsonPath();
        assertEquals("127.0.0.1", echo.getString("headers.x-forwarded-for"));
        assertEquals("http", echo.getString("headers.x-forwarded-proto"));
        assertEquals("127.0.0.1:" + io.restassured.RestAssured.port, echo.getString("headers.x-forwarded-host"));
        assertNull(echo.getString("headers.forwarded"));
        assertNull(echo.getString("headers.proxy-authorization"));
        assertEquals("kept", echo.getString("headers.x-custom"));
    }

    @Test
    void streamsARequestBodyIntact() throws Exception {
        byte[] body = new byte[1_500_000];
        new Random(42).nextBytes(body);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        givenToken(TestTokens.valid("citizen-3"))
                .contentType("application/octet-stream")
                .body(body)
                .post("/api/v1/dossiers/HS-1/attachments")
                .then()
                .statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(body.length))
                .body("bodySha256", equalTo(sha));
    }

    @Test
    void streamsALargeResponseBody() {
        byte[] bytes = givenToken(TestTokens.valid("citizen-4"))
                .get("/api/v1/inspections/report/big")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertEquals(StubUpstream.BIG_BODY_BYTES, bytes.length);
        for (int i = 0; i < bytes.length; i += 9973) {
            assertEquals((byte) ((i % (64 * 1024)) % 251), bytes[i]);
        }
    }

    @Test
    void passesAnUpstreamProblemThroughWithItsStatusHeadersAndBody() {
        givenToken(TestTokens.valid("citizen-5"))
                .header("X-Request-Id", "problem-check")
                .get("/api/v1/dossiers/HS-9/problem")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .header("X-Upstream", "dossiers")
                .header("Location", "/api/v1/dossiers/42")
                .header("Proxy-Authenticate", nullValue())
                .header("Access-Control-Allow-Origin", nullValue())
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .header("X-Correlation-Id", "problem-check")
                .body("type", equalTo("https://cchc.gov.vn/problems/conflict"))
                .body("detail", equalTo("Dossier already submitted"));
    }

    @Test
    void rewritesAServicesOwnAddressInLocationToAPath() {
        // the Host / X-Forwarded-Host a client sends is not trusted (no proxy configured): paths only
        Response response = givenToken(TestTokens.valid("citizen-6"))
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .redirects()
                .follow(false)
                .post("/api/v1/dossiers/created")
                .then()
                .statusCode(201)
                .extract()
                .response();
        assertEquals("/api/v1/dossiers/42?view=full&x=%C3%A1", response.header("Location"));
        assertEquals("/api/v1/dossiers/42", response.header("Content-Location"));
        assertEquals("<https://cchc.gov.vn/docs>; rel=help", response.header("Link"));
        // a location on another site is passed as it is
        givenToken(TestTokens.valid("citizen-6"))
                .redirects()
                .follow(false)
                .get("/api/v1/procedures/moved-elsewhere")
                .then()
                .statusCode(302)
                .header("Location", "https://dichvucong.gov.vn/p/home");
    }

    @Test
    void servesAnIndexOfTheServicesOpenApiDocuments() {
        given().get("/api/v1/openapi")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("urls.name", org.hamcrest.Matchers.contains("dossiers", "inspections", "par-index", "procedures"))
                .body(
                        "urls.url",
                        org.hamcrest.Matchers.contains(
                                "/api/v1/dossiers/openapi",
                                "/api/v1/inspections/openapi",
                                "/api/v1/par-index/openapi",
                                "/api/v1/procedures/openapi"));
        // each service's own document is reachable through the gateway without a token
        given().get("/api/v1/procedures/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("procedures"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/procedures/things"));
        given().get("/api/v1/inspections/openapi").then().statusCode(200).body("info.title", equalTo("inspections"));
    }

    @Test
    void answersAnUnknownApiPathWithA404Problem() {
        Response response = given().header("X-Request-Id", "unknown-1")
                .get("/api/v1/unknown-service/x")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cchc.gov.vn/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/unknown-service/x"))
                .body("requestId", matchesPattern(UUID_PATTERN))
                .body("correlationId", equalTo("unknown-1"))
                .header("X-Correlation-Id", "unknown-1")
                .extract()
                .response();
        assertNotEquals("", response.jsonPath().getString("detail"));
        assertEquals(response.header("X-Request-Id"), response.jsonPath().getString("requestId"));
        given().get("/api/v1/unknown-service").then().statusCode(404).contentType("application/problem+json");
        // a prefix only matches on a segment boundary
        given().get("/api/v1/proceduresX").then().statusCode(404).contentType("application/problem+json");
        given().post("/api").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void matchesPublicPathsOnTheNormalizedPath() {
        // raw, this would look like the public tracking/** path; normalized it is /api/v1/dossiers/internal
        given().urlEncodingEnabled(false)
                .get("/api/v1/dossiers/tracking/%2e%2e/internal")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().urlEncodingEnabled(false)
                .get("/api/v1/dossiers/tracking/%2e%2e/tracking/HS-1")
                .then()
                .statusCode(200)
                .body("path", equalTo("/api/v1/dossiers/tracking/HS-1"));
    }

    @Test
    void keepsARequestIdUniquePerRequest() {
        String first = given().get("/api/v1/procedures").then().extract().header("X-Request-Id");
        String second = given().get("/api/v1/procedures").then().extract().header("X-Request-Id");
        assertNotEquals(first, second);
        UUID.fromString(first);
    }
}
