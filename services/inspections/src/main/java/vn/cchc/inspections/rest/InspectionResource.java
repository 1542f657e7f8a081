package vn.cchc.inspections.rest;

import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.cchc.inspections.domain.Attachment;
import vn.cchc.inspections.service.ConclusionService;
import vn.cchc.inspections.service.FindingService;
import vn.cchc.inspections.service.InspectionDtos.*;
import vn.cchc.inspections.service.InspectionService;
import vn.cchc.inspections.service.LiveEvidenceService;
import vn.cchc.inspections.service.RemediationService;
import vn.cchc.shared.http.ContentDisposition;
import vn.cchc.shared.http.ETags;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

/**
 * One inspection: lifecycle, checklist, self-report, evidence, findings, conclusion, remediation. Staff with a unit
 * only (class level); {@link vn.cchc.inspections.security.AccessPolicy} decides the rest before the body is validated.
 * Downloads are {@code attachment} (the conclusion PDF {@code inline} for the preview) with {@code nosniff}.
 */
@Path("/api/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.OFFICER,
    Roles.SPECIALIST,
    Roles.LEADER,
    Roles.INSPECTOR,
    Roles.APPRAISER,
    Roles.CATALOGUE_ADMIN,
    Roles.ADMIN
})
@Tag(name = "Inspections", description = "Cuộc kiểm tra tại một đơn vị")
public class InspectionResource {

    private static final String ID = "/{id: [0-9a-fA-F-]{36}}";
    private static final String NOSNIFF = "X-Content-Type-Options";

    private final InspectionService inspections;
    private final LiveEvidenceService evidence;
    private final FindingService findings;
    private final ConclusionService conclusions;
    private final RemediationService remediation;
    private final Caller caller;
    private final Idempotency idempotency;

    public InspectionResource(
            InspectionService inspections,
            LiveEvidenceService evidence,
            FindingService findings,
            ConclusionService conclusions,
            RemediationService remediation,
            Caller caller,
            Idempotency idempotency) {
        this.idempotency = idempotency;
        this.inspections = inspections;
        this.evidence = evidence;
        this.findings = findings;
        this.conclusions = conclusions;
        this.remediation = remediation;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listInspections",
            summary =
                    "Inspections visible to the caller (inspector's province, team member, leader's unit), by "
                            + "visit date; pages of ?size= (default and at most 500) in the paging envelope (total also in X-Total-Count)")
    public RestResponse<Page<InspectionView>> list(
            @QueryParam("planId") String planId,
            @QueryParam("status") String status,
            @QueryParam("conclusion")
                    @Parameter(
                            description = "DUE (the visit ended, the conclusion notice not issued yet) or OVERDUE "
                                    + "(due, and its conclusionDue before today): the inspections of the work count "
                                    + "conclusionsDue / conclusionsOverdue (getInspectionWorkCounts)",
                            schema = @Schema(enumeration = {"DUE", "OVERDUE"}))
                    String conclusion,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest p = Params.page(page, size, Params.MAX_PAGE_SIZE);
        return Params.listed(inspections.list(Params.uuid(planId, "planId"), status, conclusion, p, caller), p);
    }

    @GET
    @Path("/work-counts")
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(
            operationId = "getInspectionWorkCounts",
            summary = "The inspector's open work: conclusions due and overdue, remediation overdue",
            description = "Over what the inspector's lists show (its province's plans and the plans whose team lists "
                    + "it). Each count is the total of a list: conclusionsDue `GET /api/v1/inspections?conclusion=DUE`, "
                    + "conclusionsOverdue `?conclusion=OVERDUE`, remediationOverdue "
                    + "`GET /api/v1/inspections/remediation?overdue=true`. 403 for other roles and for an inspector "
                    + "whose unit this service does not know.")
    public InspectionWorkCounts workCounts() {
        return inspections.workCounts(caller);
    }

    @GET
    @Path("/remediation")
    @Operation(
            operationId = "listRemediation",
            summary = "Remediation items of every inspection the caller sees (as the inspection list), by deadline; "
                    + "overdue=true for the overdue ones only (not reported, deadline passed); pages of ?size= "
                    + "(default and at most 500) in the paging envelope (total also in X-Total-Count)")
    public RestResponse<Page<RemediationView>> remediationList(
            @QueryParam("overdue") String overdue, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest p = Params.page(page, size, Params.MAX_PAGE_SIZE);
        return Params.listed(remediation.visible(Params.bool(overdue, "overdue"), p, caller), p);
    }

    @GET
    @Operation(operationId = "getInspection")
    @Path(ID)
    public InspectionView get(@PathParam("id") UUID id, @Context HttpServerResponse response) {
        return ETags.answer(response, inspections.get(id, caller));
    }

    @PUT
    @Operation(operationId = "scheduleInspection")
    @Path(ID + "/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    public InspectionView schedule(
            @PathParam("id") UUID id,
            @NotNull ScheduleInput in,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Context HttpServerResponse response) {
        return ETags.answer(response, inspections.schedule(id, in, ifMatch, caller));
    }

