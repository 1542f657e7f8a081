package vn.cchc.dossiers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.dossiers.domain.UnitCopy;
import vn.cchc.dossiers.repository.UnitCopyRepository;
import vn.cchc.dossiers.service.DocumentService;
import vn.cchc.dossiers.service.DossierService;
import vn.cchc.dossiers.service.ReportExport;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.security.Roles;

import java.time.LocalDate;

/** Forms Mẫu 01–06 of a dossier and the dossier book (Mẫu 07), in Vietnamese, as PDF (book also Excel). */
@Path("/api/v1/dossiers")
@Tag(name = "Documents", description = "Biểu mẫu TT 03/2025/TT-VPCP")
public class DocumentResource {

    private final DocumentService documents;
    private final DossierService dossiers;
    private final UnitCopyRepository units;
    private final Caller caller;

    public DocumentResource(DocumentService documents, DossierService dossiers, UnitCopyRepository units, Caller caller) {
        this.documents = documents;
        this.dossiers = dossiers;
        this.units = units;
        this.caller = caller;
    }

    @GET
    @Path("{code}/documents/{form}")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({Roles.OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "A form of the dossier as PDF: mau-01 … mau-06")
    public Response form(@PathParam("code") String code, @PathParam("form") String form) {
        byte[] pdf = documents.form(dossiers.visible(code, caller), form);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + form + "-" + code + ".pdf\"").build();
    }

    @GET
    @Path("book")
    @Produces({"application/pdf", ReportExport.XLSX, "application/problem+json"})
    @RolesAllowed({Roles.OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Sổ theo dõi hồ sơ (Mẫu 07) of a receiving point for a period; format=pdf or xlsx")
    public Response book(@QueryParam("unit") @NotNull @Size(max = 60) String unit, @QueryParam("from") @NotNull LocalDate from,
                         @QueryParam("to") @NotNull LocalDate to, @QueryParam("format") @DefaultValue("pdf") String format) {
        UnitCopy u = units.findByIdOptional(unit)
                .orElseThrow(() -> ProblemException.invalid("unit", "exists", "no unit " + unit));
        if (!caller.unitCode().map(c -> Jurisdiction.covers(c, u.getPath())).orElse(false)) {
            throw ProblemException.forbidden("Unit " + unit + " is outside your unit.");
        }
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        byte[] body = documents.book(u, from, to, xlsx);
        return Response.ok(body, xlsx ? ReportExport.XLSX : "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"so-theo-doi-" + unit + "-" + from + "-" + to
                        + (xlsx ? ".xlsx" : ".pdf") + "\"").build();
    }
}
