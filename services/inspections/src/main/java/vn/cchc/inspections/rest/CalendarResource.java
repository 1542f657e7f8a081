package vn.cchc.inspections.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.inspections.rest.InspectionDtos.CalendarEntryInput;
import vn.cchc.inspections.rest.InspectionDtos.CalendarEntryView;
import vn.cchc.inspections.service.CalendarService;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

import java.util.List;

/** The official yearly calendar decisions (nghỉ bù, hoán đổi, làm bù) that the working-day deadlines follow. */
@Path("/api/v1/inspections/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Lịch ngày làm việc: quyết định nghỉ bù, hoán đổi, làm bù hằng năm")
public class CalendarResource {

    private final CalendarService service;
    private final Caller caller;

    public CalendarResource(CalendarService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "The official calendar entries of a year (statutory holidays are computed and not listed)")
    public List<CalendarEntryView> get(@PathParam("year") int year) {
        return service.entries(year);
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace the official calendar entries of a year; deadlines computed afterwards follow them")
    public List<CalendarEntryView> put(@PathParam("year") int year, @NotNull List<CalendarEntryInput> entries) {
        List<CalendarEntryView> saved = service.replace(year, entries, caller.username());
        service.invalidate(); // after the commit: the next deadline is computed with the new entries
        return saved;
    }
}
