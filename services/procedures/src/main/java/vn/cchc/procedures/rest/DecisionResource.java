package vn.cchc.procedures.rest;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import vn.cchc.procedures.domain.Messages;
import vn.cchc.procedures.mapping.ProcedureMapper;
import vn.cchc.procedures.rest.ProcedureDtos.DecisionInput;
import vn.cchc.procedures.rest.ProcedureDtos.DecisionItemView;
import vn.cchc.procedures.rest.ProcedureDtos.DecisionSummary;
import vn.cchc.procedures.rest.ProcedureDtos.DecisionView;
import vn.cchc.procedures.security.AccessPolicy;
import vn.cchc.procedures.service.DecisionCommand;
import vn.cchc.procedures.service.ProcedureService;
import vn.cchc.procedures.service.ProcedureService.DecisionResult;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageParams;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

@Path("/api/v1/procedures/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions", description = "Quyết định công bố TTHC")
public class DecisionResource {

    private final Idempotency idempotency;
    private final ProcedureService service;
    private final ProcedureMapper mapper;
    private final Caller caller;
    private final AccessPolicy policy;
    private final Inputs inputs;

    public DecisionResource(
            ProcedureService service,
            ProcedureMapper mapper,
            Caller caller,
            AccessPolicy policy,
            Inputs inputs,
            Idempotency idempotency) {
        this.idempotency = idempotency;
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
        this.policy = policy;
        this.inputs = inputs;
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listDecisions",
            summary = "Decisions, newest first; optionally those taking effect from effectiveFrom to effectiveTo "
                    + "(inclusive, yyyy-MM-dd, years 1900–2100, effectiveTo not before effectiveFrom) and those "
                    + "changing a procedure of catalogue (a province code or VN)")
    public Page<DecisionSummary> list(
            @QueryParam("effectiveFrom") @Size(max = 30) String effectiveFrom,
            @QueryParam("effectiveTo") @Size(max = 30) String effectiveTo,
            @QueryParam("catalogue") @Size(max = 60) String catalogue,
            @Valid @BeanParam PageParams paging) {
        LocalDate from = Inputs.date("effectiveFrom", effectiveFrom);
        LocalDate to = Inputs.date("effectiveTo", effectiveTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid(
                    "effectiveTo", "notBeforeEffectiveFrom", Messages.MUST_NOT_BEFORE_EFFECTIVE_FROM);
        }
        String cat = catalogue == null || catalogue.isBlank() ? null : catalogue.trim();
        return service.decisions(from, to, cat, paging.toRequest()).map(mapper::toSummary);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getDecision", summary = "One decision with what it did to each procedure")
    public DecisionView get(@PathParam("id") long id) {
        return view(service.decision(id));
    }

    @POST
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "recordDecision",
            summary = "Record a Quyết định công bố: publish, amend, abolish or replace procedures of catalogues you "
                    + "maintain; all items or none")
    @APIResponse(
            responseCode = "201",
            description = "The decision",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DecisionView.class)),
            headers = @Header(name = "Location", ref = "#/components/headers/Location"))
    public Response record(
            @NotNull DecisionInput input,
            @Context UriInfo uri,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first answer, not a second change (ADR 0013)
        return idempotency.run(idempotencyKey, input, () -> {
            policy.catalogueRole(caller);
            List<String> codes = input.items() == null
                    ? List.of()
                    : input.items().stream()
                            .filter(i -> i != null && i.procedureCode() != null)
                            .map(i -> i.procedureCode().trim())
                            .distinct()
                            .limit(2001)
                            .toList();
            policy.decide(caller, service.procedures(codes), input.issuerCode());
            inputs.valid(input);
            DecisionResult result = service.recordDecision(
                    new DecisionCommand(
                            input.number(),
                            input.title(),
                            input.issuerCode(),
                            input.decisionDate(),
                            input.effectiveDate(),
                            input.items().stream()
                                    .map(i -> new DecisionCommand.Item(i.procedureCode(), i.action(), i.replacedBy()))
                                    .toList()),
                    caller.username());
            DecisionView view = view(result);
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(String.valueOf(view.id()))
                            .build())
                    .entity(view)
                    .build();
        });
    }

    private DecisionView view(DecisionResult r) {
        var d = r.decision();
        return new DecisionView(
                d.getId(),
                d.getNumber(),
                d.getTitle(),
                d.getIssuerCode(),
                d.getDecisionDate(),
                d.getEffectiveDate(),
                d.getRecordedAt(),
                d.getRecordedBy(),
                r.items().stream()
                        .map(i -> new DecisionItemView(
                                r.codes().get(i.getProcedureId()), i.getAction(), i.getVersion(), i.getReplacedBy()))
                        .toList());
    }
}
