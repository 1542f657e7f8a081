package vn.cchc.dossiers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.domain.WebhookAttempt;
import vn.cchc.dossiers.domain.WebhookDelivery;
import vn.cchc.dossiers.domain.WebhookSubscription;
import vn.cchc.dossiers.mapping.DossierMapper;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.dossiers.service.Subjects;
import vn.cchc.dossiers.service.WebhookService;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageParams;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;
import vn.cchc.shared.tx.TransientRetry;

/**
 * Webhooks for provincial systems (docs/api/webhooks.md): the integration client (within its unit's subtree) or a
 * province's admin subscribes a URL to dossier event types; deliveries are signed in the Standard Webhooks format,
 * retried with backoff, listed with their attempts and redeliverable. A webhook outside the caller's reach is 404.
 */
@Path("/api/v1/dossiers/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Webhook cho hệ thống của tỉnh: đăng ký, lần gửi, gửi lại")
public class WebhookResource {

    @Schema(
            description =
                    "A webhook to create: target URL, event types and the unit subtree (default: the caller's unit)")
    public record SubscriptionInput(
            @Schema(
                    description = "https URL (at most 2000 characters) resolving to public addresses only",
                    examples = "https://hethong.tinh.gov.vn/cchc/webhook")
            String url,

            @Schema(description = "Event types of cchc.dossiers.v1, e.g. DossierReceived, DossierResolved")
            List<String> eventTypes,

            @Schema(
                    description =
                            "Events of dossiers received or decided in this unit or below; default the caller's unit")
            String unitCode) {}

    public record SubscriptionView(
            UUID id, String url, List<String> eventTypes, String unitCode, OffsetDateTime createdAt) {}

    @Schema(description = "The new webhook with its signing secret, returned this once")
    public record CreatedSubscriptionView(
            UUID id,
            String url,
            List<String> eventTypes,
            String unitCode,
            OffsetDateTime createdAt,

            @Schema(description = "Standard Webhooks secret: whsec_ + base64 of the HMAC key")
            String secret) {}

    public record AttemptView(OffsetDateTime at, Integer statusCode, String error, int durationMs) {}

    public record DeliveryView(
            UUID id,

            @Schema(description = "The event id: also the webhook-id header")
            String eventId,

            String eventType,
            @Schema(description = "The dossier code") String subject,

            @Schema(description = "PENDING, DELIVERED or FAILED")
            String status,

            int attemptCount,
            OffsetDateTime nextAttemptAt,
            OffsetDateTime lastAttemptAt,
            Integer lastStatusCode,
            OffsetDateTime createdAt,

            @Schema(description = "The last attempts (at most 20), newest first")
            List<AttemptView> attempts) {}

    private final WebhookService service;
    private final Subjects subjects;
    private final Idempotency idempotency;
    private final Caller caller;

    public WebhookResource(WebhookService service, Subjects subjects, Idempotency idempotency, Caller caller) {
        this.service = service;
        this.subjects = subjects;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "createWebhook",
            summary = "Subscribe a URL to dossier event types of a unit subtree; the signing secret is returned once")
    @APIResponse(
            responseCode = "201",
            description = "Created, with its secret",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CreatedSubscriptionView.class)),
            headers = @Header(name = "Location", ref = "#/components/headers/Location"))
    public Response create(
            @RequestBody(required = true) SubscriptionInput input,
            @Context UriInfo uri,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Subject s = subjects.of(caller);
        service.checkAccess(s);
        if (input == null) {
            throw ProblemException.invalid("body", "required", Messages.JSON_BODY_REQUIRED);
        }
        return TransientRetry.call(() -> idempotency.run(idempotencyKey, input, () -> {
            var created = service.subscribe(s, input.url(), input.eventTypes(), input.unitCode());
            WebhookSubscription sub = created.subscription();
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(sub.getId().toString())
                            .build())
                    .entity(new CreatedSubscriptionView(
                            sub.getId(),
                            sub.getUrl(),
                            sub.eventTypes(),
                            sub.getUnitCode(),
                            DossierMapper.vn(sub.getCreatedAt()),
                            created.secret()))
                    .build();
        }));
    }

    @GET
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "listWebhooks",
            summary =
                    "The webhooks of the caller's reach (integration client: its unit's subtree; admin: its province)")
    public Page<SubscriptionView> list(@Valid @BeanParam PageParams paging) {
        return service.list(subjects.of(caller), paging.toRequest()).map(WebhookResource::view);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    @Operation(operationId = "getWebhook", summary = "One webhook (never its secret)")
    public SubscriptionView get(@PathParam("id") String id) {
        return view(service.get(subjects.of(caller), id(id)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook with its deliveries")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") String id) {
        service.delete(subjects.of(caller), id(id));
    }

    @POST
    @Path("{id}/secret")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "A new signing secret, returned once; the old one signs nothing from now on")
    public CreatedSubscriptionView rotateSecret(@PathParam("id") String id) {
        var created = service.rotateSecret(subjects.of(caller), id(id));
        WebhookSubscription sub = created.subscription();
        return new CreatedSubscriptionView(
                sub.getId(),
                sub.getUrl(),
                sub.eventTypes(),
                sub.getUnitCode(),
                DossierMapper.vn(sub.getCreatedAt()),
                created.secret());
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "The deliveries of a webhook, newest first, each with its last attempts")
    public Page<DeliveryView> deliveries(@PathParam("id") String id, @Valid @BeanParam PageParams paging) {
        return service.deliveries(subjects.of(caller), id(id), paging.toRequest())
                .map(d -> view(d.delivery(), d.attempts()));
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "redeliverWebhook",
            summary = "Queue a delivery again (due now, with a fresh retry schedule), whatever its status")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryView.class)))
    public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        WebhookDelivery d = service.redeliver(subjects.of(caller), id(id), id(deliveryId));
        return Response.accepted(view(d, List.of())).build();
    }

    private static UUID id(String id) {
        try {
            if (id != null && id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // not an id: nothing of that name exists
        }
        throw ProblemException.notFound(
                Messages.WEBHOOK_OR_DELIVERY_NOT_FOUND, id == null ? "" : id.length() > 40 ? id.substring(0, 40) : id);
    }

    private static SubscriptionView view(WebhookSubscription s) {
        return new SubscriptionView(
                s.getId(), s.getUrl(), s.eventTypes(), s.getUnitCode(), DossierMapper.vn(s.getCreatedAt()));
    }

    private static DeliveryView view(WebhookDelivery d, List<WebhookAttempt> attempts) {
        return new DeliveryView(
                d.getId(),
                d.getEventId(),
                d.getEventType(),
                d.getSubject(),
                d.getStatus(),
                d.getAttempts(),
                DossierMapper.vn(d.getNextAttemptAt()),
                DossierMapper.vn(d.getLastAttemptAt()),
                d.getLastStatus(),
                DossierMapper.vn(d.getCreatedAt()),
                attempts.stream()
                        .map(a -> new AttemptView(
                                DossierMapper.vn(a.getAttemptedAt()),
                                a.getStatusCode(),
                                a.getError(),
                                a.getDurationMs()))
                        .toList());
    }
}
