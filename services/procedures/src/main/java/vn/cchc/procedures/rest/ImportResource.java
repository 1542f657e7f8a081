package vn.cchc.procedures.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.procedures.domain.ImportJob;
import vn.cchc.procedures.importing.TabularParser;
import vn.cchc.procedures.service.ImportService;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/procedures/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Bulk import of procedures (JSON, CSV, Excel)")
public class ImportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record ImportJobView(UUID id, String fileName, ImportJob.Format format, ImportJob.Status status,
                                ImportJob.Phase phase, int total, int processed, int created, int published,
                                List<ImportJob.RowError> errors, OffsetDateTime startedAt, OffsetDateTime finishedAt) {
    }

    private final ImportService service;
    private final Caller caller;
    private final int maxBytes;

    public ImportResource(ImportService service, Caller caller,
                          @ConfigProperty(name = "cchc.import.max-bytes", defaultValue = "20971520") int maxBytes) {
        this.service = service;
        this.caller = caller;
        this.maxBytes = maxBytes;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "text/csv", XLSX})
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.ADMIN})
    @Operation(summary = "Start an import; the body is the file. Every row is validated; nothing is written if any row fails")
    public Response start(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                          @HeaderParam("X-File-Name") String fileName, @Context UriInfo uri) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("file", "notEmpty", "the request body must hold the file");
        }
        if (body.length > maxBytes) {
            throw ProblemException.invalid("file", "maxBytes", "the file is larger than " + maxBytes + " bytes");
        }
        String type = contentType == null ? "" : contentType.toLowerCase();
        ImportJob.Format format = type.startsWith(XLSX) ? ImportJob.Format.XLSX
                : type.startsWith("text/csv") ? ImportJob.Format.CSV : ImportJob.Format.JSON;
        ImportJob job = service.start(body, format, charset(contentType), clean(fileName), caller.username());
        return Response.accepted(view(job)).location(uri.getAbsolutePathBuilder().path(job.getId().toString()).build())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.ADMIN})
    @Operation(summary = "An import's progress, outcome and per-row errors")
    public ImportJobView get(@PathParam("id") UUID id) {
        return view(service.get(id));
    }

    @GET
    @Path("template.csv")
    @PermitAll
    @Produces("text/csv")
    @Operation(summary = "CSV template with the national database's column headers")
    public Response template() {
        return Response.ok(TabularParser.template().getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"mau-nhap-tthc.csv\"").build();
    }

    /** The charset the Content-Type names (charset=windows-1258, say); UTF-8 otherwise. */
    static java.nio.charset.Charset charset(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.trim();
                if (p.toLowerCase().startsWith("charset=")) {
                    try {
                        return java.nio.charset.Charset.forName(p.substring(8).replace("\"", "").trim());
                    } catch (IllegalArgumentException e) {
                        throw ProblemException.invalid("Content-Type", "charset", "unknown charset " + p.substring(8));
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String clean(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String decoded = java.net.URLDecoder.decode(fileName, StandardCharsets.UTF_8);
        return decoded.length() > 300 ? decoded.substring(0, 300) : decoded;
    }

    static ImportJobView view(ImportJob j) {
        return new ImportJobView(j.getId(), j.getFileName(), j.getFormat(), j.getStatus(), j.getPhase(), j.getTotal(),
                j.getProcessed(), j.getCreated(), j.getPublished(), j.getErrors(), j.getStartedAt(), j.getFinishedAt());
    }
}
