package vn.cchc.procedures.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.procedures.rest.ProcedureDtos.TimeReductionRow;
import vn.cchc.procedures.service.ProcedureService;
import vn.cchc.procedures.service.ReportService;
import vn.cchc.shared.security.Roles;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/procedures/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Catalogue reports")
public class ReportResource {

    private final ReportService reports;
    private final ProcedureService procedures;

    public ReportResource(ReportService reports, ProcedureService procedures) {
        this.reports = reports;
        this.procedures = procedures;
    }

    @GET
    @Path("time-reduction")
    @RolesAllowed({Roles.OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.INSPECTOR, Roles.APPRAISER,
            Roles.CATALOGUE_ADMIN, Roles.ADMIN})
    @Operation(summary = "Statutory against in-force processing time, and the reduction rate, per deciding agency or field")
    public List<TimeReductionRow> timeReduction(@QueryParam("groupBy") @DefaultValue("AGENCY") ReportService.GroupBy groupBy,
                                                @QueryParam("asOf") LocalDate asOf) {
        return reports.timeReduction(groupBy, asOf == null ? procedures.today() : asOf).stream()
                .map(r -> new TimeReductionRow(r.key(), r.name(), r.result().procedures(), r.result().reduced(),
                        r.result().statutoryDays(), r.result().inForceDays(), r.result().reductionRate())).toList();
    }
}
