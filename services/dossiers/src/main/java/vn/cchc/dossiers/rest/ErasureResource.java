package vn.cchc.dossiers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.dossiers.service.DossierErasure;
import vn.cchc.dossiers.service.Subjects;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;
import vn.cchc.shared.tx.TransientRetry;

/** Erasing dossiers received in error (xoá hồ sơ tiếp nhận nhầm, docs/domain/dossier-erasure.md). */
@Path("/api/v1/dossiers/erasures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dossiers", description = "Hồ sơ TTHC: intake, worklist, lifecycle")
public class ErasureResource {

    public record ErasureInput(
            @Schema(
                    description = "Codes of dossiers received in error, still RECEIVED (1 to 1,000)",
                    maxItems = DossierErasure.MAX_CODES,
                    minItems = 1)
            List<String> codes,

            @Schema(
                    description = "Why they are erased (kept in the erasure log; no personal data)",
                    maxLength = DossierErasure.MAX_REASON)
            String reason) {}

    public record ErasureView(
            @Schema(description = "How many dossiers were erased")
            int count,

            @Schema(description = "Their codes, in the order given")
            List<String> codes) {}

    private final DossierErasure erasure;
    private final Subjects subjects;
    private final Caller caller;
    private final Idempotency idempotency;

    public ErasureResource(DossierErasure erasure, Subjects subjects, Caller caller, Idempotency idempotency) {
        this.erasure = erasure;
        this.subjects = subjects;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "eraseDossiers",
            summary =
                    "Erase dossiers received in error (xoá hồ sơ tiếp nhận nhầm), all or nothing: only dossiers still "
                            + "RECEIVED with no decision, letter, supplement, hand-over, rating or result (else 409 naming "
                            + "the rule), in the admin's province (else 404); counters taken back, DossierErased announced")
    @APIResponse(
            responseCode = "200",
            description = "Erased",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ErasureView.class)))
    public Response erase(ErasureInput input, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Subject s = subjects.of(caller);
        erasure.checkAccess(s);
        if (input == null) {
            throw ProblemException.invalid("body", "required", Messages.JSON_BODY_REQUIRED);
        }
        List<String> codes = DossierErasure.validCodes(input.codes(), input.reason());
        // a retry with the same Idempotency-Key gets the first answer instead of 404s for the codes already erased
        return TransientRetry.call(() -> idempotency.run(idempotencyKey, input, () -> {
            List<String> erased = erasure.erase(codes, input.reason(), s);
            return Response.ok(new ErasureView(erased.size(), erased)).build();
        }));
    }
}
