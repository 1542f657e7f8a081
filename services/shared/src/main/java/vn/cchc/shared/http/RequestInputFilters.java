package vn.cchc.shared.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.cchc.shared.problem.CommonMessages;
import vn.cchc.shared.problem.LocalizedViolation;
import vn.cchc.shared.problem.ProblemException;

/**
 * Checks every request's path and query before any resource sees them: U+0000 (which PostgreSQL cannot store), CR
 * and LF (which could reach a header) are refused with a 400 naming the parameter; query values are put in Unicode
 * NFC, so a search typed in NFD finds NFC text. A request whose resource method reads a JSON body but that sends
 * none, or sends {@code null}, is refused with a 400 naming {@code body}.
 */
@Provider
public class RequestInputFilters implements ReaderInterceptor {

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Optional<Response> checkPathAndQuery(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String path = request.getUriInfo().getPath(true);
        if (hasForbidden(path)) {
            throw ProblemException.invalid("path", "noControlCharacter", CommonMessages.PATH_CONTROL_CHARACTER);
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        boolean normalise = false;
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            if (hasForbidden(entry.getKey())) {
                throw ProblemException.invalid(
                        "query", "noControlCharacter", CommonMessages.QUERY_NAME_CONTROL_CHARACTER);
            }
            for (String value : entry.getValue()) {
                if (hasForbidden(value)) {
                    throw ProblemException.invalid(
                            safeName(entry.getKey()), "noControlCharacter", CommonMessages.CONTROL_CHARACTER);
                }
                normalise |= !Normalizer.isNormalized(value, Normalizer.Form.NFC);
            }
        }
        if (normalise) {
            UriBuilder builder = UriBuilder.fromUri(uri).replaceQuery(null);
            for (Map.Entry<String, List<String>> entry : query.entrySet()) {
                for (String value : entry.getValue()) {
                    builder.queryParam(entry.getKey(), "{v}");
                }
            }
            Object[] values = query.values().stream()
                    .flatMap(List::stream)
                    .map(v -> Normalizer.normalize(v, Normalizer.Form.NFC))
                    .toArray();
            request.setRequestUri(builder.build(values));
        }
        return Optional.empty();
    }

    /** A body-reading method called without a body: 400 "body" instead of a null argument. */
    @ServerRequestFilter(priority = 4000)
    public Optional<Response> requireBody(ContainerRequestContext request, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null || hasBody(request)) {
            return Optional.empty();
        }
        for (Parameter parameter : resource.getResourceMethod().getParameters()) {
            if (parameter.getAnnotations().length == 0 && isJsonEntity(parameter.getType())) {
                throw missingBody();
            }
        }
        return Optional.empty();
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object value = context.proceed();
        if (value == null
                && context.getMediaType() != null
                && context.getMediaType().getSubtype().endsWith("json")) {
            throw missingBody();
        }
        return value;
    }

    private static ProblemException missingBody() {
        return new ProblemException(
                400,
                "validation",
                CommonMessages.TITLE_INVALID.with(),
                CommonMessages.FIELD_MESSAGE.with("body", CommonMessages.JSON_BODY_REQUIRED.with()),
                List.of(LocalizedViolation.of("body", "required", CommonMessages.JSON_BODY_REQUIRED)));
    }

    private static boolean hasBody(ContainerRequestContext request) {
        if (request.hasEntity()) {
            return true;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        String chunked = request.getHeaderString("Transfer-Encoding");
        return chunked != null || (length != null && !length.equals("0"));
    }

    /** Records, our own classes, lists, maps and JSON trees are read from a JSON body. */
    private static boolean isJsonEntity(Class<?> type) {
        return type.isRecord()
                || type.getName().startsWith("vn.cchc.")
                || List.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type)
                || type.getName().startsWith("com.fasterxml.jackson.databind");
    }

    static boolean hasForbidden(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private static String safeName(String name) {
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
