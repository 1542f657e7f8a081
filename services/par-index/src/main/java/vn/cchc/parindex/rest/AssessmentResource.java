package vn.cchc.parindex.rest;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.parindex.domain.Assessment;
import vn.cchc.parindex.domain.AssessmentFilter;
import vn.cchc.parindex.domain.AssessmentStatus;
import vn.cchc.parindex.domain.Messages;
import vn.cchc.parindex.mapping.AssessmentMapper;
import vn.cchc.parindex.service.AssessmentDtos.AppraisalRequest;
import vn.cchc.parindex.service.AssessmentDtos.AssessmentDetail;
import vn.cchc.parindex.service.AssessmentDtos.AssessmentView;
import vn.cchc.parindex.service.AssessmentDtos.AutomaticView;
import vn.cchc.parindex.service.AssessmentDtos.CreateAssessmentRequest;
import vn.cchc.parindex.service.AssessmentDtos.EvidenceView;
import vn.cchc.parindex.service.AssessmentDtos.ExplanationRequest;
import vn.cchc.parindex.service.AssessmentDtos.MissingEvidence;
import vn.cchc.parindex.service.AssessmentDtos.ResultView;
import vn.cchc.parindex.service.AssessmentDtos.SelfRequest;
import vn.cchc.parindex.service.AssessmentDtos.SubmitRequest;
import vn.cchc.parindex.service.AssessmentService;
import vn.cchc.parindex.service.AssessmentViews;
import vn.cchc.parindex.service.EvidenceService;
import vn.cchc.shared.http.ContentDisposition;
import vn.cchc.shared.http.ETags;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageParams;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;

@Path("/api/v1/par-index/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Assessments", description = "Tự chấm điểm, thẩm định, giải trình, công bố")
public class AssessmentResource {

    /** The global HTTP limit; the configured evidence size ({@code cchc.par-index.evidence.max-bytes}) is checked exactly. */
    static final long EVIDENCE_BODY_LIMIT = 25L * 1024 * 1024;

