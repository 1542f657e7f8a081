package vn.cchc.dossiers.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.domain.DossierStatus;
import vn.cchc.dossiers.mapping.DossierMapper;
import vn.cchc.dossiers.rest.DossierDtos.ReceiveInput;
import vn.cchc.dossiers.service.DossierCommands;
import vn.cchc.dossiers.service.IntegrationService;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.tx.TransientRetry;
import vn.cchc.shared.security.Roles;

import java.time.OffsetDateTime;
import java.util.List;

/** For other provincial systems, with client-credential tokens (role integration). */
@Path("/api/v1/dossiers/integration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Integration", description = "API cho hệ thống khác: tạo/cập nhật idempotent, nhập hồ sơ lịch sử")
public class IntegrationResource {

    public record UpsertView(String code, String externalId, DossierStatus status, OffsetDateTime receivedAt,
                             OffsetDateTime dueAt) {
    }

    public record HistoricalInput(@NotNull @Size(max = 100) String externalId, @NotNull @Valid ReceiveInput dossier,
                                  @NotNull DossierStatus status, OffsetDateTime resolvedAt, OffsetDateTime returnedAt,
                                  OffsetDateTime apologyAt, OffsetDateTime apologyNewDueAt) {
    }

    public record ImportResultView(int created, int skipped) {
    }

    private final IntegrationService service;
    private final DossierMapper mapper;
    private final ObjectMapper json;
    private final Caller caller;

    public IntegrationResource(IntegrationService service, DossierMapper mapper, ObjectMapper json, Caller caller) {
        this.service = service;
        this.mapper = mapper;
        this.json = json;
        this.caller = caller;
    }

    @PUT
    @Path("{externalId}")
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(summary = "Create the dossier for an external id, or return it (update contact details); retries never duplicate")
    public UpsertView upsert(@PathParam("externalId") @Size(max = 100) String externalId,
                             @HeaderParam("Idempotency-Key") @Size(max = 200) String key, @NotNull @Valid ReceiveInput input)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        String fingerprint = externalId + json.writeValueAsString(input);
        Dossier d = TransientRetry.call(() -> service.upsert(externalId, key, fingerprint, mapper.toCommand(input), caller));
        return new UpsertView(d.getCode(), externalId, d.getStatus(), DossierMapper.vn(d.getReceivedAt()), DossierMapper.vn(d.getDueAt()));
    }

    @POST
    @Path("import")
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    @Operation(summary = "Import historical dossiers; every row checked first, all or nothing; known external ids skipped")
    public ImportResultView importHistorical(@NotNull @Size(max = 20000) List<@Valid @NotNull HistoricalInput> rows) {
        var historical = rows.stream().map(r -> new IntegrationService.HistoricalRow(r.externalId(),
                mapper.toCommand(r.dossier()), r.status(), r.resolvedAt(), r.returnedAt(), r.apologyAt(),
                r.apologyNewDueAt())).toList();
        // all or nothing: an import aborted by a deadlock with live intake has written nothing and runs again
        var result = TransientRetry.call(() -> service.importHistorical(historical, caller));
        return new ImportResultView(result.created(), result.skipped());
    }
}
