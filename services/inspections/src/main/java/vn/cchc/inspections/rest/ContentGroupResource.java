package vn.cchc.inspections.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.inspections.service.ContentGroupService;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Roles;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/api/v1/inspections/content-groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content groups", description = "Nhóm nội dung kiểm tra CCHC")
public class ContentGroupResource {

    private final ContentGroupService service;

    public ContentGroupResource(ContentGroupService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "Content groups valid on a date (default: today in Vietnam)")
    public List<ContentGroupView> list(@QueryParam("date") String date) {
        return service.validOn(parseDate(date));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a content group")
    public Response create(@Valid @NotNull InspectionDtos.ContentGroupInput in) {
        return Response.status(201).entity(service.create(in)).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Update a content group (names, order, validity)")
    public ContentGroupView update(@PathParam("code") String code, @Valid @NotNull InspectionDtos.ContentGroupInput in) {
        return service.update(code, in);
    }

    @POST
    @Path("/{code}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a checklist item to a content group")
    public Response addItem(@PathParam("code") String code, @Valid @NotNull InspectionDtos.ChecklistItemInput in) {
        return Response.status(201).entity(service.addItem(code, in)).build();
    }

    @PUT
    @Path("/{code}/items/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Update or retire (validTo) a checklist item")
    public InspectionDtos.ChecklistItemView updateItem(@PathParam("code") String code, @PathParam("itemId") long itemId,
                                                       @Valid @NotNull InspectionDtos.ChecklistItemInput in) {
        return service.updateItem(code, itemId, in);
    }

    private static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("date", "isoDate", "must be a date as YYYY-MM-DD");
        }
    }
}
