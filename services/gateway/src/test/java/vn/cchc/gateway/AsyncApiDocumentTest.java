package vn.cchc.gateway;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.gateway.testing.Http.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.asyncapi.AsyncApiDocument;
import vn.cchc.gateway.testing.GatewayTestResources;

/** GET /api/v1/asyncapi.yaml: the document in docs/asyncapi, byte for byte, public, cacheable by ETag. */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class AsyncApiDocumentTest {

    static final Path SOURCE = Path.of("../../docs/asyncapi/asyncapi.yaml");

    @Test
    void servesTheDocumentFromDocsWithoutAToken() throws Exception {
        byte[] served = given().get(AsyncApiDocument.PATH)
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("application/yaml"))
                .header("Cache-Control", "no-cache")
                .extract()
                .asByteArray();
        assertArrayEquals(Files.readAllBytes(SOURCE), served, "the build copies docs/asyncapi/asyncapi.yaml as it is");
        assertTrue(new String(served, java.nio.charset.StandardCharsets.UTF_8).contains("\nasyncapi: 3.0.0\n"));
    }

    @Test
    void answersAConditionalRequestWith304AndHeadWithoutBody() {
        String etag = given().get(AsyncApiDocument.PATH)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertTrue(etag != null && etag.matches("\"[0-9a-f]{32}\""), etag);
        given().header("If-None-Match", etag)
                .get(AsyncApiDocument.PATH)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .body(emptyString());
        given().header("If-None-Match", "\"other\"")
                .get(AsyncApiDocument.PATH)
                .then()
                .statusCode(200);
        given().head(AsyncApiDocument.PATH)
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("application/yaml"))
                .body(emptyString());
    }

    @Test
    void refusesOtherMethodsWith405AndAProblem() {
        given().contentType("application/json")
                .body("{}")
                .post(AsyncApiDocument.PATH)
                .then()
                .statusCode(405)
                .header("Allow", "GET, HEAD")
                .contentType("application/problem+json");
    }
}
