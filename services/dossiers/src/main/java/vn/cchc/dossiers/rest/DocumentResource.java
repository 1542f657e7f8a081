package vn.cchc.dossiers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.domain.calendar.CalendarRange;
import vn.cchc.dossiers.security.AccessPolicy;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.dossiers.service.DocumentService;
import vn.cchc.dossiers.service.DossierService;
import vn.cchc.dossiers.service.ReportExport;
import vn.cchc.dossiers.service.Subjects;
import vn.cchc.dossiers.service.UnitLookup;
import vn.cchc.shared.http.ContentDisposition;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;
import vn.cchc.shared.units.UnitCopy;

/**
 * Forms Mẫu 01–06 of a dossier and the dossier book (Mẫu 07), in Vietnamese, as PDF (book also Excel). Every download
 * names its file through {@link ContentDisposition} (never a raw parameter in a header) and carries
 * {@code X-Content-Type-Options: nosniff}; the forms are inline (the SPA previews them), the book an attachment.
 */
@Path("/api/v1/dossiers")
@Tag(name = "Documents", description = "Biểu mẫu TT 03/2025/TT-VPCP")
public class DocumentResource {

    static final String NOSNIFF = "X-Content-Type-Options";
    static final Set<String> FORMS = Set.of("mau-01", "mau-02", "mau-03", "mau-04", "mau-05", "mau-06");

    private final DocumentService documents;
    private final DossierService dossiers;
    private final UnitLookup units;
    private final Subjects subjects;
    private final Caller caller;

    public DocumentResource(
            DocumentService documents, DossierService dossiers, UnitLookup units, Subjects subjects, Caller caller) {
        this.documents = documents;
        this.dossiers = dossiers;
        this.units = units;
        this.subjects = subjects;
        this.caller = caller;
    }

    @GET
    @Path("{code}/documents/{form}")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({Roles.OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN, Roles.INSPECTOR})
    @Operation(
            operationId = "getDossierDocument",
            summary = "A form of the dossier as PDF: mau-01 … mau-06 (inline, for the SPA's preview)")
    @APIResponse(
            responseCode = "200",
            description = "The form as PDF",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response form(@PathParam("code") String code, @PathParam("form") String form) {
        var dossier = dossiers.visible(code, subjects.of(caller));
        if (!FORMS.contains(form)) {
            throw ProblemException.notFound(Messages.FORM_FORMS_MAU_MAU, form);
        }
        byte[] pdf = documents.form(dossier, form);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", ContentDisposition.inline(form + "-" + dossier.getCode() + ".pdf"))
                .header(NOSNIFF, "nosniff")
                .build();
    }

    @GET
    @Path("book")
    @Produces({"application/pdf", ReportExport.XLSX, "application/problem+json"})
    @RolesAllowed({Roles.OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN, Roles.INSPECTOR})
    @Operation(
            operationId = "getReceiptBook",
            summary = "Sổ theo dõi hồ sơ (Mẫu 07) of a receiving point for a period; format=pdf or xlsx")
    @APIResponse(
            responseCode = "200",
            description = "The receipt book (sổ theo dõi) as PDF or .xlsx",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response book(
            @QueryParam("unitCode")
                    @Parameter(required = true, description = "Code of the receiving point")
                    @Size(max = 60)
                    String unitCode,
            @Parameter(hidden = true, deprecated = true) @QueryParam("unit") @Size(max = 60) String unitAlias,
            @QueryParam("from") @Parameter(required = true, description = "yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(required = true, description = "yyyy-MM-dd") String to,
            @QueryParam("format") @Parameter(description = "pdf (default) or xlsx") String format) {
        Subject s = subjects.of(caller);
        AccessPolicy.requireUnit(s);
        String code = Bodies.code("unit", unitCode != null ? unitCode : unitAlias);
        if (code == null) {
            throw ProblemException.invalid("unit", "required", Messages.RECEIVING_POINT_WHOSE_BOOK_PRINT);
        }
        UnitCopy u =
                units.find(code).orElseThrow(() -> ProblemException.invalid("unit", "exists", Messages.UNIT, code));
        AccessPolicy.requireBook(s, code, u.getPath());
        LocalDate f = period("from", from);
        LocalDate t = period("to", to);
        boolean xlsx = "xlsx".equals(Bodies.oneOf("format", format, "pdf", "pdf", "xlsx"));
        byte[] body = documents.book(u, f, t, xlsx);
        return Response.ok(body, xlsx ? ReportExport.XLSX : "application/pdf")
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(
                                "so-theo-doi-" + u.getCode() + "-" + f + "-" + t + (xlsx ? ".xlsx" : ".pdf")))
                .header(NOSNIFF, "nosniff")
                .build();
    }

    /** A required date of a period inside the calendar's years. */
    static LocalDate period(String name, String value) {
        LocalDate d = Bodies.date(name, value, true);
        if (!CalendarRange.contains(d)) {
            throw ProblemException.invalid(name, "supportedRange", CalendarRange.message());
        }
        return d;
    }
}
