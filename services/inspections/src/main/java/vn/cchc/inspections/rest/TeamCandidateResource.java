package vn.cchc.inspections.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.inspections.domain.Messages;
import vn.cchc.inspections.service.TeamCandidateService;
import vn.cchc.inspections.service.TeamCandidates.TeamCandidate;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

/**
 * The team picker: accounts an inspector may add to a plan's team (name, user name, unit), from the realm's user
 * directory, limited to the inspector's province.
 */
@Path("/api/v1/inspections/team-candidates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INSPECTOR)
@Tag(name = "Plans", description = "Kế hoạch kiểm tra, đoàn kiểm tra, đơn vị được kiểm tra")
public class TeamCandidateResource {

    /** Largest page of candidates. */
    static final int MAX_SIZE = 50;

    static final int DEFAULT_SIZE = 20;
    /** Longest search text. */
    static final int MAX_QUERY = 100;

    private final TeamCandidateService service;
    private final Caller caller;

    public TeamCandidateResource(TeamCandidateService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listTeamCandidates",
            summary =
                    "Accounts of the inspector's province that can join a team (name, username, unit), matching every "
                            + "word of q in name, user name or unit (case and diacritics ignored), by name; pages of ?size= "
                            + "(default 20, at most 50); 503 when the user directory does not answer")
    public Page<TeamCandidate> list(
            @Parameter(description = "Search text, at most 100 characters") @QueryParam("q") String q,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        if (q != null && q.length() > MAX_QUERY) {
            throw ProblemException.invalid("q", "size", Messages.AT_MOST_CHARACTERS, MAX_QUERY);
        }
        Integer p = Params.integer(page, "page", 0, Params.MAX_PAGE);
        Integer s = Params.integer(size, "size", 1, MAX_SIZE);
        return service.search(q, new PageRequest(p == null ? 0 : p, s == null ? DEFAULT_SIZE : s), caller);
    }
}
