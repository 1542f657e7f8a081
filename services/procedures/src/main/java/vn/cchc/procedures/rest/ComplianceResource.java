package vn.cchc.procedures.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import vn.cchc.procedures.rest.PostingDtos.MissingView;
import vn.cchc.procedures.rest.PostingDtos.OutdatedView;
import vn.cchc.procedures.rest.PostingDtos.StaleView;
import vn.cchc.procedures.security.AccessPolicy;
import vn.cchc.procedures.service.ComplianceService;
import vn.cchc.procedures.service.ComplianceService.UnitCompliance;
import vn.cchc.procedures.service.ProcedureService;
import vn.cchc.procedures.service.UnitService;
import vn.cchc.shared.paging.BoundedPageParams;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

/**
 * Posting compliance reports. Inspectors, catalogue administrators and admins see every unit of their
 * province; officers, specialists and leaders their own unit and the units below it; national-admin any unit
 * (others: 403). The rules are in {@link AccessPolicy}.
 */
@Path("/api/v1/procedures/compliance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.OFFICER,
    Roles.SPECIALIST,
    Roles.LEADER,
    Roles.INSPECTOR,
    Roles.CATALOGUE_ADMIN,
    Roles.ADMIN,
    Roles.NATIONAL_ADMIN
})
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
        List<UnitCompliance> evaluated = service.summary(root, date);
        ComplianceTotals totals = mapper.toView(ComplianceService.Totals.of(evaluated));
        List<ComplianceSummary> rows =
                evaluated.stream().map(ComplianceResource::summaryOf).toList();
        return new ComplianceOverview(date, root.getCode(), totals, rows);
    }

    @GET
    @Path("units")
    @Operation(
            operationId = "listComplianceUnits",
            summary = "One page of the receiving points at or below unitCode (default as getComplianceOverview) with "
                    + "their counts, in tree order (path); only that page is evaluated; size 1–100 (default 20)")
    public Page<ComplianceSummary> units(
            @QueryParam("unitCode") @Size(max = 60) String unitCode,
            @QueryParam("asOf") @Size(max = 30) String asOf,
            @Valid @BeanParam BoundedPageParams paging) {
        String code = unitCode != null && !unitCode.isBlank() ? unitCode : defaultScope();
        AdminUnit root = visible(code);
        return service.summary(root, date(asOf), paging.toRequest()).map(ComplianceResource::summaryOf);
    }

    @GET
    @Path("{unitCode}/stale")
    @Operation(
            operationId = "listComplianceStale",
            summary = "One page of the procedures a receiving point still posts though no longer in force on asOf, "
                    + "by procedure code; size 1–100 (default 20)")
    public Page<StaleView> stale(
            @PathParam("unitCode") String unitCode,
            @QueryParam("asOf") @Size(max = 30) String asOf,
            @Valid @BeanParam BoundedPageParams paging) {
        return slice(result(unitCode, asOf).stalePosted(), paging.toRequest()).map(mapper::toView);
    }

    @GET
    @Path("{unitCode}/missing")
    @Operation(
            operationId = "listComplianceMissing",
            summary = "One page of the procedures in force on asOf that a receiving point must post and does not, by "
                    + "procedure code; size 1–100 (default 20)")
    public Page<MissingView> missing(
            @PathParam("unitCode") String unitCode,
            @QueryParam("asOf") @Size(max = 30) String asOf,
            @Valid @BeanParam BoundedPageParams paging) {
        return slice(result(unitCode, asOf).missing(), paging.toRequest()).map(mapper::toView);
    }

    @GET
    @Path("{unitCode}/outdated")
    @Operation(
            operationId = "listComplianceOutdated",
            summary = "One page of the procedures a receiving point posts in an older version than the one in force "
                    + "on asOf, by procedure code; size 1–100 (default 20)")
    public Page<OutdatedView> outdated(
            @PathParam("unitCode") String unitCode,
            @QueryParam("asOf") @Size(max = 30) String asOf,
            @Valid @BeanParam BoundedPageParams paging) {
        return slice(result(unitCode, asOf).outdated(), paging.toRequest()).map(mapper::toView);
    }

    private PostingCompliance.Result result(String unitCode, String asOf) {
        return service.report(visible(unitCode), date(asOf)).result();
    }

    /** A page of a list already in its order (the evaluation sorts each list by procedure code). */
    private static <T> Page<T> slice(List<T> all, PageRequest page) {
        int from = (int) Math.min((long) page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return Page.of(all.subList(from, to), page, all.size());
    }

    private static ComplianceSummary summaryOf(UnitCompliance c) {
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