    @POST
    @Path(ID + "/start")
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(
            operationId = "startInspection",
            summary = "Start the visit; ?startedOn= records a visit that began on an earlier day (default: now)")
    public InspectionView start(@PathParam("id") UUID id, @QueryParam("startedOn") String startedOn) {
        return inspections.start(id, Params.date(startedOn, "startedOn"), caller);
    }

    @POST
    @Path(ID + "/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(
            operationId = "endInspection",
            summary = "End the visit; the conclusion is due within the configured working days")
    public InspectionView end(@PathParam("id") UUID id, EndInput in) {
        return inspections.end(id, in, caller);
    }

    @POST
    @Operation(operationId = "cancelInspection")
    @Path(ID + "/cancel")
    @RolesAllowed(Roles.INSPECTOR)
    public InspectionView cancel(@PathParam("id") UUID id) {
        return inspections.cancel(id, caller);
    }

    @GET
    @Operation(operationId = "getInspectionChecklist")
    @Path(ID + "/checklist")
    public List<ChecklistGroup> checklist(@PathParam("id") UUID id) {
        return inspections.checklist(id, caller);
    }

    @GET
    @Operation(operationId = "getSelfReport")
    @Path(ID + "/self-report")
    public SelfReportView selfReport(@PathParam("id") UUID id, @Context HttpServerResponse response) {
        return ETags.answer(response, inspections.selfReport(id, caller));
    }

