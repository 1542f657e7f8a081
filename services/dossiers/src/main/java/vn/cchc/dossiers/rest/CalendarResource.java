package vn.cchc.dossiers.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.calendar.CalendarEntry;
import vn.cchc.calendar.StatutoryHolidays;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.domain.calendar.CalendarRange;
import vn.cchc.dossiers.security.AccessPolicy;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.dossiers.service.OfficialCalendarService;
import vn.cchc.dossiers.service.Subjects;
import vn.cchc.dossiers.service.UnitLookup;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

/**
 * The working calendar and its official decisions. National (VN) decisions are written only by a national admin, a
 * province's only by an admin of that province (the root of the admin's unit); a caller without a unit writes nothing
 * and there is no fallback to VN ({@link AccessPolicy#canWriteCalendar}).
 */
@Path("/api/v1/dossiers/calendar/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Lịch làm việc: ngày lễ (âm lịch tính sẵn), nghỉ bù, làm bù")
public class CalendarResource {

    /**
     * A day: {@code source} LAW (statutory default), COMPENSATION (nghỉ bù by BLLĐ art. 111.3) or DECISION (a stored
     * decision of {@code decidedBy}, 'VN' or the province, with its {@code id}); {@code inForce} false for an entry
     * replaced on its date by a decision (docs/domain/calendar.md §8).
     */
    public record DayView(
            LocalDate date,
            CalendarEntry.Kind kind,
            String note,
            CalendarEntry.Source source,
            Long id,
            String decidedBy,
            boolean inForce) {}

    /**
     * The default placement the year follows where no decision says otherwise (docs/domain/calendar.md §3–§5).
     *
     * @param tetDays              the five default Tết days (last day of the lunar year, mùng 1–4)
     * @param nationalDayAdjacent  the default day adjacent to 02/9
     * @param tet                  the Tết rule, in Vietnamese
     * @param nationalDay          the rule of the adjacent day, in Vietnamese
     * @param compensation         the nghỉ bù rule, in Vietnamese
     * @param decisions            how a stored decision applies, in Vietnamese
     */
    public record DefaultRules(
            List<LocalDate> tetDays,
            LocalDate nationalDayAdjacent,
            String tet,
            String nationalDay,
            String compensation,
            String decisions) {

        static DefaultRules of(int year) {
            return new DefaultRules(
                    StatutoryHolidays.tetDays(year),
                    StatutoryHolidays.nationalDayAdjacent(year),
                    StatutoryHolidays.TET_RULE,
                    StatutoryHolidays.NATIONAL_DAY_RULE,
                    StatutoryHolidays.COMPENSATION_RULE,
                    StatutoryHolidays.DECISION_RULE);
        }
    }

    /** A year: its days, whether a stored decision names any of its dates, the default rules, and the summaries. */
    public record YearView(
            int year,
            String province,
            boolean hasDecision,
            DefaultRules rules,
            List<DayView> days,
            List<LocalDate> nonWorkingWeekdays,
            List<LocalDate> workedWeekendDays) {}

    public record EntryInput(
            @NotNull LocalDate date,
            @NotNull CalendarEntry.Kind kind,
            @Size(max = 500) String note) {}

    private final Idempotency idempotency;
    private final OfficialCalendarService calendars;
    private final UnitLookup units;
    private final Subjects subjects;
    private final Validator validator;
    private final Caller caller;

    public CalendarResource(
            OfficialCalendarService calendars,
            UnitLookup units,
            Subjects subjects,
            Validator validator,
            Caller caller,
            Idempotency idempotency) {
        this.idempotency = idempotency;
        this.calendars = calendars;
        this.units = units;
        this.subjects = subjects;
        this.validator = validator;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(
            operationId = "getDossierCalendarYear",
            summary = "The working calendar of a year (" + CalendarRange.FIRST_YEAR + "–" + CalendarRange.LAST_YEAR
                    + ") for the caller's province, or ?province= (a province code or VN)")
    public YearView get(
            @PathParam("year")
                    @Parameter(description = "a year " + CalendarRange.FIRST_YEAR + "–" + CalendarRange.LAST_YEAR)
                    String year,
            @QueryParam("province") String province) {
        Subject s = subjects.of(caller);
        AccessPolicy.requireReadCalendar(s);
        String p = province == null || province.isBlank()
                ? AccessPolicy.requireDefaultCalendar(s)
                : knownProvince(province);
        int y = year(year);
        var cal = calendars.forProvince(p);
        return new YearView(
                y,
                p,
                cal.hasDecision(y),
                DefaultRules.of(y),
                calendars.year(p, y).stream()
                        .map(d -> new DayView(
                                d.date(), d.kind(), d.note(), d.source(), d.id(), d.decidedBy(), d.inForce()))
                        .toList(),
                cal.nonWorkingWeekdays(y),
                cal.workedWeekendDays(y));
    }

    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "addDossierCalendarEntry",
            summary = "Record an official decision: a day off (HOLIDAY, COMPENSATORY_OFF) or a worked weekend day; "
                    + "in the admin's province, or the national calendar (VN) for a national admin")
    @APIResponse(
            responseCode = "201",
            description = "The day added",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DayView.class)))
    public Response add(
            @PathParam("year") String year,
            @QueryParam("province") String province,
            EntryInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first answer, not a second change (ADR 0013)
        return idempotency.run(idempotencyKey, input, () -> {
            String target = writable(province);
            int y = year(year);
            EntryInput in = Bodies.valid(validator, input);
            if (in.date().getYear() != y) {
                throw ProblemException.invalid("date", "inYear", Messages.DATE_MUST, y);
            }
            var d = calendars.add(target, in.date(), in.kind(), in.note(), caller.username());
            return Response.status(201)
                    .entity(new DayView(
                            d.getDay(),
                            in.kind(),
                            d.getNote(),
                            CalendarEntry.Source.DECISION,
                            d.getId(),
                            d.getProvinceCode(),
                            true))
                    .build();
        });
    }

    @DELETE
    @Path("entries/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "removeDossierCalendarEntry",
            summary = "Remove an official decision of the admin's province (or of VN for a national admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(
            @PathParam("year") String year, @PathParam("id") String id, @QueryParam("province") String province) {
        String target = writable(province);
        year(year);
        calendars.remove(target, Bodies.longValue("id", id));
        return Response.noContent().build();
    }

    /** The calendar the caller writes: the named one or its own (VN for a national admin); 403 when not allowed. */
    private String writable(String requested) {
        return AccessPolicy.calendarToWrite(subjects.of(caller), requested);
    }

    /** VN or the code of a province (a root unit) this service knows, else 400. */
    private String knownProvince(String province) {
        String p = province.trim();
        if (AccessPolicy.NATIONAL.equals(p)) {
            return p;
        }
        boolean root = units.isProvince(p);
        if (!root) {
            throw ProblemException.invalid("province", "exists", Messages.PROVINCE_USE_PROVINCE_CODE_VN, p);
        }
        return p;
    }

    static int year(String year) {
        int y;
        try {
            y = Integer.parseInt(year == null ? "" : year.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("year", "integer", Messages.YEAR_SUCH);
        }
        if (!CalendarRange.contains(y)) {
            throw ProblemException.invalid("year", "supportedRange", CalendarRange.message());
        }
        return y;
    }
}
