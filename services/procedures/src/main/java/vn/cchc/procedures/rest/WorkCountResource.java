package vn.cchc.procedures.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.procedures.service.CatalogueWorkService;
import vn.cchc.procedures.service.CatalogueWorkService.CatalogueWorkCounts;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

/** The catalogue staff's work counts on the home page (issue 17 §4), each the total of the list it links to. */
@Path("/api/v1/procedures/work-counts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procedures", description = "Thủ tục hành chính: catalogue, versions, drafts")
public class WorkCountResource {

    private final CatalogueWorkService service;
    private final Caller caller;

    public WorkCountResource(CatalogueWorkService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.ADMIN})
    @Operation(
            operationId = "getCatalogueWorkCounts",
            summary = "The catalogue staff's open work: drafts, decisions taking effect within 7 days, posting issues",
            description = "Over the caller's province. Each count is the total of a list: drafts "
                    + "`GET /api/v1/procedures?state=DRAFT`, decisionsTakingEffect `GET /api/v1/procedures/decisions"
                    + "?catalogue={province}&effectiveFrom={effectiveFrom}&effectiveTo={effectiveTo}`, missingPostings "
                    + "and stalePostings `totals.missing` and `totals.stale` of `GET /api/v1/procedures/compliance`. "
                    + "403 for other roles and for staff whose unit the service does not know.")
    public CatalogueWorkCounts workCounts() {
        return service.workCounts(caller);
    }
}
