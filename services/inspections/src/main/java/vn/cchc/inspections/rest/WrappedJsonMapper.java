package vn.cchc.inspections.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.cchc.shared.problem.Problem;
import vn.cchc.shared.problem.ProblemMappers;
import vn.cchc.shared.problem.RequestIds;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Quarkus REST's JSON reader wraps some body failures in a bare {@code WebApplicationException(400)}: a number out of
 * range for its type (InputCoercionException), a repeated key, and the strict-JSON rules raised as mapping exceptions.
 * This mapper looks at the cause so that the answer still names the field ({@code team[0].role}) and the rule,
 * as the shared problem mappers do for unwrapped failures; everything else goes to the shared mapper unchanged.
 * (The same as the dossiers service's; to be moved into the shared library. It runs before the shared mapper by its
 * priority.)
 */
public class WrappedJsonMapper {

    private final ProblemMappers shared = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 200)
    public Response wrapped(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Throwable cause = e.getCause();
        if (e.getResponse() != null && e.getResponse().getStatus() == 400) {
            if (cause instanceof InputCoercionException c) {
                String field = fieldOf(c.getProcessor() instanceof JsonParser p ? p.getParsingContext() : null);
                String message = "số nằm ngoài phạm vi cho phép / the number is out of range";
                Problem body = new Problem(Problem.TYPE_BASE + "malformed-body", "Malformed request body", 400,
                        field + ": " + message, uri == null ? null : uri.getPath(), RequestIds.current(headers),
                        List.of(new Problem.Violation(field, "range", message)));
                return Response.status(400).type(Problem.MEDIA_TYPE).entity(body).build();
            }
            if (cause instanceof JsonMappingException || cause instanceof JsonProcessingException) {
                return shared.unreadableJson((JsonProcessingException) cause, uri, headers);
            }
        }
        return shared.webApplication(e, uri, headers);
    }

    /** "team[0].role" from the parser's position; "body" at the top. */
    static String fieldOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts).replaceFirst("^\\.", "");
        return path.isEmpty() ? "body" : path;
    }
}
