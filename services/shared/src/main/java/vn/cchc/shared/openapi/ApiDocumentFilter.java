package vn.cchc.shared.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;
import vn.cchc.shared.problem.Problem;

/**
 * Completes every service's OpenAPI document with what is the same everywhere (docs/adr/0011-api-conventions.md),
 * so that no resource repeats it: the {@code Problem} schema (RFC 9457, {@code application/problem+json}), the
 * standard error responses and which operation can answer which one, the {@code Location} header component (a
 * resource's {@code @APIResponse} names it on the 201 and 202 that set it), the {@code Retry-After} header of 429
 * and 503, the OIDC security scheme next to the bearer JWT one, and the
 * servers. Registered with {@code mp.openapi.filter} (shared microprofile-config.properties); it runs when the
 * document is built, so the stored document (target/openapi) and the served one are the same.
 *
 * <p>Which errors an operation documents follows from its shape: 400 when it takes parameters or a body, 401 and
 * 403 when it is secured, 404 when its path names a resource, 409 when it changes state, 413 when it takes a body,
 * 412 and 428 when it takes {@code If-Match}, 422 when it takes {@code Idempotency-Key}; 429, 500 and 503 always
 * (the gateway's rate limit, an unexpected failure, a dependency that is down). A response an operation already
 * documents keeps its description but gets the problem body.
 */
public class ApiDocumentFilter implements OASFilter {

    public static final String PROBLEM_SCHEMA = "Problem";
    public static final String VIOLATION_SCHEMA = "Violation";
    public static final String OIDC_SCHEME = "oidc";
    public static final String JWT_SCHEME = "jwt";

    /** Config key: the OpenID Connect discovery URL of the realm (documented in every service README). */
    public static final String OIDC_URL_KEY = "cchc.openapi.openid-connect-url";
    /** Config key: the absolute public base URL of the API (the gateway), listed after the relative "/". */
    public static final String PUBLIC_URL_KEY = "cchc.openapi.public-url";