    @PUT
    @Path(ID + "/self-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEADER)
    @Operation(
            operationId = "submitSelfReport",
            summary = "Submit the self-inspection report (leader of the inspected unit, before the visit)")
    public SelfReportView submitSelfReport(
            @PathParam("id") UUID id,
            @NotNull SelfReportInput in,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Context HttpServerResponse response) {
        return ETags.answer(response, inspections.submitSelfReport(id, in, ifMatch, caller));
    }

    @GET
    @Path(ID + "/evidence")
    @Operation(
            operationId = "getInspectionEvidence",
            summary = "Live figures for the inspected unit and its units, as of the inspection date")
    public EvidenceView evidence(@PathParam("id") UUID id, @QueryParam("asOf") String asOf) {
        return evidence.evidence(id, Params.date(asOf, "asOf"), caller);
    }

    @GET
    @Path(ID + "/evidence/late-dossiers")
    @Operation(
            operationId = "listLateDossiers",
            summary = "The late dossiers behind the figures as of a date; pages of ?size= (default and at most 500) "
                    + "in the paging envelope (total also in X-Total-Count)")
    public RestResponse<Page<LateDossierView>> lateDossiers(
            @PathParam("id") UUID id,
            @QueryParam("asOf") String asOf,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest p = Params.page(page, size, Params.MAX_PAGE_SIZE);
        return Params.listed(evidence.lateDossiers(id, Params.date(asOf, "asOf"), p, caller), p);
    }

    @GET
    @Operation(operationId = "listFindings")
    @Path(ID + "/findings")
    public List<FindingView> findings(@PathParam("id") UUID id) {
        return findings.list(id, caller);
    }

    @POST
    @Operation(operationId = "createFinding")
    @Path(ID + "/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @APIResponse(
            responseCode = "201",
            description = "The finding",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FindingView.class)))
    public Response createFinding(
            @PathParam("id") UUID id,
            @NotNull FindingInput in,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first 201, not a second finding (ADR 0013)
        return idempotency.run(
                idempotencyKey,
                in,
                () -> Response.status(201)
                        .entity(findings.create(id, in, caller))
                        .build());
    }

    @PUT
    @Operation(operationId = "updateFinding")
    @Path(ID + "/findings/{findingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    public FindingView updateFinding(
            @PathParam("id") UUID id,
            @PathParam("findingId") UUID findingId,
            @NotNull FindingInput in,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Context HttpServerResponse response) {
        return ETags.answer(response, findings.update(id, findingId, in, ifMatch, caller));
    }

    @DELETE
    @Operation(operationId = "deleteFinding")
    @Path(ID + "/findings/{findingId}")
    @RolesAllowed(Roles.INSPECTOR)
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteFinding(
            @PathParam("id") UUID id,
            @PathParam("findingId") UUID findingId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        long revision = findings.delete(id, findingId, ifMatch, caller);
        return ETags.tagged(Response.noContent(), revision).build();
    }

    @POST
    @Path(ID + "/findings/{findingId}/figures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(
            operationId = "pullFindingFigures",
            summary = "Pull an evidence figure into the finding (value, source and as-of time are kept)")
    public FindingView pull(@PathParam("id") UUID id, @PathParam("findingId") UUID findingId, @NotNull PullInput in) {
        return findings.pull(id, findingId, in, caller);
    }

    @POST
    @Operation(operationId = "attachFindingDocument")
    @Path(ID + "/findings/{findingId}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.INSPECTOR)
    @APIResponse(
            responseCode = "201",
            description = "The stored document",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DocumentView.class)),
            headers = @Header(name = "Location", ref = "#/components/headers/Location"))
    public Response attachToFinding(
            @PathParam("id") UUID id,
            @PathParam("findingId") UUID findingId,
            @RestForm("file") FileUpload file,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first answer, not a second change (ADR 0013)
        return idempotency.run(
                idempotencyKey,
                java.util.List.of(String.valueOf(nameOf(file)), Idempotency.fingerprint(pathOf(file))),
                () -> {
                    DocumentView d = findings.attachToFinding(id, findingId, nameOf(file), pathOf(file), caller);
                    return Params.created("/api/v1/inspections/" + id + "/documents/" + d.id(), d);
                });
    }

    @GET
    @Operation(operationId = "getInspectionDocument")
    @Path(ID + "/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @APIResponse(
            responseCode = "200",
            description = "The document with its own Content-Type",
            content = {
                @Content(
                        mediaType = "application/octet-stream",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        Attachment a = findings.document(id, documentId, caller);
        return Response.ok(findings.file(a).content(), a.getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(a.getFilename()))
                .header(NOSNIFF, "nosniff")
                .build();
    }

    @GET
    @Operation(operationId = "getConclusion")
    @Path(ID + "/conclusion")
    public ConclusionView conclusion(@PathParam("id") UUID id, @Context HttpServerResponse response) {
        return ETags.answer(response, conclusions.get(id, caller));
    }

    @PUT
    @Operation(operationId = "saveConclusion")
    @Path(ID + "/conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    public ConclusionView saveConclusion(
            @PathParam("id") UUID id,
            @NotNull ConclusionInput in,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Context HttpServerResponse response) {
        return ETags.answer(response, conclusions.save(id, in, ifMatch, caller));
    }

    @POST
    @Path(ID + "/conclusion/issue")
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(
            operationId = "issueConclusion",
            summary = "Issue the conclusion notice (ENDED → CONCLUDED; emits InspectionConcluded)")
    public ConclusionView issue(@PathParam("id") UUID id) {
        return conclusions.issue(id, caller);
    }

    @GET
    @Operation(operationId = "getConclusionPdf")
    @Path(ID + "/conclusion.pdf")
    @Produces("application/pdf")
    @APIResponse(
            responseCode = "200",
            description = "Thông báo kết luận as PDF",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response conclusionPdf(@PathParam("id") UUID id) {
        return Response.ok(conclusions.pdf(id, caller), "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline("thong-bao-ket-luan-" + id + ".pdf"))
                .header(NOSNIFF, "nosniff")
                .build();
    }

    @GET
    @Operation(operationId = "listRemediationItems")
    @Path(ID + "/remediation")
    public List<RemediationView> remediation(@PathParam("id") UUID id) {
        return remediation.ofInspection(id, caller);
    }

    @POST
    @Operation(operationId = "createRemediationItem")
    @Path(ID + "/remediation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @APIResponse(
            responseCode = "201",
            description = "The remediation item",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RemediationView.class)))
    public Response createRemediation(
            @PathParam("id") UUID id,
            @NotNull RemediationInput in,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first answer, not a second change (ADR 0013)
        return idempotency.run(idempotencyKey, in, () -> {
            return Response.status(201)
                    .entity(remediation.create(id, in, caller))
                    .build();
        });
    }

    @POST
    @Operation(operationId = "reportRemediation")
    @Path(ID + "/remediation/{itemId}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEADER)
    public RemediationView report(
            @PathParam("id") UUID id, @PathParam("itemId") UUID itemId, @NotNull RemediationReportInput in) {
        return remediation.report(id, itemId, in, caller);
    }

    @POST
    @Operation(operationId = "attachRemediationDocument")
    @Path(ID + "/remediation/{itemId}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.LEADER)
    @APIResponse(
            responseCode = "201",
            description = "The stored document",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DocumentView.class)),
            headers = @Header(name = "Location", ref = "#/components/headers/Location"))
    public Response attachToRemediation(
            @PathParam("id") UUID id,
            @PathParam("itemId") UUID itemId,
            @RestForm("file") FileUpload file,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first answer, not a second change (ADR 0013)
        return idempotency.run(
                idempotencyKey,
                java.util.List.of(String.valueOf(nameOf(file)), Idempotency.fingerprint(pathOf(file))),
                () -> {
                    DocumentView d = remediation.attach(id, itemId, nameOf(file), pathOf(file), caller);
                    return Params.created("/api/v1/inspections/" + id + "/documents/" + d.id(), d);
                });
    }

    @POST
    @Operation(operationId = "completeRemediation")
    @Path(ID + "/remediation/{itemId}/complete")
    @RolesAllowed(Roles.INSPECTOR)
    public RemediationView complete(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return remediation.complete(id, itemId, caller);
    }

    @POST
    @Operation(operationId = "returnRemediation")
    @Path(ID + "/remediation/{itemId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    public RemediationView returnToUnit(
            @PathParam("id") UUID id, @PathParam("itemId") UUID itemId, @NotNull ReturnInput in) {
        return remediation.returnToUnit(id, itemId, in, caller);
    }

    /** The part's file name; the part itself is checked after the access check (null: 400 {@code file}). */
    private static String nameOf(FileUpload file) {
        return file == null ? null : file.fileName();
    }

    private static java.nio.file.Path pathOf(FileUpload file) {
        return file == null ? null : file.uploadedFile();
    }
}
