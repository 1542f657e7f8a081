package vn.cchc.procedures.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.procedures.rest.ProcedureDtos.TimeReductionRow;
import vn.cchc.procedures.security.AccessPolicy;
import vn.cchc.procedures.service.ProcedureService;
import vn.cchc.procedures.service.ReportService;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

@Path("/api/v1/procedures/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Catalogue reports")
public class ReportResource {

    private final ReportService reports;
    private final ProcedureService procedures;
    private final AccessPolicy policy;
    private final Caller caller;

    public ReportResource(ReportService reports, ProcedureService procedures, AccessPolicy policy, Caller caller) {
        this.reports = reports;
        this.procedures = procedures;
        this.policy = policy;
        this.caller = caller;
    }

    @GET
    @Path("time-reduction")
    @RolesAllowed({
        Roles.OFFICER,
        Roles.SPECIALIST,
        Roles.LEADER,
        Roles.INSPECTOR,
        Roles.APPRAISER,
        Roles.CATALOGUE_ADMIN,
        Roles.ADMIN,
        Roles.NATIONAL_ADMIN
    })
    @Operation(
            operationId = "getTimeReductionReport",
            summary =
                    "Statutory against in-force processing time, and the reduction rate, per deciding agency or "
                            + "field, over the catalogue of your province and the national one (national-admin: every catalogue)")
    public List<TimeReductionRow> timeReduction(
            @QueryParam("groupBy") @DefaultValue("AGENCY") @Size(max = 20) String groupBy,
            @QueryParam("asOf") @Size(max = 30) String asOf) {
        ReportService.GroupBy by = Inputs.enumValue("groupBy", groupBy, ReportService.GroupBy.class);
        var catalogues = policy.reportCatalogues(caller);
        LocalDate date = Inputs.date("asOf", asOf);
        return reports
                .timeReduction(
                        by == null ? ReportService.GroupBy.AGENCY : by,
                        date == null ? procedures.today() : date,
                        catalogues)
                .stream()
                .map(r -> new TimeReductionRow(
                        r.key(),
                        r.name(),
                        r.result().procedures(),
                        r.result().reduced(),
                        r.result().statutoryDays(),
                        r.result().inForceDays(),
                        r.result().reductionRate()))
                .toList();
    }
}
