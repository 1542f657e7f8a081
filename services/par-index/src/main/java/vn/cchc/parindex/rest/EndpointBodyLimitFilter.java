package vn.cchc.parindex.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.cchc.parindex.service.Bodies;

/**
 * Refuses a body larger than its endpoint allows (413 naming {@code body}) from its {@code Content-Length}, before
 * anything parses it: a 1 MB body sent to a step that takes a few hundred bytes costs nothing. The shared BodyLimitFilter keeps the global ceiling. Resources taking raw
 * bodies (imports, evidence) check the actual length again.
 */
public class EndpointBodyLimitFilter {

    /** Every JSON body of the assessment workflow fits (an explanation of 8,000 characters, escaped). */
    public static final long DEFAULT_BYTES = 128 * 1024;

    @ServerRequestFilter
    public void limit(ContainerRequestContext request, ResourceInfo resource) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (header == null || header.isBlank()) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return; // the HTTP layer refuses a malformed Content-Length
        }
        long max = limitOf(resource == null ? null : resource.getResourceMethod());
        if (length > max) {
            throw Bodies.tooLarge(max);
        }
    }

    static long limitOf(Method method) {
        BodyLimit limit = method == null ? null : method.getAnnotation(BodyLimit.class);
        return limit == null ? DEFAULT_BYTES : limit.value();
    }
}
