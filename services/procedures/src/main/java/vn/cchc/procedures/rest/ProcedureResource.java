package vn.cchc.procedures.rest;

import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.procedures.domain.DecisionAction;
import vn.cchc.procedures.domain.Messages;
import vn.cchc.procedures.domain.Procedure;
import vn.cchc.procedures.domain.ProcedureState;
import vn.cchc.procedures.domain.ProcedureVersion;
import vn.cchc.procedures.domain.VersionOnDate;
import vn.cchc.procedures.mapping.ProcedureMapper;
import vn.cchc.procedures.rest.ProcedureDtos.DecisionRef;
import vn.cchc.procedures.rest.ProcedureDtos.FieldCount;
import vn.cchc.procedures.rest.ProcedureDtos.HistoryView;
import vn.cchc.procedures.rest.ProcedureDtos.ProcedureInput;
import vn.cchc.procedures.rest.ProcedureDtos.ProcedureSummary;
import vn.cchc.procedures.rest.ProcedureDtos.ProcedureView;
import vn.cchc.procedures.rest.ProcedureDtos.PublicationRequest;
import vn.cchc.procedures.rest.ProcedureDtos.VersionSummary;
import vn.cchc.procedures.security.AccessPolicy;
import vn.cchc.procedures.service.DecisionCommand;
import vn.cchc.procedures.service.ProcedureService;
import vn.cchc.procedures.service.ProcedureService.History;
import vn.cchc.procedures.service.UnitService;
import vn.cchc.shared.http.ETags;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageParams;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

@Path("/api/v1/procedures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Procedures", description = "Thủ tục hành chính: catalogue, versions, drafts")
public class ProcedureResource {

    private final ProcedureService service;
    private final UnitService units;
    private final ProcedureMapper mapper;
    private final Caller caller;
    private final AccessPolicy policy;
    private final Inputs inputs;
    private final Idempotency idempotency;

    public ProcedureResource(
            ProcedureService service,
            UnitService units,
            ProcedureMapper mapper,
            Caller caller,
            AccessPolicy policy,
            Inputs inputs,
            Idempotency idempotency) {
        this.idempotency = idempotency;
        this.service = service;
        this.units = units;
        this.mapper = mapper;
        this.caller = caller;
        this.policy = policy;
        this.inputs = inputs;
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "searchProcedures",
            summary = "Search procedures (public: in force; catalogue staff also the drafts and abolished procedures "
                    + "of their own catalogue). Words match code, name and field ignoring diacritics")
    public Page<ProcedureSummary> search(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("field") @Size(max = 300) String field,
            @QueryParam("level") @Size(max = 30) String level,
            @QueryParam("agency") @Size(max = 60) String agency,
            @QueryParam("state") @Size(max = 30) String state,
            @QueryParam("asOf") @Size(max = 30) String asOf,
            @Valid @BeanParam PageParams paging) {
        ProcedureState s = Inputs.enumValue("state", state, ProcedureState.class);
        Page<VersionOnDate> hits = service.search(
                q,
                Inputs.text(field),
                level,
                agency,
                s,
                Inputs.date("asOf", asOf),
                policy.unpublishedCatalogues(caller),
                paging.toRequest());
        Map<String, String> names = units.names(hits.items().stream()
                .map(h -> h.version().getDecidingAgencyCode())
                .filter(Objects::nonNull)
                .toList());
        return hits.map(h ->
                mapper.toSummary(h.version(), h.state(), names.get(h.version().getDecidingAgencyCode())));
    }

