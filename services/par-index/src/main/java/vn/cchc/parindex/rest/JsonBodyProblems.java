package vn.cchc.parindex.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.cchc.shared.problem.ProblemMappers;

/**
 * While a reader interceptor is registered (the shared {@code RequestInputFilters}), Quarkus' Jackson reader wraps
 * every unreadable JSON body (syntax, duplicate key, trailing content, a number out of range, U+0000 …) in a bare
 * {@code WebApplicationException(400)}, which would be answered without the field. This unwraps it and answers as
 * the shared mapper does for the Jackson failure itself: a 400 naming the JSON path and the rule. Everything else
 * goes to the shared mapper unchanged. (Remove once the shared library unwraps it itself.)
 */
public class JsonBodyProblems {

    private final ProblemMappers shared = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 200)
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return shared.unreadableJson(json, uri, headers);
            }
        }
        return shared.webApplication(e, uri, headers);
    }
}
