package vn.cchc.dossiers.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.cchc.dossiers.service.TooManyAttemptsException;
import vn.cchc.shared.problem.Problem;
import vn.cchc.shared.problem.RequestIds;

/** 429 problem+json with {@code Retry-After} (seconds), for the throttled tracking and rating guesses. */
public class TooManyAttemptsMapper {

    @ServerExceptionMapper
    public Response tooMany(TooManyAttemptsException e, UriInfo uri, HttpHeaders headers) {
        Problem body = new Problem(
                Problem.TYPE_BASE + e.slug(),
                e.title(),
                429,
                e.getMessage(),
                uri == null ? null : uri.getPath(),
                RequestIds.current(headers),
                List.of());
        return Response.status(429)
                .type(Problem.MEDIA_TYPE)
                .entity(body)
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .build();
    }
}