    @GET
    @Path("fields")
    @PermitAll
    @Operation(operationId = "listProcedureFields", summary = "Lĩnh vực with the number of procedures in force")
    public List<FieldCount> fields(@QueryParam("asOf") @Size(max = 30) String asOf) {
        return service.fields(Inputs.date("asOf", asOf)).stream()
                .map(r -> new FieldCount((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(
            operationId = "getProcedure",
            summary =
                    "The version in force on asOf (default today); the catalogue's staff also see drafts and abolished procedures")
    public ProcedureView get(
            @PathParam("code") String code,
            @QueryParam("asOf") @Size(max = 30) String asOf,
            @Context HttpServerResponse response) {
        // the revision is read before the content: a write in between makes the tag stale (412), never too new
        long revision = service.revision(code);
        VersionOnDate hit = service.get(code, Inputs.date("asOf", asOf), this::seesUnpublished);
        ETags.tag(response, revision);
        return view(hit);
    }

    @GET
    @Path("{code}/versions/{version}")
    @PermitAll
    @Operation(
            operationId = "getProcedureVersion",
            summary = "One version as it was published (drafts for the catalogue's staff only)")
    public ProcedureView version(@PathParam("code") String code, @PathParam("version") int version) {
        return view(service.version(code, version, this::seesUnpublished));
    }

    @GET
    @Path("{code}/history")
    @PermitAll
    @Operation(
            operationId = "getProcedureHistory",
            summary = "Versions with their validity and the decisions that made them")
    public HistoryView history(@PathParam("code") String code) {
        History h = service.history(code, this::seesUnpublished);
        Map<Integer, DecisionRef> byVersion = new HashMap<>();
        List<DecisionRef> decisions = h.items().stream()
                .map(i -> {
                    DecisionRef ref = mapper.toRef(h.decisions().get(i.getDecisionId()), i);
                    if (i.getAction() == DecisionAction.PUBLISH || i.getAction() == DecisionAction.AMEND) {
                        byVersion.put(i.getVersion(), ref);
                    }
                    return ref;
                })
                .toList();
        List<VersionSummary> versions = h.versions().stream()
                .map(v -> new VersionSummary(
                        v.getVersion(),
                        v.getName(),
                        mapper.toDto(v.getProcessingTime()),
                        v.getValidFrom(),
                        v.getValidTo(),
                        v.isDraft(),
                        byVersion.get(v.getVersion())))
                .toList();
        ProcedureState state = service.get(code, null, true).state();
        return new HistoryView(
                h.procedure().getCode(),
                state,
                h.procedure().getAbolishedOn(),
                h.procedure().getReplacedBy(),
                versions,
                decisions);
    }

    @POST
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "createProcedure",
            summary = "Create a procedure as the draft of its version 1, in the catalogue of your province "
                    + "(national-admin: the national catalogue)")
    @APIResponse(
            responseCode = "201",
            description = "The draft procedure",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProcedureView.class)),
            headers = @Header(name = "Location", ref = "#/components/headers/Location"))
    public Response create(
            @NotNull ProcedureInput input,
            @Context UriInfo uri,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        policy.catalogueRole(caller);
        String catalogue =
                policy.createProcedure(caller, input.code(), input.decidingAgencyCode(), input.receivingPoints());
        inputs.valid(input);
        if (input.code() == null || input.code().isBlank()) {
            throw ProblemException.invalid("code", "required", Messages.MUST_BLANK);
        }
        // a retry with the same Idempotency-Key gets the first answer, not a 409 "already exists"
        return idempotency.run(idempotencyKey, input, () -> {
            ProcedureVersion draft =
                    service.create(input.code(), catalogue, mapper.toContent(input), caller.username());
            ProcedureView created = view(new VersionOnDate(draft, ProcedureState.DRAFT));
            return ETags.tagged(
                            Response.created(uri.getAbsolutePathBuilder()
                                    .path(created.code())
                                    .build()),
                            service.revision(created.code()))
                    .entity(created)
                    .build();
        });
    }

    @GET
    @Path("{code}/draft")
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(operationId = "getProcedureDraft", summary = "The pending draft version (the catalogue's staff)")
    public ProcedureView draft(@PathParam("code") String code, @Context HttpServerResponse response) {
        policy.catalogueRole(caller);
        policy.writeProcedure(caller, service.procedure(code));
        // the revision is read before the content: a write in between makes the tag stale (412), never too new
        ETags.tag(response, service.revision(code));
        return view(new VersionOnDate(service.draft(code), ProcedureState.DRAFT));
    }

    @PUT
    @Path("{code}/draft")
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "saveProcedureDraft",
            summary =
                    "Write the draft: edits it, or starts the next version of a published procedure (published versions never change)")
    public ProcedureView saveDraft(
            @PathParam("code") String code,
            @NotNull ProcedureInput input,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Context HttpServerResponse response) {
        policy.catalogueRole(caller);
        Procedure procedure = service.procedure(code);
        policy.writeProcedure(caller, procedure);
        policy.procedureReferences(procedure, input.decidingAgencyCode(), input.receivingPoints());
        inputs.valid(input);
        if (input.code() != null
                && !input.code().isBlank()
                && !input.code().trim().equals(code)) {
            throw ProblemException.invalid("code", "matchesPath", Messages.CODE_CANNOT_CHANGE_MUST_ABSENT, code);
        }
        ETags.Tagged<ProcedureVersion> saved =
                service.saveDraft(code, mapper.toContent(input), caller.username(), ifMatch, true);
        ETags.tag(response, saved.revision());
        return view(new VersionOnDate(saved.value(), ProcedureState.DRAFT));
    }

    @DELETE
    @Path("{code}/draft")
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(operationId = "discardProcedureDraft", summary = "Discard the pending draft of a published procedure")
    @APIResponse(responseCode = "204", description = "Discarded")
    public Response discardDraft(@PathParam("code") String code, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        policy.catalogueRole(caller);
        policy.writeProcedure(caller, service.procedure(code));
        service.discardDraft(code, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{code}/publication")
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "publishProcedure",
            summary = "Shortcut: a Quyết định công bố publishing this one draft; announces ProcedurePublished")
    public ProcedureView publish(@PathParam("code") String code, @NotNull PublicationRequest request) {
        policy.catalogueRole(caller);
        policy.writeProcedure(caller, service.procedure(code));
        inputs.valid(request);
        service.recordDecision(
                new DecisionCommand(
                        request.decisionNumber(),
                        null,
                        null,
                        request.decisionDate(),
                        request.effectiveDate(),
                        List.of(new DecisionCommand.Item(code, DecisionAction.PUBLISH, null))),
                caller.username());
        VersionOnDate hit = service.get(code, request.effectiveDate(), true);
        return view(hit);
    }

    private ProcedureView view(VersionOnDate hit) {
        ProcedureVersion v = hit.version();
        String agencyName = v.getDecidingAgencyCode() == null
                ? null
                : units.names(List.of(v.getDecidingAgencyCode())).get(v.getDecidingAgencyCode());
        ProcedureService.DecisionOf of = service.decisionOf(v);
        DecisionRef decision = of == null ? null : mapper.toRef(of.decision(), of.item());
        // a pending draft is unpublished work: only its catalogue's staff learn that there is one
        boolean hasDraft = v.isDraft() || (seesUnpublished(v.getProcedure()) && service.hasDraft(v.getProcedure()));
        return mapper.toView(v, hit.state(), agencyName, hasDraft, decision);
    }

    private boolean seesUnpublished(Procedure procedure) {
        return policy.seesUnpublished(caller, procedure);
    }
}