    private final AssessmentService service;
    private final AssessmentViews views;
    private final EvidenceService evidence;
    private final AssessmentMapper mapper;
    private final Caller caller;
    private final Idempotency idempotency;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public AssessmentResource(
            AssessmentService service,
            AssessmentViews views,
            EvidenceService evidence,
            AssessmentMapper mapper,
            Caller caller,
            com.fasterxml.jackson.databind.ObjectMapper json,
            Idempotency idempotency) {
        this.idempotency = idempotency;
        this.json = json;
        this.service = service;
        this.views = views;
        this.evidence = evidence;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listAssessments", summary = "Assessments the caller may see")
    public Page<AssessmentView> list(
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("status") AssessmentStatus status,
            @QueryParam("unitCode") String unitCode,
            @QueryParam("criteriaSetId") Long criteriaSetId,
            @QueryParam("level") String level,
            @Valid @BeanParam PageParams paging) {
        return service.search(
                        caller, new AssessmentFilter(year, status, unitCode, criteriaSetId, level), paging.toRequest())
                .map(a -> views.view(a, caller));
    }

    @POST
    @Operation(
            operationId = "createAssessment",
            summary = "Start a DRAFT self-assessment of a unit (its leader/specialist, or admin)")
    @APIResponse(
            responseCode = "201",
            description = "The assessment",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentDetail.class)),
            headers = @Header(name = "Location", ref = "#/components/headers/Location"))
    public Response create(CreateAssessmentRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first 201, not "already exists" (ADR 0013)
        return idempotency.run(idempotencyKey, request, () -> {
            Assessment a = service.create(request, caller);
            return Response.created(URI.create("/api/v1/par-index/assessments/" + a.getId()))
                    .entity(views.detail(service.context(a), caller))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getAssessment",
            summary = "The assessment with its criteria tree, every stage's scores, evidence and flags")
    public AssessmentDetail get(@PathParam("id") long id, @Context HttpServerResponse response) {
        Assessment a = service.visible(id, caller);
        ETags.tag(response, a.getVersion()); // the revision a criterion write names in If-Match (ADR 0013)
        return views.detail(service.context(a), caller);
    }

    @PUT
    @Path("/{id}/criteria/{code}/self")
    @Operation(
            operationId = "scoreCriterionSelf",
            summary = "Self-assess one criterion: value, note, evidence links (unit, DRAFT)")
    public AssessmentDetail self(
            @PathParam("id") long id,
            @PathParam("code") String code,
            SelfRequest request,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Context HttpServerResponse response) {
        var ctx = service.saveSelf(id, code, request, ifMatch, caller);
        ETags.tag(response, ctx.assessment().getVersion());
        return views.detail(ctx, caller);
    }

    @PUT
    @Path("/{id}/criteria/{code}/appraisal")
    @Operation(
            operationId = "appraiseCriterion",
            summary = "Appraise (SUBMITTED) or re-appraise (EXPLANATION) one criterion (appraiser)")
    public AssessmentDetail appraise(
            @PathParam("id") long id,
            @PathParam("code") String code,
            AppraisalRequest request,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Context HttpServerResponse response) {
        var ctx = service.saveAppraisal(id, code, request, ifMatch, caller);
        ETags.tag(response, ctx.assessment().getVersion());
        return views.detail(ctx, caller);
    }

    @PUT
    @Path("/{id}/criteria/{code}/explanation")
    @Operation(
            operationId = "explainCriterion",
            summary = "Explain (giải trình) one criterion after appraisal (unit, APPRAISED)")
    public AssessmentDetail explain(
            @PathParam("id") long id,
            @PathParam("code") String code,
            ExplanationRequest request,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Context HttpServerResponse response) {
        var ctx = service.saveExplanation(id, code, request, ifMatch, caller);
        ETags.tag(response, ctx.assessment().getVersion());
        return views.detail(ctx, caller);
    }

    @POST
    @Path("/{id}/actions/{action}")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "actOnAssessment",
            summary = "Workflow step: submit, appraise, explain, reappraise, finalise, publish; the body is optional "
                    + "(submit: {confirmMissingEvidence: [codes]})")
    public AssessmentView act(
            @PathParam("id") long id,
            @PathParam("action") String action,
            byte[] body,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Context HttpServerResponse response) {
        Assessment a = service.act(id, action, () -> submitRequest(body), ifMatch, caller);
        ETags.tag(response, a.getVersion());
        return views.view(a, caller);
    }

    /** The optional JSON body of a step, read once access is decided; an empty body is no confirmation. */
    private SubmitRequest submitRequest(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            SubmitRequest request = json.readValue(body, SubmitRequest.class);
            if (request == null) {
                throw ProblemException.invalid("body", "object", Messages.MUST_JSON_OBJECT_SUCH_CONFIRMMISSINGEVIDENCE);
            }
            return request;
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining("."))
                    .replace(".[", "[");
            throw ProblemException.invalid(
                    field.isEmpty() ? "body" : field, "type", Messages.MUST_JSON_SUCH_CONFIRMMISSINGEVIDENCE);
        } catch (java.io.IOException e) {
            throw ProblemException.invalid("body", "json", Messages.MUST_JSON_SUCH_CONFIRMMISSINGEVIDENCE);
        }
    }

    @GET
    @Path("/{id}/missing-evidence")
    @Operation(operationId = "listMissingEvidence", summary = "Criteria claiming points without evidence")
    public List<MissingEvidence> missing(@PathParam("id") long id) {
        return views.missing(service.context(service.visible(id, caller)));
    }

    @GET
    @Path("/{id}/result")
    @Operation(
            operationId = "getAssessmentResult",
            summary = "Points and % per field and total (published results: every authenticated user)")
    public ResultView result(@PathParam("id") long id) {
        return views.result(service.context(service.resultVisible(id, caller)));
    }

    @GET
    @Path("/{id}/automatic")
    @Operation(operationId = "listAutomaticScores", summary = "Automatic and survey criteria with their inputs")
    public List<AutomaticView> automatic(@PathParam("id") long id) {
        return views.automatic(service.context(service.visible(id, caller)));
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @BodyLimit(EVIDENCE_BODY_LIMIT)
    @Operation(
            operationId = "uploadEvidence",
            summary = "Upload one evidence file (raw body, Content-Type of the file, ?filename=)")
    @APIResponse(
            responseCode = "201",
            description = "The evidence document",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvidenceView.class)),
            headers = @Header(name = "Location", ref = "#/components/headers/Location"))
    public Response upload(
            @PathParam("id") long id,
            @QueryParam("filename") String filename,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first answer, not a second change (ADR 0013)
        return idempotency.run(
                idempotencyKey,
                java.util.List.of(String.valueOf(filename), String.valueOf(contentType), Idempotency.fingerprint(body)),
                () -> {
                    var d = evidence.upload(id, body, contentType, filename, caller);
                    EvidenceView view = mapper.toView(d, List.of());
                    return Response.created(URI.create(
                                    "/api/v1/par-index/assessments/" + id + "/evidence/" + view.id() + "/content"))
                            .entity(view)
                            .build();
                });
    }

    @GET
    @Path("/{id}/evidence")
    @Operation(operationId = "listEvidence", summary = "Evidence documents and the criteria each backs")
    public List<EvidenceView> evidence(@PathParam("id") long id) {
        var docs = evidence.list(id, caller);
        var links = evidence.linkedCriteria(id);
        return docs.stream()
                .map(d -> mapper.toView(d, links.getOrDefault(d.getId(), List.of())))
                .toList();
    }

    @GET
    @Path("/{id}/evidence/{documentId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadEvidence", summary = "Download an evidence document")
    @APIResponse(
            responseCode = "200",
            description = "The file with its own Content-Type",
            content = {
                @Content(
                        mediaType = "application/octet-stream",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response download(@PathParam("id") long id, @PathParam("documentId") UUID documentId) {
        EvidenceService.Download d = evidence.download(id, documentId, caller);
        return Response.ok(d.content(), d.document().getContentType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment(d.document().getFilename()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
