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
    void hashedBuildFilesAreImmutableForAYear() {
        for (String name : new String[] {
            GatewayTestResources.MAIN_JS_NAME, GatewayTestResources.MAIN_CSS_NAME, GatewayTestResources.IMAGE_NAME
        }) {
            given().get("/assets/" + name)
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "public, max-age=31536000, immutable");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sw.js", "/workbox-4f2b9c1d.js", "/manifest.webmanifest"})
    void theServiceWorkerItsRuntimeAndTheManifestAreAlwaysRevalidated(String path) {
        given().get(path)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-cache")
                .header("Last-Modified", notNullValue());
    }

    @Test
    void indexHtmlAndClientRoutesAnswer304WhenUnchanged() {
        String lastModified = given().get("/")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-cache")
                .extract()
                .header("Last-Modified");
        given().header("If-Modified-Since", lastModified)
                .get("/")
                .then()
                .statusCode(304)
                .header("Cache-Control", "no-cache");

        io.restassured.response.Response route = given().get("/thu-tuc/1.001234");
        org.junit.jupiter.api.Assertions.assertEquals(200, route.statusCode());
        String etag = route.header("ETag");
        org.junit.jupiter.api.Assertions.assertTrue(etag != null && etag.startsWith("W/\""), "weak ETag " + etag);
        org.junit.jupiter.api.Assertions.assertNotNull(route.header("Last-Modified"));
        given().header("If-None-Match", etag)
                .get("/ho-so/HS-2024-1")
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "no-cache")
                .body(equalTo(""));
        given().header("If-Modified-Since", route.header("Last-Modified"))
                .get("/thu-tuc")
                .then()
                .statusCode(304);
        // another version, an old date or an unreadable date: the page itself
        given().header("If-None-Match", "W/\"0-0\"")
                .get("/thu-tuc")
                .then()
                .statusCode(200)
                .body(equalTo(GatewayTestResources.INDEX_HTML));
        given().header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")
                .get("/thu-tuc")
                .then()
                .statusCode(200);
        given().header("If-Modified-Since", "yesterday").get("/thu-tuc").then().statusCode(200);
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
