package vn.cchc.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.testing.GatewayTestResources;

/**
 * The merged OpenAPI document and the API reference page (issue 15): every running service's paths in one 3.1
 * document, and a page whose scripts and styles all come from the gateway under its Content-Security-Policy.
 */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class ApiReferenceTest {

    @Test
    void theMergedDocumentHoldsEveryServicesPathsAndNamesTheOneThatIsDown() {
        JsonPath doc = given().get("/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .extract()
                .jsonPath();
        assertEquals("3.1.0", doc.getString("openapi"));
        for (String service : List.of("procedures", "dossiers", "inspections")) {
            String path = "/api/v1/" + service + "/things";
            assertTrue(
                    doc.getMap("paths").containsKey(path),
                    path + " in " + doc.getMap("paths").keySet());
        }
        // par-index's upstream is down in this test: named, and the rest still served
        assertEquals(List.of("par-index"), doc.getList("x-unavailable-services"));
        // the identical Problem stays one; each service's own Thing survives, renamed where it clashed
        assertEquals(
                1,
                doc.getMap("components.schemas").keySet().stream()
                        .filter(k -> k.equals("Problem"))
                        .count());
        // each service's operation points at a schema with that service's own property, whatever the merge order
        int renamed = 0;
        for (String service : List.of("procedures", "dossiers", "inspections")) {
            String ref = doc.getString("paths.'/api/v1/" + service
                    + "/things'.get.responses.'200'.content.'application/json'.schema.$ref");
            String name = ref.substring("#/components/schemas/".length());
            assertTrue(
                    doc.getMap("components.schemas." + name + ".properties").containsKey(service + "Code"),
                    service + " -> " + name);
            if (!name.equals("Thing")) {
                renamed++;
            }
        }
        assertEquals(2, renamed);
        assertEquals("/", doc.getString("servers[0].url"));
        assertTrue(doc.getString("components.securitySchemes.oidc.openIdConnectUrl")
                .endsWith("/.well-known/openid-configuration"));
        // the index of the per-service documents still answers
        given().get("/api/v1/openapi").then().statusCode(200).body("urls.name", hasItem("par-index"));
    }

    @Test
    void theReferencePageLoadsOnlyAssetsTheGatewayServesUnderItsPolicy() {
        given().redirects()
                .follow(false)
                .get("/api/docs")
                .then()
                .statusCode(308)
                .header("Location", "/api/docs/");
        String page = given().get("/api/docs/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .extract()
                .asString();
        assertFalse(page.contains("http://") || page.contains("https://") || page.contains("//cdn"), page);
        assertFalse(
                Pattern.compile("<script>|<script [^>]*>[^<]+</script>")
                        .matcher(page)
                        .find(),
                "no inline script");
        Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page);
        int count = 0;
        while (assets.find()) {
            count++;
            String asset = assets.group(1);
            given().get("/api/docs/" + asset).then().statusCode(200);
        }
        assertEquals(6, count, page);
        given().get("/api/docs/swagger-ui-bundle.js")
                .then()
                .contentType(startsWith("text/javascript"))
                .body(containsString("SwaggerUIBundle"));
        given().get("/api/docs/init.js").then().body(containsString("/api/v1/openapi.json"));
        given().get("/api/docs/swagger-initializer.js").then().statusCode(404);
        given().get("/api/docs/../application.properties").then().statusCode(404);
        given().post("/api/docs/").then().statusCode(405);
        given().post("/api/v1/openapi.json").then().statusCode(405).body("status", equalTo(405));
    }
}
