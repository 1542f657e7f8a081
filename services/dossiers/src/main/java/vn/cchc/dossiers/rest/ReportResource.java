package vn.cchc.dossiers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.dossiers.domain.Indicators766;
import vn.cchc.dossiers.domain.UnitCopy;
import vn.cchc.dossiers.repository.ReportQueries.GroupBy;
import vn.cchc.dossiers.repository.UnitCopyRepository;
import vn.cchc.dossiers.service.ReportExport;
import vn.cchc.dossiers.service.ReportService;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.security.Roles;

import java.time.LocalDate;
import java.util.List;

/** Reports for a unit and its descendants: the caller's own subtree, or the province for inspectors and admins. */
@Path("/api/v1/dossiers/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Báo cáo tình hình giải quyết TTHC; chỉ số QĐ 766")
public class ReportResource {

    private final ReportService reports;
    private final ReportExport export;
    private final UnitCopyRepository units;
    private final Caller caller;

    public ReportResource(ReportService reports, ReportExport export, UnitCopyRepository units, Caller caller) {
        this.reports = reports;
        this.export = export;
        this.units = units;
        this.caller = caller;
    }

    @GET
    @Path("period")
    @Produces({MediaType.APPLICATION_JSON, ReportExport.XLSX})
    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The period report per unit, field, procedure or channel, with totals; format=xlsx for Excel")
    public Response period(@QueryParam("unit") @Size(max = 60) String unit, @QueryParam("from") @NotNull LocalDate from,
                           @QueryParam("to") @NotNull LocalDate to,
                           @QueryParam("groupBy") @DefaultValue("UNIT") GroupBy groupBy,
                           @QueryParam("format") @DefaultValue("json") String format) {
        ReportService.Report r = reports.period(scope(unit), from, to, groupBy);
        if ("xlsx".equalsIgnoreCase(format)) {
            return Response.ok(export.xlsx(r), ReportExport.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"bao-cao-" + r.unitCode() + "-" + from + "-" + to + ".xlsx\"")
                    .build();
        }
        return Response.ok(r, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("indicators")
    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN, Roles.APPRAISER})
    @Operation(summary = "QĐ 766 indicators computable from dossiers (2.1, 3.3, 4.1, 4.2, 5.4)")
    public List<Indicators766.Indicator> indicators(@QueryParam("unit") @Size(max = 60) String unit,
                                                    @QueryParam("from") @NotNull LocalDate from,
                                                    @QueryParam("to") @NotNull LocalDate to) {
        return reports.indicators(scope(unit), from, to);
    }

    /** The requested unit if the caller may see it (own subtree; province-wide roles anywhere), else 403. */
    private UnitCopy scope(String unit) {
        String own = caller.unitCode().orElseThrow(() -> ProblemException.forbidden("Your account has no unit."));
        UnitCopy ownUnit = units.findByIdOptional(own)
                .orElseThrow(() -> ProblemException.forbidden("Your unit " + own + " is unknown here."));
        if (unit == null || unit.isBlank()) {
            return ownUnit;
        }
        UnitCopy target = units.findByIdOptional(unit.trim())
                .orElseThrow(() -> ProblemException.invalid("unit", "exists", "no unit " + unit));
        boolean provinceWide = caller.hasAnyRole(Roles.INSPECTOR, Roles.ADMIN, Roles.APPRAISER)
                && target.provinceCode().equals(ownUnit.provinceCode());
        if (!provinceWide && !Jurisdiction.covers(own, target.getPath())) {
            throw ProblemException.forbidden("Unit " + unit + " is outside your unit.");
        }
        return target;
    }
}
