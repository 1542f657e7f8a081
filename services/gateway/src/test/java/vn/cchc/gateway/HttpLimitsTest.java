package vn.cchc.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.gateway.testing.Http.given;
import static vn.cchc.gateway.testing.Http.givenToken;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.RawHttp;
import vn.cchc.gateway.testing.TestTokens;

/**
 * What the HTTP layer would answer bare (no body) is answered as problem+json by the gateway: 414, 431, 413,
 * 400 for NUL/CR/LF, 404 and 405. The %test profile limits bodies to 2 MB.
 */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class HttpLimitsTest {

    static void assertProblem(RawHttp.Answer answer, int status, String slug) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertEquals("https://cchc.gov.vn/problems/" + slug, answer.json().getString("type"));
        assertEquals(status, answer.json().getInt("status"));
        assertNotNull(answer.json().getString("requestId"));
        assertEquals(answer.header("X-Request-Id"), answer.json().getString("requestId"));
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/procedures?q=", "/thu-tuc?q=", "/api/v1/unknown/"})
    void aTwentyKilobyteUriIs414Problem(String prefix) throws Exception {
        RawHttp.Answer answer = RawHttp.get(prefix + "a".repeat(20_000), "X-Request-Id: long-uri-1");
        assertProblem(answer, 414, "uri-too-long");
        assertEquals("long-uri-1", answer.json().getString("correlationId"));
        assertEquals("uri", answer.json().getString("violations[0].field"));
    }

    @Test
    void aUriJustUnderTheLimitPasses() throws Exception {
        String target = "/api/v1/procedures?q=";
        RawHttp.Answer answer = RawHttp.get(target + "a".repeat(4000 - target.length()));
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void headersOverTheLimitAre431Problem() throws Exception {
        RawHttp.Answer answer = RawHttp.get("/api/v1/procedures", "X-Filler: " + "h".repeat(20_000));
        assertProblem(answer, 431, "headers-too-large");
        // a Keycloak-sized token is far below the limit
        givenToken(TestTokens.valid("limits-1"))
                .header("X-Filler", "h".repeat(4_000))
                .get("/api/v1/procedures")
                .then()
                .statusCode(200);
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413ProblemWithoutReadingIt() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(
                "POST /api/v1/dossiers/HS-1/attachments HTTP/1.1",
                List.of(
                        "Authorization: Bearer " + TestTokens.valid("limits-2"),
                        "Content-Type: application/octet-stream",
                        "Content-Length: 30000000"),
                out -> RawHttp.writeFiller(out, 64 * 1024, false));
        assertProblem(answer, 413, "payload-too-large");
        assertEquals("close", answer.header("Connection"));
        assertEquals("body", answer.json().getString("violations[0].field"));
        assertTrue(answer.millis() < 3_000, "answered at once, not after the body: " + answer.millis() + " ms");
        // also without a token (the size is checked before authentication) and on the SPA
        assertProblem(
                RawHttp.exchange(
                        "PUT /thu-tuc HTTP/1.1",
                        List.of("Content-Length: 2100000"),
                        out -> RawHttp.writeFiller(out, 2_100_000, false)),
                413,
                "payload-too-large");
    }

    @Test
    void aStreamedBodyOverTheLimitIs413Problem() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(
                "POST /api/v1/dossiers/HS-2/attachments HTTP/1.1",
                List.of(
                        "Authorization: Bearer " + TestTokens.valid("limits-3"),
                        "Content-Type: application/octet-stream",
                        "Transfer-Encoding: chunked"),
                out -> RawHttp.writeFiller(out, 2 * 1024 * 1024 + 50_000, true));
        assertProblem(answer, 413, "payload-too-large");
        // a streamed body within the limit still goes through whole
        RawHttp.Answer ok = RawHttp.exchange(
                "POST /api/v1/dossiers/HS-2/attachments HTTP/1.1",
                List.of(
                        "Authorization: Bearer " + TestTokens.valid("limits-3"),
                        "Content-Type: application/octet-stream",
                        "Transfer-Encoding: chunked",
                        "Connection: close"),
                out -> RawHttp.writeFiller(out, 1_000_000, true));
        assertEquals(200, ok.status(), ok.body());
        assertEquals(1_000_000, ok.json().getInt("bodyLength"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/procedures/a%00b",
                "/api/v1/procedures/a%0d%0aSet-Cookie:x=1",
                "/thu-tuc%00",
                "/api/v1/unknown%0A",
                "/q/health%00"
            })
    void nulOrCrLfInThePathIs400Problem(String target) throws Exception {
        RawHttp.Answer answer = RawHttp.get(target);
        assertProblem(answer, 400, "validation");
        assertEquals("path", answer.json().getString("violations[0].field"));
        assertEquals("noControlCharacter", answer.json().getString("violations[0].rule"));
    }

    @Test
    void nulOrCrLfInTheQueryIs400ProblemNamingTheParameter() throws Exception {
        RawHttp.Answer answer =
                RawHttp.get("/api/v1/par-index/rankings/export?year=2025&level=COMMUNE%0D%0ASet-Cookie:%20a=b");
        assertProblem(answer, 400, "validation");
        assertEquals("level", answer.json().getString("violations[0].field"));
        assertEquals("q", RawHttp.get("/api/v1/procedures?q=x%00").json().getString("violations[0].field"));
        assertEquals("query", RawHttp.get("/api/v1/procedures?a%00=1").json().getString("violations[0].field"));
        // an encoded percent sign is text, not a control character
        given().urlEncodingEnabled(false)
                .get("/api/v1/procedures?q=50%2500")
                .then()
                .statusCode(200)
                .body("query", equalTo("q=50%2500"));
    }

    @Test
    void unknownPathsAre404AndWrongMethods405Problems() {
        given().get("/api/v1/unknown-service/x").then().statusCode(404).contentType("application/problem+json");
        given().get("/q/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cchc.gov.vn/problems/not-found"));
        given().post("/thu-tuc")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", "GET, HEAD")
                .body("type", equalTo("https://cchc.gov.vn/problems/method-not-allowed"));
        given().delete("/").then().statusCode(405).contentType("application/problem+json");
        given().post("/api/v1/openapi")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", "GET, HEAD");
        given().head("/api/v1/openapi").then().statusCode(200);
        given().request("TRACE", "/api/v1/procedures")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", startsWith("GET, HEAD, POST"));
        given().request("PROPFIND", "/").then().statusCode(405).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/procedures/%zz",
                "/%",
                "/thu-tuc/%e",
                "/api/v1/procedures?q=%zz",
                "/api/v1/procedures/%c0%80",
                "/a/../../etc/passwd",
                "*"
            })
    void malformedTargetsAreNeverBareOrServerErrors(String target) throws Exception {
        RawHttp.Answer answer = RawHttp.get(target, "Authorization: Bearer " + TestTokens.valid("limits-4"));
        assertTrue(answer.status() < 500, target + " -> " + answer.status());
        if (answer.status() >= 400) {
            assertEquals("application/problem+json", answer.header("Content-Type"), target);
        }
    }
}
