package vn.cchc.inspections.rest;

import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.cchc.inspections.service.InspectionDtos.Dashboard;
import vn.cchc.inspections.service.InspectionDtos.InspectionInput;
import vn.cchc.inspections.service.InspectionDtos.InspectionView;
import vn.cchc.inspections.service.InspectionDtos.PlanInput;
import vn.cchc.inspections.service.InspectionDtos.PlanSummary;
import vn.cchc.inspections.service.InspectionDtos.PlanUpdate;
import vn.cchc.inspections.service.InspectionDtos.PlanView;
import vn.cchc.inspections.service.InspectionDtos.RemediationView;
import vn.cchc.inspections.service.InspectionDtos.TeamMemberInput;
import vn.cchc.inspections.service.PlanService;
import vn.cchc.inspections.service.RemediationService;
import vn.cchc.shared.http.ETags;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

/**
 * Plans. Staff with a unit only (class level); what each may do is decided by
 * {@link vn.cchc.inspections.security.AccessPolicy} before the body is validated, so a caller without access gets
 * 403/404 whatever it sends.
 */
@Path("/api/v1/inspections/plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.OFFICER,
    Roles.SPECIALIST,
    Roles.LEADER,
    Roles.INSPECTOR,
    Roles.APPRAISER,
    Roles.CATALOGUE_ADMIN,
    Roles.ADMIN
})
@Tag(name = "Plans", description = "Kế hoạch kiểm tra, đoàn kiểm tra, đơn vị được kiểm tra")
public class PlanResource {

    private final PlanService plans;
    private final RemediationService remediation;
    private final Caller caller;
    private final Idempotency idempotency;

    public PlanResource(PlanService plans, RemediationService remediation, Caller caller, Idempotency idempotency) {
        this.idempotency = idempotency;
        this.plans = plans;
        this.remediation = remediation;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listPlans",
            summary = "Plans of the inspector's province, or with the caller in the team; newest first, pages of "
                    + "?size= (default 100, at most 500) in the paging envelope (total also in X-Total-Count)")
    public RestResponse<Page<PlanSummary>> list(
            @QueryParam("year") String year, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest p = Params.page(page, size, 100);
        return Params.listed(plans.list(Params.integer(year, "year", 1900, 2100), p, caller), p);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(operationId = "createPlan", summary = "Create a plan with content groups, team and inspected units")
    @APIResponse(
            responseCode = "201",
            description = "The plan",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)),
            headers = @Header(name = "Location", ref = "#/components/headers/Location"))
    public Response create(@NotNull PlanInput in, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first 201, not a second plan (ADR 0013)
        return idempotency.run(idempotencyKey, in, () -> {
            PlanView plan = plans.create(in, caller);
            return Params.created("/api/v1/inspections/plans/" + plan.id(), plan);
        });
    }

    @GET
    @Operation(operationId = "getPlan")
    @Path("/{planId}")
    public PlanView get(@PathParam("planId") UUID id, @Context HttpServerResponse response) {
        return ETags.answer(response, plans.get(id, caller));
    }

    @PUT
    @Operation(operationId = "updatePlan")
    @Path("/{planId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    public PlanView update(
            @PathParam("planId") UUID id,
            @NotNull PlanUpdate in,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Context HttpServerResponse response) {
        return ETags.answer(response, plans.update(id, in, ifMatch, caller));
    }

    @PUT
    @Path("/{planId}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(
            operationId = "setPlanTeam",
            summary = "Replace the team (leader, members: name, agency, role, optional username)")
    public PlanView team(
            @PathParam("planId") UUID id,
            @NotNull List<TeamMemberInput> members,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Context HttpServerResponse response) {
        return ETags.answer(response, plans.replaceTeam(id, members, ifMatch, caller));
    }

    @POST
    @Path("/{planId}/inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(operationId = "addPlanInspection", summary = "Add an inspected unit with its schedule")
    @APIResponse(
            responseCode = "201",
            description = "The inspection",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InspectionView.class)),
            headers = @Header(name = "Location", ref = "#/components/headers/Location"))
    public Response addInspection(
            @PathParam("planId") UUID id,
            @NotNull InspectionInput in,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, in, () -> {
            InspectionView view = plans.addInspection(id, in, caller);
            return Params.created("/api/v1/inspections/" + view.id(), view);
        });
    }

    @GET
    @Path("/{planId}/dashboard")
    @Operation(operationId = "getPlanDashboard", summary = "Progress per inspected unit")
    public Dashboard dashboard(@PathParam("planId") UUID id) {
        return plans.dashboard(id, caller);
    }

    @GET
    @Path("/{planId}/remediation")
    @Operation(
            operationId = "listPlanRemediation",
            summary =
                    "Remediation items of the whole plan (tracker) by deadline; overdue=true for the overdue ones "
                            + "only; pages of ?size= (default and at most 500) in the paging envelope (total also in X-Total-Count)")
    public RestResponse<Page<RemediationView>> remediation(
            @PathParam("planId") UUID id,
            @QueryParam("overdue") String overdue,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest p = Params.page(page, size, Params.MAX_PAGE_SIZE);
        return Params.listed(remediation.ofPlan(id, Params.bool(overdue, "overdue"), p, caller), p);
    }
}
