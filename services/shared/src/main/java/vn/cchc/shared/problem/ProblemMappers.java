package vn.cchc.shared.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to an RFC 9457 problem response. Bad input is a 400 naming the field and
 * the rule; unknown resources 404; conflicts and invalid transitions 409; missing or bad tokens
 * 401; missing rights 403; anything unexpected a 500 without internals (logged with the request id).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Language language = languageOf(headers);
        Response response = respond(
                e.status(),
                e.slug(),
                e.title(language),
                e.detail(language),
                uri,
                headers,
                e.violations(language),
                language);
        Long retryAfter = e.retryAfterSeconds();
        return retryAfter == null
                ? response
                : Response.fromResponse(response)
                        .header(HttpHeaders.RETRY_AFTER, retryAfter.toString())
                        .build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), ruleOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail =
                violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        Language language = languageOf(headers);
        return respond(
                400,
                "validation",
                CommonMessages.TITLE_INVALID.text(language),
                detail,
                uri,
                headers,
                violations,
                language);
    }

    /** Listed by type so that it wins over the built-in Jackson mappers, which answer plain JSON. */
    @ServerExceptionMapper(
            value = {
                JsonProcessingException.class,
                MismatchedInputException.class,
                InvalidFormatException.class,
                JsonParseException.class
            },
            priority = Priorities.USER - 100)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : "";
        if (field.isEmpty() && e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser) {
            field = pathOf(parser.getParsingContext());
        }
        Language language = languageOf(headers);
        String rule = "type";
        String message;
        if (e instanceof vn.cchc.shared.json.TextRuleException t) {
            rule = t.rule();
            message = t.userMessage();
        } else if (e instanceof com.fasterxml.jackson.core.exc.InputCoercionException
                || e instanceof JsonMappingException m
                        && m.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException) {
            rule = "range";
            message = CommonMessages.NUMBER_OUT_OF_RANGE.text(language);
        } else if (e instanceof com.fasterxml.jackson.databind.exc.InvalidNullException) {
            rule = "notNull";
            message = CommonMessages.MUST_NOT_BE_NULL.text(language);
        } else if (e instanceof JsonMappingException && !field.isEmpty()) {
            message = CommonMessages.WRONG_TYPE.with().in(language);
        } else {
            message = CommonMessages.NOT_JSON.with(syntaxReason(e)).in(language);
            rule = "json";
        }
        String named = field.isEmpty() ? "body" : field;
        return respond(
                400,
                "malformed-body",
                CommonMessages.TITLE_MALFORMED_BODY.text(language),
                named + ": " + message,
                uri,
                headers,
                List.of(new Problem.Violation(named, rule, message)),
                language);
    }

    /** A short, input-free reason for a syntax failure (never echoes the body). */
    static Text syntaxReason(JsonProcessingException e) {
        String text = String.valueOf(e.getOriginalMessage());
        if (text.contains("Duplicate field") || text.contains("Duplicate key")) {
            return CommonMessages.JSON_DUPLICATE_KEY.with();
        }
        if (text.contains("Trailing token")) {
            return CommonMessages.JSON_TRAILING.with();
        }
        if (text.contains("nesting depth")) {
            return CommonMessages.JSON_TOO_DEEP.with(vn.cchc.shared.json.StrictJson.MAX_NESTING);
        }
        if (text.contains("String value length") || text.contains("Number value length")) {
            return CommonMessages.JSON_TOO_LONG.with();
        }
        if (text.contains("Non-standard token") || text.contains("NaN") || text.contains("Infinity")) {
            return CommonMessages.JSON_NON_STANDARD_NUMBER.with();
        }
        return CommonMessages.JSON_SYNTAX.with();
    }

    /**
     * A database constraint that the use case's own checks did not catch, typically two concurrent
     * requests creating the same key: a unique or foreign-key violation is a 409, a check
     * constraint a 400 naming the constraint. The transaction has rolled back: nothing is written.
     */
    @ServerExceptionMapper
    public Response databaseConstraint(
            org.hibernate.exception.ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        String constraint = e.getConstraintName() == null ? "constraint" : e.getConstraintName();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Language language = languageOf(headers);
        if (state.equals("23514") || state.equals("23502")) {
            return respond(
                    400,
                    "validation",
                    CommonMessages.TITLE_INVALID.text(language),
                    CommonMessages.BREAKS_RULE.with(constraint).in(language),
                    uri,
                    headers,
                    List.of(new Problem.Violation(
                            constraint,
                            "databaseConstraint",
                            CommonMessages.BREAKS_RULE_SHORT.with(constraint).in(language))),
                    language);
        }
        return respond(
                409,
                "conflict",
                CommonMessages.TITLE_CONFLICT.text(language),
                CommonMessages.CONFLICTS_WITH_DATA.with(constraint).in(language),
                uri,
                headers,
                List.of(),
                language);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        Language language = languageOf(headers);
        return Response.fromResponse(respond(
                        401,
                        "unauthorized",
                        CommonMessages.TITLE_UNAUTHORIZED.text(language),
                        CommonMessages.TOKEN_REQUIRED.text(language),
                        uri,
                        headers,
                        List.of(),
                        language))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cchc\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        Language language = languageOf(headers);
        return respond(
                403,
                "forbidden",
                CommonMessages.TITLE_FORBIDDEN.text(language),
                CommonMessages.ROLES_FORBID.text(language),
                uri,
                headers,
                List.of(),
                language);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        // An unreadable body read through a reader interceptor arrives wrapped in a bare 400: name the field.
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return unreadableJson(json, uri, headers);
            }
            if (t instanceof ProblemException problem) {
                return problem(problem, uri, headers);
            }
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        String reason = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Error";
        String slug = reason.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Language language = languageOf(headers);
        CommonMessages known = CommonMessages.title(reason);
        String title = known == null ? reason : known.text(language);
        // the framework's own texts ("HTTP 404 Not Found") are English: the localized title says the same
        String detail = e.getMessage();
        if (detail != null && detail.startsWith("HTTP " + status) && known != null) {
            detail = title;
        }
        Response problem =
                respond(status, slug, title, status >= 500 ? null : detail, uri, headers, List.of(), language);
        if ((status == 429 || status == 503) && original.getHeaderString(HttpHeaders.RETRY_AFTER) == null) {
            problem = Response.fromResponse(problem)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(ProblemException.DEFAULT_RETRY_AFTER_SECONDS))
                    .build();
        } else if (original.getHeaderString(HttpHeaders.RETRY_AFTER) != null) {
            problem = Response.fromResponse(problem)
                    .header(HttpHeaders.RETRY_AFTER, original.getHeaderString(HttpHeaders.RETRY_AFTER))
                    .build();
        }
        if (status == 405 && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(problem)
                    .header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        return problem;
    }

    /**
     * Anything else. Failures raised while the transaction commits arrive wrapped (a rollback exception around
     * Hibernate's), so the causes are looked through first: a concurrent update of the same row (optimistic
     * lock) is a 409 — reload and try again — and a constraint violation is mapped as above. Otherwise a 500.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        Language language = languageOf(headers);
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return respond(
                        409,
                        "concurrent-change",
                        CommonMessages.TITLE_CONFLICT.text(language),
                        CommonMessages.CONCURRENT_CHANGE.text(language),
                        uri,
                        headers,
                        List.of(),
                        language);
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException c) {
                return databaseConstraint(c, uri, headers);
            }
            if (t instanceof ProblemException p) {
                return problem(p, uri, headers);
            }
        }
        switch (DatabaseFailures.classify(e)) {
            case UNAVAILABLE -> {
                LOG.warnf(
                        "database unavailable on %s (request %s): %s",
                        uri == null ? "?" : uri.getPath(),
                        RequestIds.current(headers),
                        DatabaseFailures.rootMessage(e));
                return Response.fromResponse(respond(
                                503,
                                "unavailable",
                                CommonMessages.TITLE_UNAVAILABLE.text(language),
                                CommonMessages.DATABASE_UNAVAILABLE.text(language),
                                uri,
                                headers,
                                List.of(),
                                language))
                        .header(HttpHeaders.RETRY_AFTER, "5")
                        .build();
            }
            case DATA_OUT_OF_RANGE -> {
                return respond(
                        400,
                        "validation",
                        CommonMessages.TITLE_INVALID.text(language),
                        CommonMessages.VALUE_NOT_STORABLE.text(language),
                        uri,
                        headers,
                        List.of(new Problem.Violation(
                                "body", "storable", CommonMessages.VALUE_NOT_STORABLE_SHORT.text(language))),
                        language);
            }
            default -> {}
        }
        String requestId = RequestIds.current(headers);
        LOG.errorf(e, "unexpected failure on %s (request %s)", uri == null ? "?" : uri.getPath(), requestId);
        return respond(
                500,
                "internal",
                CommonMessages.TITLE_INTERNAL.text(language),
                CommonMessages.INTERNAL_ERROR.text(language),
                uri,
                headers,
                List.of(),
                language);
    }

    /** The language of the answer: the request's {@code Accept-Language} (ADR 0015). */
    public static Language languageOf(HttpHeaders headers) {
        return Language.of(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * A problem response in {@code language}: {@code Content-Language} names it and {@code Vary: Accept-Language}
     * tells caches that another request may get another language.
     */
    public static Response respond(
            int status,
            String slug,
            String title,
            String detail,
            UriInfo uri,
            HttpHeaders headers,
            List<Problem.Violation> violations,
            Language language) {
        Problem body = new Problem(
                Problem.TYPE_BASE + slug,
                title,
                status,
                detail,
                uri == null ? null : uri.getPath(),
                RequestIds.current(headers),
                violations);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    /** "create.request.processingTime.value" → "processingTime.value"; a query parameter → its name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                field.setLength(0);
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // the index of a list element belongs to the container before this node: fees[0].amount
                if (node.isInIterable() && !field.isEmpty()) {
                    field.append('[')
                            .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                            .append(']');
                }
                String name = node.getName();
                if (name == null || name.startsWith("<")) {
                    continue;
                }
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    static String ruleOf(ConstraintViolation<?> violation) {
        String annotation = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return Character.toLowerCase(annotation.charAt(0)) + annotation.substring(1);
    }

    /** The JSON path where a streaming parser stopped: "rows[3].fee" (empty at the root). */
    static String pathOf(com.fasterxml.jackson.core.JsonStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
