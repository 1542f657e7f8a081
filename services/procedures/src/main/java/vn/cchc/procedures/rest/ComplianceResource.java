package vn.cchc.procedures.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.procedures.domain.AdminUnit;
import vn.cchc.procedures.domain.PostingCompliance;
import vn.cchc.procedures.mapping.PostingMapper;
import vn.cchc.procedures.rest.PostingDtos.ComplianceOverview;
import vn.cchc.procedures.rest.PostingDtos.ComplianceReport;
import vn.cchc.procedures.rest.PostingDtos.ComplianceSummary;
import vn.cchc.procedures.rest.PostingDtos.ComplianceTotals;
import vn.cchc.procedures.security.AccessPolicy;
import vn.cchc.procedures.service.ComplianceService;
import vn.cchc.procedures.service.ComplianceService.UnitCompliance;
import vn.cchc.procedures.service.ProcedureService;
import vn.cchc.procedures.service.UnitService;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

/**
 * Posting compliance reports. Inspectors, catalogue administrators and admins see every unit of their
 * province; officers, specialists and leaders their own unit and the units below it; national-admin any unit
 * (others: 403). The rules are in {@link AccessPolicy}.
 */
@Path("/api/v1/procedures/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance", description = "Niêm yết compliance: expired still posted, missing, outdated")
public class ComplianceResource {

    private final ComplianceService service;
    private final UnitService units;
    private final ProcedureService procedures;
    private final PostingMapper mapper;
    private final Caller caller;
    private final AccessPolicy policy;

    public ComplianceResource(
            ComplianceService service,
            UnitService units,
            ProcedureService procedures,
            PostingMapper mapper,
            Caller caller,
            AccessPolicy policy) {
        this.service = service;
        this.units = units;
        this.procedures = procedures;
        this.mapper = mapper;
        this.caller = caller;
        this.policy = policy;
    }

    @GET
    @Path("{unitCode}")
    @RolesAllowed({
        Roles.OFFICER,
        Roles.SPECIALIST,
        Roles.LEADER,
        Roles.INSPECTOR,
        Roles.CATALOGUE_ADMIN,
        Roles.ADMIN,
        Roles.NATIONAL_ADMIN
    })
    @Operation(
            operationId = "getUnitCompliance",
            summary = "A receiving point's compliance on asOf (default today), with the lists")
    public ComplianceReport unit(
            @PathParam("unitCode") String unitCode, @QueryParam("asOf") @Size(max = 30) String asOf) {
        AdminUnit unit = visible(unitCode);
        UnitCompliance c = service.report(unit, date(asOf));
        PostingCompliance.Result r = c.result();
        return new ComplianceReport(
                unit.getCode(),
                unit.getName(),
                c.asOf(),
                r.required(),
                r.posted(),
                r.compliant(),
                r.complianceRate(),
                r.stalePosted().stream().map(mapper::toView).toList(),
                r.missing().stream().map(mapper::toView).toList(),
                r.outdated().stream().map(mapper::toView).toList());
    }

    @GET
    @RolesAllowed({
        Roles.OFFICER,
        Roles.SPECIALIST,
        Roles.LEADER,
        Roles.INSPECTOR,
        Roles.CATALOGUE_ADMIN,
        Roles.ADMIN,
        Roles.NATIONAL_ADMIN
    })
    @Operation(
            operationId = "getComplianceOverview",
            summary =
                    "Every receiving point at or below unit (default: the caller's unit, or its province for province-wide roles) with counts and totals")
    public ComplianceOverview overview(
            @QueryParam("unitCode") @Size(max = 60) String unitCode,
            @Parameter(hidden = true, deprecated = true) @QueryParam("unit") @Size(max = 60) String unitAlias,
            @QueryParam("asOf") @Size(max = 30) String asOf) {
        String requested = unitCode != null ? unitCode : unitAlias;
        String code = requested != null && !requested.isBlank() ? requested : defaultScope();
        AdminUnit root = visible(code);
        LocalDate date = date(asOf);
        List<ComplianceSummary> rows = service.summary(root, date).stream()
                .map(c -> {
                    PostingCompliance.Result r = c.result();
                    return new ComplianceSummary(
                            c.unit().getCode(),
                            c.unit().getName(),
                            r.required(),
                            r.posted(),
                            r.compliant(),
                            r.missing().size(),
                            r.stalePosted().size(),
                            r.outdated().size(),
                            r.complianceRate());
                })
                .toList();
        int required = rows.stream().mapToInt(ComplianceSummary::required).sum();
        int compliant = rows.stream().mapToInt(ComplianceSummary::compliant).sum();
        BigDecimal rate = PostingCompliance.rate(compliant, required);
        ComplianceTotals totals = new ComplianceTotals(
                rows.size(),
                required,
                rows.stream().mapToInt(ComplianceSummary::posted).sum(),
                compliant,
                rows.stream().mapToInt(ComplianceSummary::missing).sum(),
                rows.stream().mapToInt(ComplianceSummary::stale).sum(),
                rows.stream().mapToInt(ComplianceSummary::outdated).sum(),
                rate);
        return new ComplianceOverview(date, root.getCode(), totals, rows);
    }

    /** The caller's unit; for province-wide roles the province (root) their unit belongs to (AccessPolicy). */
    private String defaultScope() {
        return policy.complianceScope(caller);
    }

    private AdminUnit visible(String unitCode) {
        AdminUnit unit = units.get(unitCode);
        policy.readCompliance(caller, unit);
        return unit;
    }

    private LocalDate date(String asOf) {
        LocalDate date = Inputs.date("asOf", asOf);
        return date == null ? procedures.today() : date;
    }
}
