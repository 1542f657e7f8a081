package vn.cchc.dossiers.rest;

import static vn.cchc.dossiers.mapping.DossierMapper.vn;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.dossiers.config.DossiersConfig;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.mapping.DossierMapper;
import vn.cchc.dossiers.rest.DossierDtos.MyRatingInput;
import vn.cchc.dossiers.rest.DossierDtos.RatingInput;
import vn.cchc.dossiers.rest.DossierDtos.TrackingView;
import vn.cchc.dossiers.security.AccessPolicy;
import vn.cchc.dossiers.service.PublicService;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;
import vn.cchc.shared.tx.TransientRetry;

/** For citizens: tracking and rating without logging in, and a signed-in citizen's own dossiers. No personal data leaves here. */
@Path("/api/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizens", description = "Tra cứu và đánh giá hồ sơ")
public class PublicResource {

    private final PublicService service;
    private final Caller caller;
    private final Set<String> trustedProxies;
    private final Idempotency idempotency;

    public PublicResource(PublicService service, Caller caller, DossiersConfig config, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
        this.trustedProxies = config.trustedProxies().stream()
                .map(String::trim)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The guessing client: the gateway's X-Forwarded-For when the request comes from a trusted proxy, else the socket. */
    private String client(HttpServerRequest request) {
        String socket =
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return ClientAddress.resolve(socket, request.getHeader("X-Forwarded-For"), trustedProxies);
    }

    @GET
    @Path("tracking/{code}")
    @PermitAll
    @Operation(
            operationId = "trackDossier",
            summary = "Track a dossier with its code and the last 4 digits of the applicant's phone; a client with "
                    + "too many wrong pairs gets 429 with Retry-After")
    public TrackingView track(
            @PathParam("code") String code,
            @QueryParam("phone") @NotNull @Pattern(regexp = "\\d{4}", message = "{cchc.dossiers.phone-last4}")
                    String phone,
            @Context HttpServerRequest request) {
        return view(service.track(code, phone, client(request)));
    }

    @GET
    @Path("mine")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(
            operationId = "listMyDossiers",
            summary = "A signed-in citizen's own dossiers (matched on the id_number claim), newest first")
    public List<TrackingView> mine(
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
            @Parameter(hidden = true, deprecated = true) @QueryParam("limit") @Min(1) @Max(200) Integer limit) {
        String idNumber = AccessPolicy.applicantOf(caller.claim("id_number"));
        return service.mine(idNumber, limit != null ? limit : size).stream()
                .map(PublicResource::view)
                .toList();
    }

    @GET
    @Path("mine/{code}")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(
            operationId = "getMyDossier",
            summary = "A signed-in citizen's own dossier with its history (matched on the id_number claim; no phone"
                    + " digits); 404 for anybody else's")
    public TrackingView trackMine(@PathParam("code") String code) {
        return view(service.trackMine(code, AccessPolicy.applicantOf(caller.claim("id_number"))));
    }

    @POST
    @Path("mine/{code}/rating")
    @RolesAllowed(Roles.CITIZEN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "rateMyDossier",
            summary = "Rate a signed-in citizen's own dossier once after the result (no phone digits)")
    @APIResponse(responseCode = "204", description = "Rating recorded")
    public Response rateMine(
            @PathParam("code") String code,
            @NotNull @Valid MyRatingInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        String idNumber = AccessPolicy.applicantOf(caller.claim("id_number"));
        // a retry with the same Idempotency-Key gets the first 204 instead of "already rated" (409)
        return TransientRetry.call(() -> idempotency.run(idempotencyKey, input, () -> {
            service.rateMine(code, idNumber, input.answers());
            return Response.noContent().build();
        }));
    }

    private static TrackingView view(PublicService.Tracking t) {
        Dossier d = t.dossier();
        return new TrackingView(
                d.getCode(),
                d.getProcedureName(),
                d.getStatus(),
                d.getStatus().code(),
                vn(d.getReceivedAt()),
                vn(d.getDueAt()),
                vn(d.effectiveDueAt()),
                vn(d.getResolvedAt()),
                vn(d.getReturnedAt()),
                t.history().stream().map(DossierMapper::toTracking).toList(),
                t.rated());
    }

    @POST
    @Path("ratings/{code}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "rateDossier",
            summary = "Rate the handling once after the result (criteria of the provincial portal)")
    @APIResponse(responseCode = "204", description = "Rating recorded")
    public Response rate(
            @PathParam("code") String code,
            @NotNull @Valid RatingInput input,
            @Context HttpServerRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        String digits = input.phone().replaceAll("\\D", "");
        String last4 = digits.length() >= 4 ? digits.substring(digits.length() - 4) : digits;
        String client = client(request);
        // a retried rating with the same Idempotency-Key gets the first 204 instead of "already rated" (409); the
        // key belongs to the client address (citizens are anonymous here)
        return TransientRetry.call(() -> idempotency.run(client, idempotencyKey, input, () -> {
            service.rate(code, last4, input.answers(), client);
            return Response.noContent().build();
        }));
    }
}
