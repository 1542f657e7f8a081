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
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.procedures.config.ProceduresConfig;
import vn.cchc.procedures.domain.ImportJob;
import vn.cchc.procedures.domain.Messages;
import vn.cchc.procedures.importing.TabularParser;
import vn.cchc.procedures.security.AccessPolicy;
import vn.cchc.procedures.service.ImportService;
import vn.cchc.shared.files.MediaTypes;
import vn.cchc.shared.files.UploadGuard;
import vn.cchc.shared.http.ContentDisposition;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

@Path("/api/v1/procedures/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Bulk import of procedures (JSON, CSV, Excel)")
public class ImportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * {@code errors}: the first 1,000 problems by row; {@code errorTotal}: how many there were in all.
     * {@code catalogue}: the catalogue the import writes (the caller's province, or VN).
     */
    public record ImportJobView(
            UUID id,
            String fileName,
            ImportJob.Format format,
            ImportJob.Status status,
            ImportJob.Phase phase,
            int total,
            int processed,
            int created,
            int published,
            List<ImportJob.RowError> errors,
            int errorTotal,
            String catalogue,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt) {}

    private final Idempotency idempotency;
    private final ImportService service;
    private final Caller caller;
    private final AccessPolicy policy;
    private final int maxBytes;

    public ImportResource(
            ImportService service,
            Caller caller,
            AccessPolicy policy,
            ProceduresConfig config,
            Idempotency idempotency) {
        this.idempotency = idempotency;
        this.service = service;
        this.caller = caller;
        this.policy = policy;
        this.maxBytes = config.importMaxBytes();
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "text/csv", XLSX})
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "startProcedureImport",
            summary = "Start an import into your catalogue; the body is the file (at most 10 MB, 20,000 rows). "
                    + "Every row is validated; nothing is written if any row fails")
    @APIResponse(
            responseCode = "202",
            description = "The import job (poll it at Location)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)),
            headers = @Header(name = "Location", ref = "#/components/headers/Location"))
    public Response start(
            byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam("X-File-Name") String fileName,
            @Context UriInfo uri,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first answer, not a second change (ADR 0013)
        return idempotency.run(
                idempotencyKey,
                java.util.List.of(String.valueOf(contentType), String.valueOf(fileName), Idempotency.fingerprint(body)),
                () -> {
                    String catalogue = policy.importCatalogue(caller);
                    if (body == null || body.length == 0) {
                        throw ProblemException.invalid("file", "notEmpty", Messages.REQUEST_BODY_MUST_HOLD_FILE);
                    }
                    if (body.length > maxBytes) {
                        throw ProblemException.invalid("file", "maxBytes", Messages.FILE_LARGER_THAN_BYTES, maxBytes);
                    }
                    String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
                    ImportJob.Format format = type.startsWith(XLSX)
                            ? ImportJob.Format.XLSX
                            : type.startsWith("text/csv") ? ImportJob.Format.CSV : ImportJob.Format.JSON;
                    java.nio.charset.Charset charset = charset(contentType);
                    // the content must be what the Content-Type says (an executable sent as CSV is refused here)
                    switch (format) {
                        case XLSX -> UploadGuard.verify(body, "import.xlsx", Set.of(MediaTypes.XLSX), "file");
                        case CSV ->
                            UploadGuard.verify(body, "import.csv", Set.of(MediaTypes.CSV, MediaTypes.TEXT), "file");
                        case JSON ->
                            UploadGuard.verify(body, "import.json", Set.of(MediaTypes.JSON, MediaTypes.TEXT), "file");
                    }
                    ImportJob job = service.start(body, format, charset, clean(fileName), caller.username(), catalogue);
                    return Response.accepted(view(job))
                            .location(uri.getAbsolutePathBuilder()
                                    .path(job.getId().toString())
                                    .build())
                            .build();
                });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(
            operationId = "getProcedureImport",
            summary = "An import's progress, outcome and per-row errors (the staff of the catalogue it writes)")
    public ImportJobView get(@PathParam("id") UUID id) {
        policy.catalogueRole(caller);
        ImportJob job = service.get(id);
        policy.readImportJob(caller, job);
        return view(job);
    }

    @GET
    @Path("template.csv")
    @PermitAll
    @Produces("text/csv")
    @Operation(
            operationId = "getProcedureImportTemplate",
            summary = "CSV template with the national database's column headers")
    @APIResponse(
            responseCode = "200",
            description = "The CSV template",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response template() {
        return Response.ok(TabularParser.template().getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment("mau-nhap-tthc.csv"))
                .build();
    }

    /** The charset the Content-Type names (charset=windows-1258, say); UTF-8 otherwise. */
    static java.nio.charset.Charset charset(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.trim();
                if (p.toLowerCase().startsWith("charset=")) {
                    try {
                        return java.nio.charset.Charset.forName(
                                p.substring(8).replace("\"", "").trim());
                    } catch (IllegalArgumentException e) {
                        String name = p.substring(8);
                        throw ProblemException.invalid(
                                "Content-Type",
                                "charset",
                                Messages.UNKNOWN_CHARSET,
                                (name.length() > 40 ? name.substring(0, 40) + "…" : name));
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The client's file name (URL-encoded in the header), decoded and made safe to store and show. */
    private static String clean(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(
                    fileName.length() > 1000 ? fileName.substring(0, 1000) : fileName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = fileName;
        }
        return UploadGuard.safeFileName(decoded);
    }

    static ImportJobView view(ImportJob j) {
        return new ImportJobView(
                j.getId(),
                j.getFileName(),
                j.getFormat(),
                j.getStatus(),
                j.getPhase(),
                j.getTotal(),
                j.getProcessed(),
                j.getCreated(),
                j.getPublished(),
                j.getErrors(),
                j.getErrorTotal(),
                j.getCatalogue(),
                j.getStartedAt(),
                j.getFinishedAt());
    }
}
