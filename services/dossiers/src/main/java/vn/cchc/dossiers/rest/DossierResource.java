package vn.cchc.dossiers.rest;

import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
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
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.domain.DossierStatus;
import vn.cchc.dossiers.domain.WorkQueue;
import vn.cchc.dossiers.mapping.DossierMapper;
import vn.cchc.dossiers.rest.DossierDtos.ActionInput;
import vn.cchc.dossiers.rest.DossierDtos.DossierSummary;
import vn.cchc.dossiers.rest.DossierDtos.DossierView;
import vn.cchc.dossiers.rest.DossierDtos.DuePreviewInput;
import vn.cchc.dossiers.rest.DossierDtos.DuePreviewView;
import vn.cchc.dossiers.rest.DossierDtos.ReceiveInput;
import vn.cchc.dossiers.rest.DossierDtos.WorkCountsView;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.dossiers.service.DossierCommands;
import vn.cchc.dossiers.service.DossierService;
import vn.cchc.dossiers.service.DossierWorkload;
import vn.cchc.dossiers.service.Subjects;
import vn.cchc.shared.http.ETags;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageParams;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;
import vn.cchc.shared.tx.TransientRetry;

@Path("/api/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dossiers", description = "Hồ sơ TTHC: intake, worklist, lifecycle")
public class DossierResource {

    private final DossierService service;
    private final DossierMapper mapper;
    private final Subjects subjects;
    private final Validator validator;
    private final Caller caller;
    private final Clock clock;
    private final Idempotency idempotency;
    private final DossierWorkload workload;

    public DossierResource(
            DossierService service,
            DossierMapper mapper,
            Subjects subjects,
            Validator validator,
            Caller caller,
            Clock clock,
            Idempotency idempotency,
            DossierWorkload workload) {
        this.service = service;
        this.mapper = mapper;
        this.subjects = subjects;
        this.validator = validator;
        this.caller = caller;
        this.clock = clock;
        this.idempotency = idempotency;
        this.workload = workload;
    }

