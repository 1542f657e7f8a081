package vn.cchc.inspections.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.inspections.security.AccessPolicy;
import vn.cchc.inspections.service.CalendarCopyService;
import vn.cchc.inspections.service.InspectionDtos.CalendarEntryView;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

/**
 * The official calendar decisions (nghỉ bù, hoán đổi, làm bù) that the working-day deadlines of inspections follow,
 * read-only: they are edited by admin in dossiers ({@code /api/v1/dossiers/calendar/{year}}) and arrive here on
 * {@code cchc.calendar.v1}. Who reads which province: {@link AccessPolicy#calendarProvince}.
 */
@Path("/api/v1/inspections/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Lịch ngày làm việc: quyết định nghỉ bù, hoán đổi, làm bù hằng năm (từ dossiers)")
public class CalendarCopyResource {

    private final CalendarCopyService service;
    private final AccessPolicy access;
    private final Caller caller;

    public CalendarCopyResource(CalendarCopyService service, AccessPolicy access, Caller caller) {
        this.service = service;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "getInspectionCalendarYear",
            summary = "The official calendar entries of a year that deadlines in a province follow: national ('VN') "
                    + "ones with the province's own on top (statutory holidays are computed and not listed). Inspectors and "
                    + "admins read their own province (the default) or 'VN'; national-admin any (default 'VN'). Edited in "
                    + "dossiers, received through cchc.calendar.v1")
    public List<CalendarEntryView> get(
            @PathParam("year") int year, @QueryParam("province") @Size(max = 60) String province) {
        return service.entries(access.calendarProvince(caller, province), year);
    }
}
