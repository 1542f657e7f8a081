package vn.cchc.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * docs/api/openapi/cchc-api.json, the document the SPA's generated client is built from (docs/api/clients.md), is
 * what {@code GET /api/v1/openapi.json} serves: the stored service documents (each checked against the served
 * one by the service's OpenApiConventionsTest) merged by {@link OpenApiMerger} in the gateway's route order
 * (by name), with the local stack's realm as OIDC discovery URL and no public URL. {@code
 * -Dcchc.openapi.refresh=true} (or {@code CCHC_OPENAPI_REFRESH=1}) rewrites the file.
 */
class StoredMergedOpenApiTest {

    static final List<String> SERVICES = List.of("dossiers", "inspections", "par-index", "procedures");
    static final String OIDC = "http://127.0.0.1:8180/realms/cchc/.well-known/openid-configuration";

    static Path openApiDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "no repository root above " + Path.of("").toAbsolutePath());
        return dir.resolve("docs/api/openapi");
    }

    @Test
    void theStoredMergedDocumentIsTheMergeOfTheStoredServiceDocuments() throws IOException {
        Path dir = openApiDirectory();
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        for (String service : SERVICES) {
            documents.put(service, new JsonObject(Files.readString(dir.resolve(service + ".json"))));
        }
        String merged = OpenApiMerger.merge(documents, Optional.empty(), Optional.of(OIDC))
                        .encodePrettily()
                + "\n";
        Path stored = dir.resolve("cchc-api.json");
        if (Boolean.getBoolean("cchc.openapi.refresh") || "1".equals(System.getenv("CCHC_OPENAPI_REFRESH"))) {
            Files.writeString(stored, merged, StandardCharsets.UTF_8);
        }
        String current = Files.exists(stored) ? Files.readString(stored, StandardCharsets.UTF_8) : "";
        String stale = current.equals(merged)
                ? null
                : "docs/api/openapi/cchc-api.json is stale or missing: run deploy/local/lib/api-clients.sh refresh";
        assertNull(stale, stale);
        JsonObject doc = new JsonObject(current);
        assertEquals(1, doc.getJsonArray("servers").size(), "no public URL in the stored document");
        assertTrue(doc.getJsonObject("paths").size() > 100, "all four services' paths are merged");
    }

    /** A schema property named "components" is not the components section: its references follow a rename. */
    @Test
    void aPropertyNamedComponentsFollowsARenamedSchema() {
        JsonObject first = new JsonObject("""
                {"paths":{},"components":{"schemas":{"Part":{"type":"object","properties":{"name":{"type":"string"}}}}}}""");
        JsonObject second = new JsonObject("""
                {"paths":{},"components":{"schemas":{
                  "Part":{"type":"object","properties":{"name":{"type":"string"},"form":{"type":"string"}}},
                  "Input":{"type":"object","properties":{"components":{"type":"array",
                    "items":{"$ref":"#/components/schemas/Part"}}}}}}}""");
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        documents.put("dossiers", first);
        documents.put("procedures", second);
        JsonObject schemas = OpenApiMerger.merge(documents, Optional.empty(), Optional.empty())
                .getJsonObject("components")
                .getJsonObject("schemas");
        assertTrue(schemas.containsKey("ProceduresPart"), schemas.encode());
        assertEquals(
                "#/components/schemas/ProceduresPart",
                schemas.getJsonObject("Input")
                        .getJsonObject("properties")
                        .getJsonObject("components")
                        .getJsonObject("items")
                        .getString("$ref"));
    }
}
