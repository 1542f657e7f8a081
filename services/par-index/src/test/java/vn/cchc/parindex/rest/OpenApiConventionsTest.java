package vn.cchc.parindex.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.OpenApiConventions;
import vn.cchc.shared.testing.StoredOpenApi;

/**
 * The document this service serves follows the API conventions (docs/adr/0011-api-conventions.md) and is the one
 * stored for the generated clients (docs/api/clients.md).
 */
@QuarkusTest
class OpenApiConventionsTest {

    @Test
    void theServedDocumentFollowsTheConventions() {
        String json = given().accept("application/json")
                .queryParam("format", "json")
                .get("/api/v1/par-index/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> violations = OpenApiConventions.check(json);
        assertEquals(List.of(), violations, String.join("\n", violations));
        assertTrue(json.contains("\"operationId\""), json);
    }

    /** The generated clients are built from docs/api/openapi/par-index.json: it must be what the service serves. */
    @Test
    void theStoredDocumentIsCurrent() {
        String json = given().accept("application/json")
                .queryParam("format", "json")
                .get("/api/v1/par-index/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String stale = StoredOpenApi.compare("par-index", json);
        assertNull(stale, stale);
    }
}
