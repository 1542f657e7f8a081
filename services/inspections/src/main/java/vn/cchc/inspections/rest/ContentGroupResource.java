package vn.cchc.inspections.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.inspections.service.ContentGroupService;
import vn.cchc.inspections.service.ContentGroupView;
import vn.cchc.inspections.service.InspectionDtos;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

/**
 * Content groups and their checklist items: national data (one list for every province, the areas of NQ 76/NQ-CP),
 * written by {@code national-admin} only, read by inspectors, leaders and admins with a unit and by national-admin.
 */
@Path("/api/v1/inspections/content-groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content groups", description = "Nhóm nội dung kiểm tra CCHC (dữ liệu dùng chung toàn quốc)")
public class ContentGroupResource {

    private final Idempotency idempotency;
    private final ContentGroupService service;
    private final Caller caller;

    public ContentGroupResource(ContentGroupService service, Caller caller, Idempotency idempotency) {
        this.idempotency = idempotency;
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "listContentGroups",
            summary = "Content groups valid on a date (default: today in Vietnam), each with its checklist items")
    public List<ContentGroupView> list(@QueryParam("date") String date) {
        return service.validOn(Params.date(date, "date"), caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "createContentGroup", summary = "Create a content group (national-admin)")
    @APIResponse(
            responseCode = "201",
            description = "The content group",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContentGroupView.class)))
    public Response create(
            @NotNull InspectionDtos.ContentGroupInput in, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first answer, not a second change (ADR 0013)
        return idempotency.run(idempotencyKey, in, () -> {
            return Response.status(201).entity(service.create(in, caller)).build();
        });
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(
            operationId = "updateContentGroup",
            summary = "Update a content group: names, order, validity (national-admin)")
    public ContentGroupView update(@PathParam("code") String code, @NotNull InspectionDtos.ContentGroupInput in) {
        return service.update(code, in, caller);
    }

    @POST
    @Path("/{code}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(
            operationId = "addContentGroupItem",
            summary = "Add a checklist item to a content group (national-admin)")
    @APIResponse(
            responseCode = "201",
            description = "The checklist item",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InspectionDtos.ChecklistItemView.class)))
    public Response addItem(
            @PathParam("code") String code,
            @NotNull InspectionDtos.ChecklistItemInput in,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first answer, not a second change (ADR 0013)
        return idempotency.run(idempotencyKey, in, () -> {
            return Response.status(201)
                    .entity(service.addItem(code, in, caller))
                    .build();
        });
    }

    @PUT
    @Path("/{code}/items/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(
            operationId = "updateContentGroupItem",
            summary = "Update or retire (validTo) a checklist item (national-admin)")
    public InspectionDtos.ChecklistItemView updateItem(
            @PathParam("code") String code,
            @PathParam("itemId") long itemId,
            @NotNull InspectionDtos.ChecklistItemInput in) {
        return service.updateItem(code, itemId, in, caller);
    }
}