    /** Status → (component name, description). Order is the order in the document. */
    static final Map<String, String[]> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", new String[] {
            "BadRequest", "Yêu cầu không hợp lệ: a parameter or a field breaks a rule" + " (each one in violations[])"
        });
        ERRORS.put("401", new String[] {"Unauthorized", "No valid bearer token (missing, expired or wrong audience)"});
        ERRORS.put("403", new String[] {"Forbidden", "The caller's role or jurisdiction does not allow it"});
        ERRORS.put("404", new String[] {"NotFound", "No such resource (or not visible to the caller)"});
        ERRORS.put("409", new String[] {"Conflict", "The resource's state does not allow it (e.g. already rated)"});
        ERRORS.put("412", new String[] {"PreconditionFailed", "If-Match does not match the current ETag"});
        ERRORS.put("413", new String[] {"ContentTooLarge", "The body is larger than the endpoint accepts"});
        ERRORS.put(
                "422", new String[] {"UnprocessableContent", "The Idempotency-Key was already used with another body"});
        ERRORS.put("428", new String[] {"PreconditionRequired", "A write to a versioned resource without If-Match"});
        ERRORS.put("429", new String[] {"TooManyRequests", "Rate limit reached; wait Retry-After seconds"});
        ERRORS.put("500", new String[] {"InternalError", "Unexpected failure (the requestId names it in the logs)"});
        ERRORS.put("503", new String[] {"ServiceUnavailable", "A dependency is down; retry after Retry-After seconds"});
    }

    private final Optional<String> oidcUrl;
    private final Optional<String> publicUrl;

    public ApiDocumentFilter() {
        this(ConfigProvider.getConfig());
    }

    ApiDocumentFilter(Config config) {
        this(
                config.getOptionalValue(OIDC_URL_KEY, String.class)
                        .or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                                .filter(s -> !s.isBlank())
                                .map(s -> s.replaceAll("/+$", "") + "/.well-known/openid-configuration")),
                config.getOptionalValue(PUBLIC_URL_KEY, String.class).filter(s -> !s.isBlank()));
    }

    ApiDocumentFilter(Optional<String> oidcUrl, Optional<String> publicUrl) {
        this.oidcUrl = oidcUrl;
        this.publicUrl = publicUrl;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(VIOLATION_SCHEMA, violationSchema());
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        components.addHeader(
                "RetryAfter",
                OASFactory.createHeader()
                        .description("Seconds to wait before trying again")
                        .schema(OASFactory.createSchema()
                                .addType(SchemaType.INTEGER)
                                .minimum(java.math.BigDecimal.ZERO)));
        components.addHeader(
                "Location",
                OASFactory.createHeader()
                        .description(
                                "URL of the created resource on the public gateway (the gateway rewrites a service's"
                                        + " own address to the address the client called, or to a path)")
                        .schema(OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .format("uri-reference")));
        ERRORS.forEach((status, named) -> components.addResponse(named[0], errorResponse(status, named[1])));
        securitySchemes(openAPI, components);
        servers(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() == null) {
                return;
            }
            item.getOperations().forEach((method, operation) -> complete(path, method, item, operation));
        });
    }

    private void complete(String path, PathItem.HttpMethod method, PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (String status : errorsOf(path, method, item, operation)) {
            APIResponse existing = responses.getAPIResponse(status);
            String ref = "#/components/responses/" + ERRORS.get(status)[0];
            if (existing == null || existing.getRef() != null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(ref));
            } else if (existing.getContent() == null
                    || existing.getContent().getMediaTypes().isEmpty()) {
                existing.setContent(problemContent());
                if ("429".equals(status) || "503".equals(status)) {
                    existing.addHeader("Retry-After", OASFactory.createHeader().ref("RetryAfter"));
                }
            }
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            boolean hasOidc = operation.getSecurity().stream()
                    .anyMatch(r -> r.getSchemes() != null && r.getSchemes().containsKey(OIDC_SCHEME));
            if (!hasOidc && oidcUrl.isPresent()) {
                // the roles the JWT requirement lists are realm roles, not OAuth scopes: the OIDC one names none
                operation.addSecurityRequirement(
                        OASFactory.createSecurityRequirement().addScheme(OIDC_SCHEME));
            }
        }
    }

    /** The error statuses an operation of this shape can answer (see the class comment). */
    static List<String> errorsOf(String path, PathItem.HttpMethod method, PathItem item, Operation operation) {
        List<Parameter> params = new ArrayList<>();
        if (item.getParameters() != null) {
            params.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            params.addAll(operation.getParameters());
        }
        boolean body = operation.getRequestBody() != null;
        boolean secured = (operation.getSecurity() != null
                        && !operation.getSecurity().isEmpty())
                || (operation.getResponses() != null && operation.getResponses().hasAPIResponse("401"));
        boolean write = method != PathItem.HttpMethod.GET
                && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        List<String> out = new ArrayList<>();
        if (!params.isEmpty() || body) {
            out.add("400");
        }
        if (secured) {
            out.add("401");
            out.add("403");
        }
        if (path.contains("{")) {
            out.add("404");
        }
        if (write) {
            out.add("409");
        }
        if (hasHeader(params, "If-Match")) {
            out.add("412");
        }
        if (body) {
            out.add("413");
        }
        if (hasHeader(params, "Idempotency-Key")) {
            out.add("422");
        }
        if (hasHeader(params, "If-Match")) {
            out.add("428");
        }
        out.add("429");
        out.add("500");
        out.add("503");
        return out;
    }

    private static boolean hasHeader(List<Parameter> params, String name) {
        return params.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER
                        && p.getName() != null
                        && p.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    }

    private void securitySchemes(OpenAPI openAPI, Components components) {
        if (oidcUrl.isEmpty()) {
            return;
        }
        components.addSecurityScheme(
                OIDC_SCHEME,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.OPENIDCONNECT)
                        .openIdConnectUrl(oidcUrl.get())
                        .description(
                                "Keycloak realm: citizens and staff sign in with the authorization code flow (PKCE); a"
                                        + " provincial system uses the client credentials flow. Send the access token as a bearer"
                                        + " token (scheme jwt)."));
        Map<String, SecurityScheme> schemes = components.getSecuritySchemes();
        if (schemes != null
                && schemes.containsKey(JWT_SCHEME)
                && schemes.get(JWT_SCHEME).getDescription() == null) {
            schemes.get(JWT_SCHEME)
                    .description("Access token of the realm (audience cchc-api) as Authorization: Bearer <token>");
        }
    }

    private void servers(OpenAPI openAPI) {
        List<Server> servers = new ArrayList<>();
        servers.add(OASFactory.createServer()
                .url("/")
                .description("The gateway that served this document (paths are absolute: /api/v1/...)"));
        publicUrl.ifPresent(url -> servers.add(
                OASFactory.createServer().url(url.replaceAll("/+$", "")).description("Public gateway")));
        openAPI.setServers(servers);
    }

    static APIResponse errorResponse(String status, String description) {
        APIResponse response =
                OASFactory.createAPIResponse().description(description).content(problemContent());
        if ("429".equals(status) || "503".equals(status)) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("RetryAfter"));
        }
        return response;
    }

    static Content problemContent() {
        MediaType media =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    static Schema violationSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("One broken rule of the request")
                .addRequired("field")
                .addRequired("rule")
                .addRequired("message")
                .addProperty("field", string("Dotted path of the field or the parameter's name", "applicant.fullName"))
                .addProperty("rule", string("The rule's name (stable, for programs)", "required"))
                .addProperty("message", string("Human-readable message", "must not be blank"));
    }

    static Schema problemSchema() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE_BASE + "validation");
        example.put("title", "Invalid request");
        example.put("status", 400);
        example.put("detail", "1 field is invalid");
        example.put("instance", "/api/v1/dossiers");
        example.put("requestId", "8f0c7a52-3c1e-4b8e-9a43-0d1b2c3d4e5f");
        // ordered (not Map.of, whose order changes from one JVM to the next): the stored documents are compared byte
        // for byte with the served ones (docs/api/clients.md)
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("field", "applicant.fullName");
        violation.put("rule", "required");
        violation.put("message", "must not be blank");
        example.put("violations", List.of(violation));
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details, served as application/problem+json. type is a URI under "
                        + Problem.TYPE_BASE + " naming the kind of problem (docs/api/README.md lists them).")
                .addRequired("type")
                .addRequired("title")
                .addRequired("status")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .format("uri")
                                .description("URI naming the kind of problem")
                                .examples(List.of(Problem.TYPE_BASE + "validation")))
                .addProperty("title", string("Short summary of the kind of problem", "Invalid request"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(SchemaType.INTEGER)
                                .format("int32")
                                .description("The HTTP status")
                                .examples(List.of(400)))
                .addProperty("detail", string("What went wrong in this request", "1 field is invalid"))
                .addProperty("instance", string("The request's path", "/api/v1/dossiers"))
                .addProperty(
                        "requestId",
                        string(
                                "X-Request-Id of the request (quote it to support)",
                                "8f0c7a52-3c1e-4b8e-9a43-0d1b2c3d4e5f"))
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .description("Each broken rule, per field (400)")
                                .items(OASFactory.createSchema().ref(VIOLATION_SCHEMA)))
                .examples(List.of(example));
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema()
                .addType(SchemaType.STRING)
                .description(description)
                .examples(List.of(example));
    }
}
