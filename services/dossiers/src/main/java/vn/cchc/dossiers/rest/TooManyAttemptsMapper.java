package vn.cchc.dossiers.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.cchc.dossiers.service.TooManyAttemptsException;
import vn.cchc.shared.problem.ProblemMappers;

/**
 * 429 problem+json with {@code Retry-After} (seconds), for the throttled tracking and rating guesses; in the language
 * of the request like every problem (ADR 0015).
 */
public class TooManyAttemptsMapper {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response tooMany(TooManyAttemptsException e, UriInfo uri, HttpHeaders headers) {
        return problems.problem(e, uri, headers);
    }
}
