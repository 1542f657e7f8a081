package vn.cchc.dossiers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.dossiers.domain.GroupBy;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.domain.ServiceIndex766;
import vn.cchc.dossiers.security.AccessPolicy;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.dossiers.service.ReportExport;
import vn.cchc.dossiers.service.ReportService;
import vn.cchc.dossiers.service.ServiceIndexPublisher;
import vn.cchc.dossiers.service.Subjects;
import vn.cchc.dossiers.service.UnitLookup;
import vn.cchc.shared.http.ContentDisposition;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;
import vn.cchc.shared.units.UnitCopy;

/**
 * Reports for a unit and its descendants (aggregates, no personal data): the caller's own subtree, the province for
 * inspectors, admins and appraisers, any unit for a national admin.
 */
@Path("/api/v1/dossiers/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Báo cáo tình hình giải quyết TTHC; chỉ số QĐ 766")
public class ReportResource {

    private final ReportService reports;
    private final ReportExport export;
    private final UnitLookup units;
    private final Subjects subjects;
    private final Caller caller;
    private final ServiceIndexPublisher serviceIndex;

    public ReportResource(
            ReportService reports,
            ReportExport export,
            UnitLookup units,
            Subjects subjects,
            Caller caller,
            ServiceIndexPublisher serviceIndex) {
        this.serviceIndex = serviceIndex;
        this.reports = reports;
        this.export = export;
        this.units = units;
        this.subjects = subjects;
        this.caller = caller;
    }

    @GET
    @Path("period")
    @Produces({MediaType.APPLICATION_JSON, ReportExport.XLSX, "application/problem+json"})
    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN, Roles.OFFICER, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "getDossierPeriodReport",
            summary = "The period report per unit, field, procedure or channel, with totals; format=xlsx for Excel")
    @APIResponse(
            responseCode = "200",
            description = "The report (JSON) or its .xlsx export (format=xlsx)",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ReportService.Report.class)),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response period(
            @QueryParam("unitCode") @Size(max = 60) String unitCode,
            @Parameter(hidden = true, deprecated = true) @QueryParam("unit") @Size(max = 60) String unitAlias,
            @QueryParam("from") @Parameter(required = true, description = "yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(required = true, description = "yyyy-MM-dd") String to,
            @QueryParam("groupBy") @Parameter(schema = @Schema(implementation = GroupBy.class)) String groupBy,
            @QueryParam("format") @Parameter(description = "json (default) or xlsx") String format) {
        UnitCopy scope = scope(unitCode != null ? unitCode : unitAlias);
        LocalDate f = DocumentResource.period("from", from);
        LocalDate t = DocumentResource.period("to", to);
        GroupBy by = Bodies.enumValue("groupBy", groupBy, GroupBy.class);
        boolean xlsx = "xlsx".equals(Bodies.oneOf("format", format, "json", "json", "xlsx"));
        ReportService.Report r = reports.period(scope, f, t, by == null ? GroupBy.UNIT : by);
        if (xlsx) {
            return Response.ok(export.xlsx(r), ReportExport.XLSX)
                    .header(
                            "Content-Disposition",
                            ContentDisposition.attachment("bao-cao-" + r.unitCode() + "-" + f + "-" + t + ".xlsx"))
                    .header(DocumentResource.NOSNIFF, "nosniff")
                    .build();
        }
        return Response.ok(r, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("indicators")
    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN, Roles.APPRAISER, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "getServiceIndicators",
            summary = "The QĐ 766 service index of the unit for any period: every group and indicator, computed ones "
                    + "(2.1, 3.3, 4.1, 4.2, 5.4) with numerator, denominator, ratio and points, the others NOT_COMPUTABLE with the "
                    + "reason (docs/domain/qd766.md); the figures par-index shows for months, quarters and years")
    public ServiceIndex766.Result indicators(
            @QueryParam("unitCode") @Size(max = 60) String unitCode,
            @Parameter(hidden = true, deprecated = true) @QueryParam("unit") @Size(max = 60) String unitAlias,
            @QueryParam("from") @Parameter(required = true) String from,
            @QueryParam("to") @Parameter(required = true) String to) {
        UnitCopy scope = scope(unitCode != null ? unitCode : unitAlias);
        return reports.serviceIndex(scope, DocumentResource.period("from", from), DocumentResource.period("to", to));
    }

    public record RefreshView(String unitCode, LocalDate since, int unitsMarked) {}

    @POST
    @Path("service-index/refresh")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "refreshServiceIndex",
            summary =
                    "Publish again the QĐ 766 index of the unit and every unit below it for the months, quarters "
                            + "and years from `since` on (e.g. after a historical import older than the horizon); asynchronous, 202")
    @APIResponse(
            responseCode = "202",
            description = "Units marked for recomputation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RefreshView.class)))
    public Response refreshServiceIndex(
            @QueryParam("unitCode") @Size(max = 60) String unitCode,
            @Parameter(hidden = true, deprecated = true) @QueryParam("unit") @Size(max = 60) String unitAlias,
            @QueryParam("since") @Parameter(required = true, description = "yyyy-MM-dd") String since) {
        UnitCopy scope = scope(unitCode != null ? unitCode : unitAlias);
        LocalDate day = DocumentResource.period("since", since);
        int n = serviceIndex.refresh(scope.getPath(), day);
        return Response.accepted(new RefreshView(scope.getCode(), day, n))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    /**
     * The requested unit if the caller may see its report ({@link AccessPolicy#canReport}: own subtree; the province
     * for admins, inspectors and appraisers; any unit for a national admin), else 403. Without {@code unit}: the
     * caller's own unit (a national admin, who has none, must name one).
     */
    private UnitCopy scope(String unit) {
        Subject s = subjects.of(caller);
        String c = AccessPolicy.reportUnit(s, Bodies.code("unit", unit));
        UnitCopy target = units.find(c).orElseThrow(() -> ProblemException.invalid("unit", "exists", Messages.UNIT, c));
        AccessPolicy.requireReport(s, c, target.getPath());
        return target;
    }
}
