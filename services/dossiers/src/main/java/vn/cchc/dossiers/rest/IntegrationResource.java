package vn.cchc.dossiers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.domain.DossierStatus;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.mapping.DossierMapper;
import vn.cchc.dossiers.rest.DossierDtos.ReceiveInput;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.dossiers.service.IntegrationService;
import vn.cchc.dossiers.service.Subjects;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;
import vn.cchc.shared.tx.TransientRetry;

/**
 * For other provincial systems, with client-credential tokens (role integration): the only part of this service the
 * integration client reaches besides the public reads. The client acts within its unit's subtree (unit H99: the
 * province); an admin may also import, within its province.
 */
@Path("/api/v1/dossiers/integration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Integration", description = "API cho hệ thống khác: tạo/cập nhật idempotent, nhập hồ sơ lịch sử")
public class IntegrationResource {

    public record UpsertView(
            String code, String externalId, DossierStatus status, OffsetDateTime receivedAt, OffsetDateTime dueAt) {}

    public record HistoricalInput(
            @NotNull @Size(max = 100) String externalId,
            @NotNull @Valid ReceiveInput dossier,
            @NotNull DossierStatus status,
            OffsetDateTime resolvedAt,
            OffsetDateTime returnedAt,
            OffsetDateTime apologyAt,
            OffsetDateTime apologyNewDueAt,
            Boolean resultElectronic) {}

    public record ImportResultView(int created, int skipped) {}

    private final IntegrationService service;
    private final vn.cchc.dossiers.service.DossierService dossierService;
    private final DossierMapper mapper;
    private final Idempotency idempotency;
    private final Subjects subjects;
    private final Validator validator;
    private final Caller caller;

    public IntegrationResource(
            IntegrationService service,
            vn.cchc.dossiers.service.DossierService dossierService,
            DossierMapper mapper,
            Idempotency idempotency,
            Subjects subjects,
            Validator validator,
            Caller caller) {
        this.service = service;
        this.dossierService = dossierService;
        this.mapper = mapper;
        this.idempotency = idempotency;
        this.subjects = subjects;
        this.validator = validator;
        this.caller = caller;
    }

    @PUT
    @Path("{externalId}")
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(
            operationId = "upsertIntegratedDossier",
            summary = "Create the dossier for an external id at a unit of the client's subtree, or return it "
                    + "(update contact details); retries never duplicate")
    @APIResponse(
            responseCode = "200",
            description = "The dossier of this external id (created now or before)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UpsertView.class)))
    public Response upsert(
            @PathParam("externalId") String externalId,
            @HeaderParam(Idempotency.HEADER) String key,
            ReceiveInput input) {
        Subject s = subjects.of(caller);
        dossierService.checkReceive(s, input == null ? null : input.receivingUnitCode());
        if (externalId == null || externalId.isBlank() || externalId.length() > 100) {
            throw ProblemException.invalid("externalId", "size", Messages.CHARACTERS);
        }
        ReceiveInput in = Bodies.valid(validator, input);
        // the same external id is never created twice; the same Idempotency-Key replays the first answer
        return TransientRetry.call(() -> idempotency.run(key, in, () -> {
            Dossier d = service.upsert(externalId, mapper.toCommand(in), s);
            return Response.ok(new UpsertView(
                            d.getCode(),
                            externalId,
                            d.getStatus(),
                            DossierMapper.vn(d.getReceivedAt()),
                            DossierMapper.vn(d.getDueAt())))
                    .build();
        }));
    }

    @POST
    @Path("import")
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "importHistoricalDossiers",
            summary =
                    "Import historical dossiers (at most " + IntegrationService.MAX_ROWS + " rows) of units in the "
                            + "caller's reach; every row checked first (violations name the row), all or nothing; known external ids skipped")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
            responseCode = "200",
            description = "How many rows were created and skipped",
            content =
                    @org.eclipse.microprofile.openapi.annotations.media.Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @org.eclipse.microprofile.openapi.annotations.media.Schema(
                                            implementation = ImportResultView.class)))
    public Response importHistorical(
            List<HistoricalInput> rows, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first answer, not a second change (ADR 0013)
        return idempotency.run(idempotencyKey, rows, () -> {
            Subject s = subjects.of(caller);
            if (rows == null) {
                service.checkImport(s, List.of());
                throw ProblemException.invalid("body", "required", Messages.JSON_ARRAY_ROWS);
            }
            service.checkImport(
                    s,
                    rows.stream()
                            .map(r -> r == null || r.dossier() == null
                                    ? null
                                    : r.dossier().receivingUnitCode())
                            .toList());
            if (rows.size() > IntegrationService.MAX_ROWS) {
                throw ProblemException.invalid(
                        "body", "size", Messages.MOST_ROWS_PER_IMPORT_SENT, IntegrationService.MAX_ROWS, rows.size());
            }
            Violations v = new Violations();
            for (int i = 0; i < rows.size(); i++) {
                HistoricalInput r = rows.get(i);
                if (r == null) {
                    v.add("rows[" + i + "]", "required", Messages.ROW_NULL);
                    continue;
                }
                for (ConstraintViolation<HistoricalInput> c : validator.validate(r)) {
                    v.add("rows[" + i + "]." + c.getPropertyPath(), rule(c), c.getMessage());
                }
            }
            v.throwIfAny();
            var historical = rows.stream()
                    .map(r -> new IntegrationService.HistoricalRow(
                            r.externalId(),
                            mapper.toCommand(r.dossier()),
                            r.status(),
                            r.resolvedAt(),
                            r.returnedAt(),
                            r.apologyAt(),
                            r.apologyNewDueAt(),
                            Boolean.TRUE.equals(r.resultElectronic())))
                    .toList();
            // all or nothing: an import aborted by a deadlock with live intake has written nothing and runs again
            var result = TransientRetry.call(() -> service.importHistorical(historical, s));
            return Response.ok(new ImportResultView(result.created(), result.skipped()))
                    .build();
        });
    }

    private static String rule(ConstraintViolation<?> c) {
        String name =
                c.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
