package vn.cchc.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.cchc.gateway.testing.Http.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.gateway.testing.GatewayTestResources;

@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class SpaTest {

    @Test
    void servesIndexHtmlAtTheRootWithoutCaching() {
        given().get("/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .header("X-Request-Id", notNullValue())
                .body(equalTo(GatewayTestResources.INDEX_HTML));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/thu-tuc", "/ho-so/HS-2024-1", "/thu-tuc/1.001234/chi-tiet", "/index.html"})
    void fallsBackToIndexHtmlForClientSideRoutes(String path) {
        given().get(path)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .body(equalTo(GatewayTestResources.INDEX_HTML));
    }

    @Test
    void servesHashedAssetsAsLongLivedAndOtherFilesAsRevalidated() {
        given().get("/assets/" + GatewayTestResources.ASSET_NAME)
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", containsString("max-age=31536000"))
                .header("Cache-Control", containsString("immutable"))
                .body(equalTo(GatewayTestResources.ASSET_JS));
        given().get("/robots.txt")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .header("Cache-Control", "no-cache");
    }

    @Test
    void doesNotAnswerIndexHtmlForMissingAssetsApiOrQuarkusPaths() {
        given().get("/assets/missing-123.js")
                .then()
                .statusCode(404)
                .header("Cache-Control", not(containsString("immutable")));
        given().get("/api/v1/unknown-service").then().statusCode(404).contentType("application/problem+json");
        given().get("/q/nothing-here").then().statusCode(404).body(not(containsString("CCHC test SPA")));
        given().post("/thu-tuc").then().statusCode(not(200));
    }

    @Test
    void reportsReadinessUpWhileOneUpstreamIsDown() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.procedures", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.dossiers", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.par-index", equalTo("UNREACHABLE"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
