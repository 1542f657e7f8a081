package vn.cchc.shared.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

class ApiDocumentFilterTest {

    private static final String OIDC = "https://sso.example.vn/realms/cchc/.well-known/openid-configuration";

    private static OpenAPI document() {
        Operation list = OASFactory.createOperation()
                .operationId("listDossiers")
                .addParameter(OASFactory.createParameter().name("page").in(Parameter.In.QUERY))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        Operation create = OASFactory.createOperation()
                .operationId("receiveDossier")
                .requestBody(OASFactory.createRequestBody())
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt", List.of("clerk")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Created"))
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized")));
        Operation save = OASFactory.createOperation()
                .operationId("saveDraft")
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER))
                .addParameter(
                        OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER))
                .requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        Operation track = OASFactory.createOperation()
                .operationId("trackDossier")
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        return OASFactory.createOpenAPI()
                .openapi("3.1.0")
                .components(OASFactory.createComponents()
                        .addSecurityScheme(
                                "jwt", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/api/v1/dossiers",
                                OASFactory.createPathItem().GET(list).POST(create))
                        .addPathItem(
                                "/api/v1/procedures/{code}/draft",
                                OASFactory.createPathItem().PUT(save))
                        .addPathItem(
                                "/api/v1/dossiers/tracking/{code}",
                                OASFactory.createPathItem().GET(track)));
    }

    private static OpenAPI filtered(Optional<String> publicUrl) {
        OpenAPI doc = document();
        new ApiDocumentFilter(Optional.of(OIDC), publicUrl).filterOpenAPI(doc);
        return doc;
    }

    private static Operation op(OpenAPI doc, String path, PathItem.HttpMethod method) {
        return doc.getPaths().getPathItem(path).getOperations().get(method);
    }

    @Test
    void addsTheProblemSchemaAndTheStandardResponses() {
        OpenAPI doc = filtered(Optional.empty());
        var problem = doc.getComponents().getSchemas().get("Problem");
        assertNotNull(problem);
        assertTrue(problem.getProperties().keySet().containsAll(List.of("type", "title", "status", "violations")));
        assertEquals(
                "#/components/schemas/Violation",
                problem.getProperties().get("violations").getItems().getRef());
        APIResponse tooMany = doc.getComponents().getResponses().get("TooManyRequests");
        assertNotNull(tooMany.getContent().getMediaType("application/problem+json"));
        assertNotNull(tooMany.getHeaders().get("Retry-After"));
    }

    @Test
    void errorsFollowTheOperationsShape() {
        OpenAPI doc = filtered(Optional.empty());
        var list = op(doc, "/api/v1/dossiers", PathItem.HttpMethod.GET)
                .getResponses()
                .getAPIResponses();
        assertEquals(List.of("200", "400", "429", "500", "503"), List.copyOf(list.keySet()));
        var create = op(doc, "/api/v1/dossiers", PathItem.HttpMethod.POST)
                .getResponses()
                .getAPIResponses();
        assertTrue(create.keySet().containsAll(List.of("400", "401", "403", "409", "413", "429", "503")));
        assertNull(create.get("404"), "no path parameter: no 404");
        assertNull(create.get("412"), "no If-Match: no 412");
        // the 401 the scanner wrote keeps its text and gets the problem body
        assertEquals("Not Authorized", create.get("401").getDescription());
        assertNotNull(create.get("401").getContent().getMediaType("application/problem+json"));
        var save = op(doc, "/api/v1/procedures/{code}/draft", PathItem.HttpMethod.PUT)
                .getResponses()
                .getAPIResponses();
        assertTrue(save.keySet().containsAll(List.of("404", "409", "412", "422", "428")));
        var track = op(doc, "/api/v1/dossiers/tracking/{code}", PathItem.HttpMethod.GET)
                .getResponses()
                .getAPIResponses();
        assertEquals("#/components/responses/NotFound", track.get("404").getRef());
        assertNull(track.get("401"), "a public operation has no 401");
    }

    @Test
    void securedOperationsAcceptOidcAndTheHeadersAreComponents() {
        OpenAPI doc = filtered(Optional.empty());
        Operation create = op(doc, "/api/v1/dossiers", PathItem.HttpMethod.POST);
        assertNotNull(doc.getComponents().getHeaders().get("Location"));
        assertNotNull(doc.getComponents().getHeaders().get("RetryAfter"));
        assertTrue(create.getSecurity().stream().anyMatch(r -> r.hasScheme("oidc")));
        assertEquals(OIDC, doc.getComponents().getSecuritySchemes().get("oidc").getOpenIdConnectUrl());
        assertNull(op(doc, "/api/v1/dossiers", PathItem.HttpMethod.GET).getSecurity());
    }

    @Test
    void serversAreTheRelativeRootAndThePublicUrl() {
        assertEquals(
                List.of("/"),
                filtered(Optional.empty()).getServers().stream()
                        .map(s -> s.getUrl())
                        .toList());
        assertEquals(
                List.of("/", "https://dichvucong.h99.gov.vn"),
                filtered(Optional.of("https://dichvucong.h99.gov.vn/")).getServers().stream()
                        .map(s -> s.getUrl())
                        .toList());
    }
}
