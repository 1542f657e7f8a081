package vn.cchc.gateway;

import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.gateway.testing.Http.given;
import static vn.cchc.gateway.testing.Http.givenToken;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.TestTokens;

@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class CorsTest {

    @Test
    void answersAPreflightFromTheSpaDevServer() {
        Response response = given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PATCH")
                .header(
                        "Access-Control-Request-Headers",
                        "authorization,content-type,idempotency-key,if-match,x-request-id")
                .options("/api/v1/dossiers/HS-1")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .extract()
                .response();
        String methods = response.header("Access-Control-Allow-Methods").toUpperCase(Locale.ROOT);
        for (String m : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
            assertTrue(methods.contains(m), "allowed methods " + methods);
        }
        String headers = response.header("Access-Control-Allow-Headers").toLowerCase(Locale.ROOT);
        for (String h : List.of("authorization", "content-type", "idempotency-key", "if-match", "x-request-id")) {
            assertTrue(headers.contains(h), "allowed headers " + headers);
        }
    }

    @Test
    void refusesAPreflightFromAnUnknownOrigin() {
        given().header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/dossiers/HS-1")
                .then()
                .statusCode(not(200))
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void addsCorsHeadersOnceToProxiedResponses() {
        Response response = givenToken(TestTokens.valid("citizen-9"))
                .header("Origin", "http://127.0.0.1:5173")
                .get("/api/v1/dossiers/HS-3/problem") // the stand-in adds its own Access-Control-Allow-Origin: *
                .then()
                .statusCode(409)
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("Retry-After"))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("Location"))
                // safe retries: the ETag a write sends back as If-Match, and whether an answer was replayed
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("ETag"))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("Idempotency-Replayed"))
                .extract()
                .response();
        assertEquals(List.of("http://127.0.0.1:5173"), response.headers().getValues("Access-Control-Allow-Origin"));
    }
}
