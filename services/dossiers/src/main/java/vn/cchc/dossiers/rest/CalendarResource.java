package vn.cchc.dossiers.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.shared.calendar.CalendarEntry;
import vn.cchc.dossiers.repository.UnitCopyRepository;
import vn.cchc.dossiers.service.CalendarService;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/dossiers/calendar/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Lịch làm việc: ngày lễ (âm lịch tính sẵn), nghỉ bù, làm bù")
public class CalendarResource {

    public record DayView(LocalDate date, CalendarEntry.Kind kind, String note, String source, Long id) {
    }

    public record YearView(int year, String province, List<DayView> days, List<LocalDate> nonWorkingWeekdays,
                           List<LocalDate> workedWeekendDays) {
    }

    public record EntryInput(@NotNull LocalDate date, @NotNull CalendarEntry.Kind kind, @Size(max = 500) String note) {
    }

    private final CalendarService calendars;
    private final UnitCopyRepository units;
    private final Caller caller;

    public CalendarResource(CalendarService calendars, UnitCopyRepository units, Caller caller) {
        this.calendars = calendars;
        this.units = units;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "The working calendar of a year for the caller's province (or ?province=)")
    public YearView get(@PathParam("year") @Min(2000) @Max(2100) int year, @QueryParam("province") @Size(max = 60) String province) {
        String p = province(province);
        var cal = calendars.forProvince(p);
        return new YearView(year, p, calendars.year(p, year).stream()
                .map(d -> new DayView(d.date(), d.kind(), d.note(), d.source(), d.id())).toList(),
                cal.nonWorkingWeekdays(year), cal.workedWeekendDays(year));
    }

    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record an official decision: a day off (HOLIDAY, COMPENSATORY_OFF) or a worked weekend day")
    public Response add(@PathParam("year") int year, @NotNull @Valid EntryInput input) {
        if (input.date().getYear() != year) {
            throw ProblemException.invalid("date", "inYear", "the date must be in " + year);
        }
        var d = calendars.add(province(null), input.date(), input.kind(), input.note(), caller.username());
        return Response.status(201).entity(new DayView(d.getDay(), input.kind(), d.getNote(), "OFFICIAL", d.getId())).build();
    }

    @DELETE
    @Path("entries/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response remove(@PathParam("year") int year, @PathParam("id") long id) {
        calendars.remove(province(null), id);
        return Response.noContent().build();
    }

    /** The caller's province (the root of their unit); an admin's decisions apply to it. */
    private String province(String requested) {
        if (requested != null && !requested.isBlank()) {
            return requested.trim();
        }
        return caller.unitCode().flatMap(units::findByIdOptional).map(u -> u.provinceCode())
                .or(() -> caller.unitCode().map(u -> u.contains(".") ? u.substring(0, u.indexOf('.')) : u))
                .orElse("VN");
    }
}
