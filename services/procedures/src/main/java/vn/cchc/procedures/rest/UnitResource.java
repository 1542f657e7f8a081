package vn.cchc.procedures.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.procedures.config.ProceduresConfig;
import vn.cchc.procedures.domain.Messages;
import vn.cchc.procedures.domain.UnitKind;
import vn.cchc.procedures.importing.UnitCsv;
import vn.cchc.procedures.importing.UnitJson;
import vn.cchc.procedures.mapping.UnitMapper;
import vn.cchc.procedures.rest.UnitDtos.ImportResult;
import vn.cchc.procedures.rest.UnitDtos.LevelView;
import vn.cchc.procedures.rest.UnitDtos.MergeRequest;
import vn.cchc.procedures.rest.UnitDtos.UnitInput;
import vn.cchc.procedures.rest.UnitDtos.UnitView;
import vn.cchc.procedures.security.AccessPolicy;
import vn.cchc.procedures.service.ProcedureService;
import vn.cchc.procedures.service.UnitCommand;
import vn.cchc.procedures.service.UnitService;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageParams;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

@Path("/api/v1/procedures/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Đơn vị hành chính, cơ quan, Trung tâm Phục vụ hành chính công")
public class UnitResource {

    private final Idempotency idempotency;
    private final UnitService service;
    private final ProcedureService procedures;
    private final UnitMapper mapper;
    private final Caller caller;
    private final ObjectMapper json;
    private final AccessPolicy policy;
    private final Inputs inputs;
    private final int maxBytes;
    private final int maxRows;

    public UnitResource(
            UnitService service,
            ProcedureService procedures,
            UnitMapper mapper,
            Caller caller,
            ObjectMapper json,
            AccessPolicy policy,
            Inputs inputs,
            ProceduresConfig config,
            Idempotency idempotency) {
        this.idempotency = idempotency;
        this.service = service;
        this.procedures = procedures;
        this.mapper = mapper;
        this.caller = caller;
        this.json = json;
        this.policy = policy;
        this.inputs = inputs;
        this.maxBytes = config.unitImportMaxBytes();
        this.maxRows = config.unitImportMaxRows();
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "searchUnits",
            summary = "Units valid on asOf (default today) or, with includeHistory, all of them; in tree order")
    public Page<UnitView> search(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("kind") @Size(max = 30) String kind,
            @QueryParam("level") @Size(max = 30) String level,
            @QueryParam("parent") @Size(max = 60) String parent,
            @QueryParam("asOf") @Size(max = 30) String asOf,
            @QueryParam("includeHistory") boolean includeHistory,
            @Valid @BeanParam PageParams paging) {
        UnitKind k = Inputs.enumValue("kind", kind, UnitKind.class);
        LocalDate on = Inputs.date("asOf", asOf);
        LocalDate date = includeHistory ? null : on == null ? procedures.today() : on;
        return service.search(q, k, blankToNull(level), blankToNull(parent), date, paging.toRequest())
                .map(mapper::toView);
    }

    @GET
    @Path("levels")
    @PermitAll
    @Operation(operationId = "listUnitLevels", summary = "Cấp hành chính, with validity (district until 30/6/2025)")
    public List<LevelView> levels() {
        return service.levels().stream().map(mapper::toView).toList();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getUnit", summary = "One unit")
    public UnitView get(@PathParam("code") String code) {
        return mapper.toView(service.get(code));
    }

    @GET
    @Path("{code}/children")
    @PermitAll
    @Operation(operationId = "listUnitChildren", summary = "The unit's direct children")
    public List<UnitView> children(@PathParam("code") String code) {
        return service.children(code).stream().map(mapper::toView).toList();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "createUnit",
            summary =
                    "Create a unit inside your province (a root or CENTRAL unit: national-admin); announces UnitChanged")
    @APIResponse(
            responseCode = "201",
            description = "The unit",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)),
            headers = @Header(name = "Location", ref = "#/components/headers/Location"))
    public Response create(
            @NotNull UnitInput input, @Context UriInfo uri, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first answer, not a second change (ADR 0013)
        return idempotency.run(idempotencyKey, input, () -> {
            policy.unitRole(caller);
            policy.createUnit(caller, input.code(), input.level(), input.parentCode(), input.successorCode());
            inputs.valid(input);
            if (input.code() == null || input.code().isBlank()) {
                throw ProblemException.invalid("code", "required", Messages.MUST_BLANK);
            }
            UnitView created = mapper.toView(service.create(mapper.toCommand(input), caller.username()));
            return Response.created(
                            uri.getAbsolutePathBuilder().path(created.code()).build())
                    .entity(created)
                    .build();
        });
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "updateUnit",
            summary = "Update a unit of your province (name, kind, level, parent, validity, receiving point, fields)")
    public UnitView update(@PathParam("code") String code, @NotNull UnitInput input) {
        policy.unitRole(caller);
        policy.updateUnit(caller, code, input.level(), input.parentCode(), input.successorCode());
        inputs.valid(input);
        return mapper.toView(service.update(code, mapper.toCommand(input), caller.username()));
    }

    @POST
    @Path("{code}/merge")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "mergeUnit",
            summary = "Sáp nhập: the unit ends on lastDay and points to its successor (both in your province)")
    public UnitView merge(@PathParam("code") String code, @NotNull MergeRequest request) {
        policy.unitRole(caller);
        policy.mergeUnit(caller, code, request.successorCode());
        inputs.valid(request);
        return mapper.toView(service.merge(code, request.successorCode(), request.lastDay(), caller.username()));
    }

    @POST
    @Path("import")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "importUnits",
            summary = "Import a unit list (JSON array of units, or CSV) of your province; all rows or none. "
                    + "At most 5 MB and 5,000 rows")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
            responseCode = "200",
            description = "How many units were created and updated",
            content =
                    @org.eclipse.microprofile.openapi.annotations.media.Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @org.eclipse.microprofile.openapi.annotations.media.Schema(
                                            implementation = ImportResult.class)))
    public Response importUnits(
            byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first answer, not a second change (ADR 0013)
        return idempotency.run(
                idempotencyKey, java.util.List.of(String.valueOf(contentType), Idempotency.fingerprint(body)), () -> {
                    policy.unitRole(caller);
                    if (body == null || body.length == 0) {
                        throw ProblemException.invalid("file", "notEmpty", Messages.REQUEST_BODY_MUST_HOLD_UNIT);
                    }
                    if (body.length > maxBytes) {
                        throw ProblemException.invalid(
                                "file", "maxBytes", Messages.UNIT_LIST_LARGER_THAN_BYTES, maxBytes);
                    }
                    List<UnitCommand> rows;
                    if (contentType != null
                            && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv")) {
                        rows = UnitCsv.parse(body, ImportResource.charset(contentType), maxRows);
                    } else {
                        rows = UnitJson.parse(body, json, maxRows).stream()
                                .map(i -> i == null ? null : mapper.toCommand(i))
                                .toList();
                    }
                    policy.importUnits(caller, rows);
                    UnitService.ImportResult r = service.importUnits(rows, caller.username());
                    return Response.ok(new ImportResult(r.created(), r.updated()))
                            .build();
                });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