    @POST
    @Path("due-date")
    @RolesAllowed({Roles.OFFICER, Roles.SPECIALIST, Roles.LEADER})
    @Operation(
            operationId = "previewDossierDueDate",
            summary = "Preview the clock start and due date before receiving (units of the caller's province)")
    public DuePreviewView previewDue(DuePreviewInput input) {
        Subject s = subjects.of(caller);
        service.checkPreview(s, input == null ? null : input.receivingUnitCode());
        DuePreviewInput in = Bodies.valid(validator, input);
        var p = service.previewDue(in.procedureCode(), in.receivingUnitCode(), in.receivedAt(), s);
        return new DuePreviewView(DossierMapper.vn(p.clockStartAt()), DossierMapper.vn(p.dueAt()), p.value(), p.unit());
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            operationId = "receiveDossier",
            summary =
                    "Receive a dossier (Tiếp nhận hồ sơ) at the caller's unit or below: code, clock start and due date; Mẫu 01")
    @APIResponse(
            responseCode = "201",
            description = "Received: the dossier with its code and due date",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DossierView.class)),
            headers = @Header(name = "Location", ref = "#/components/headers/Location"))
    public Response receive(
            ReceiveInput input, @Context UriInfo uri, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Subject s = subjects.of(caller);
        service.checkReceive(s, input == null ? null : input.receivingUnitCode());
        ReceiveInput in = Bodies.valid(validator, input);
        // a deadlock on the shared counters (another transaction updating them) aborts the transaction: run it again;
        // a retry with the same Idempotency-Key gets the first answer instead of a second dossier
        return TransientRetry.call(() -> idempotency.run(idempotencyKey, in, () -> {
            var received = service.receiveWithDetails(mapper.toCommand(in), s);
            Dossier d = received.dossier();
            return Response.created(
                            uri.getAbsolutePathBuilder().path(d.getCode()).build())
                    .entity(mapper.toView(
                            d,
                            received.details(),
                            OffsetDateTime.now(clock),
                            service.isDueSoon(d),
                            service.allowedActions(d, s),
                            service.apologyTimelyUntil(d)))
                    .build();
        }));
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN, Roles.INSPECTOR})
    @Operation(
            operationId = "listDossiers",
            summary =
                    "Worklist: the caller's unit and below (the province for admins and inspectors), open first, soonest due first")
    public Page<DossierSummary> worklist(
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = DossierStatus.class)) String status,
            @QueryParam("due")
                    @Parameter(
                            description =
                                    "SOON (due by the next working day, clock running), OVERDUE (open, due time passed) or "
                                            + "OVERDUE_WITHOUT_APOLOGY (overdue, no apology letter): the dossiers of the "
                                            + "work count of the same name (getDossierWorkCounts)",
                            schema = @Schema(enumeration = {"SOON", "OVERDUE", "OVERDUE_WITHOUT_APOLOGY"}))
                    String due,
            @QueryParam("unitCode") @Size(max = 60) String unitCode,
            @Parameter(hidden = true, deprecated = true) @QueryParam("unit") @Size(max = 60) String unitAlias,
            @QueryParam("procedureCode") @Size(max = 60) String procedureCode,
            @Valid @BeanParam PageParams paging) {
        Subject s = subjects.of(caller);
        service.scopePath(s);
        DossierStatus st = Bodies.enumValue("status", status, DossierStatus.class);
        String d = Bodies.oneOf("due", due, null, WorkQueue.DUE_VALUES);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return service.worklist(s, q, st, d, unitCode != null ? unitCode : unitAlias, procedureCode, paging.toRequest())
                .map(x -> mapper.toSummary(x, now, service.isDueSoon(x)));
    }

    @GET
    @Path("work-counts")
    @RolesAllowed({Roles.OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN, Roles.INSPECTOR})
    @Operation(
            operationId = "getDossierWorkCounts",
            summary = "Counts of open work in the worklist's scope: waiting, in progress, due soon, overdue, overdue "
                    + "without apology; per unit for leaders and province-wide roles",
            description =
                    "The caller's unit and below (the province for admins and inspectors), as the worklist. "
                            + "Each count is listed by a worklist filter: waiting `status=RECEIVED`, inProgress "
                            + "`status=PROCESSING`, dueSoon `due=SOON`, overdue `due=OVERDUE`, overdueWithoutApology "
                            + "`due=OVERDUE_WITHOUT_APOLOGY`; a unit's counts with `unitCode` added (docs/domain/dossiers.md §3.11).")
    @APIResponse(
            responseCode = "200",
            description = "The counts now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WorkCountsView.class),
                            examples =
                                    @ExampleObject(
                                            name = "leader",
                                            summary = "A commune leader: the commune and its one-stop centre",
                                            value = WorkCountsView.EXAMPLE)))
    public WorkCountsView workCounts() {
        Subject s = subjects.of(caller);
        String scope = service.scopePath(s);
        return WorkCountsView.of(workload.of(s, scope));
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN, Roles.INSPECTOR})
    @Operation(
            operationId = "getDossier",
            summary =
                    "One dossier with history, pauses, hand-overs (Mẫu 06) and apology (Mẫu 04); 404 outside the caller's scope")
    public DossierView get(@PathParam("code") String code, @Context HttpServerResponse response) {
        Subject s = subjects.of(caller);
        Dossier d = service.visible(code, s);
        ETags.tag(response, d.getVersion());
        return view(d, s);
    }

    @POST
    @Path("{code}/actions/{action}")
    @RolesAllowed({Roles.OFFICER, Roles.SPECIALIST, Roles.LEADER})
    @Operation(
            operationId = "actOnDossier",
            summary = "Take one lifecycle action; 409 when the status does not allow it")
    public DossierView act(
            @PathParam("code") String code,
            @PathParam("action") String action,
            @RequestBody(required = false) ActionInput input,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Context HttpServerResponse response) {
        Subject s = subjects.of(caller);
        service.checkAct(code, action, s);
        ActionInput in = input == null
                ? new ActionInput(null, null, null, null, null, null, null, null, null, null)
                : Bodies.valid(validator, input);
        var command = new DossierCommands.Act(
                in.note(),
                in.reason(),
                in.items(),
                in.stepName(),
                in.toUnitCode(),
                in.toUser(),
                in.newDueAt(),
                in.signer(),
                in.method(),
                in.resultElectronic());
        Dossier d = TransientRetry.call(() -> service.act(code, action, command, s, ifMatch));
        ETags.tag(response, d.getVersion());
        return view(d, s);
    }

    private DossierView view(Dossier d, Subject s) {
        return mapper.toView(
                d,
                service.details(d),
                OffsetDateTime.now(clock),
                service.isDueSoon(d),
                service.allowedActions(d, s),
                service.apologyTimelyUntil(d));
    }
}
