package vn.cchc.inspections.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.inspections.mapping.ContentGroupMapper;
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
    private final ContentGroupMapper mapper;

    public ContentGroupResource(ContentGroupService service, ContentGroupMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "Content groups valid on a date (default: today in Vietnam)")
    public List<ContentGroupView> list(@QueryParam("date") String date) {
        return service.validOn(parseDate(date)).stream().map(mapper::toView).toList();
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
