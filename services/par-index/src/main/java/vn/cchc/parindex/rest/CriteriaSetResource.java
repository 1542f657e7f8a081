package vn.cchc.parindex.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.parindex.domain.CriteriaSet;
import vn.cchc.parindex.domain.Messages;
import vn.cchc.parindex.domain.scoring.CriteriaTree;
import vn.cchc.parindex.mapping.CriteriaSetMapper;
import vn.cchc.parindex.service.CriteriaSetDtos.CreateCriteriaSetRequest;
import vn.cchc.parindex.service.CriteriaSetDtos.CriteriaSetDetail;
import vn.cchc.parindex.service.CriteriaSetDtos.CriteriaSetView;
import vn.cchc.parindex.service.CriteriaSetDtos.NodeView;
import vn.cchc.parindex.service.CriteriaSetDtos.ScorePreviewRequest;
import vn.cchc.parindex.service.CriteriaSetDtos.TreeCheck;
import vn.cchc.parindex.service.CriteriaSetDtos.TreeRequest;
import vn.cchc.parindex.service.CriteriaSetService;
import vn.cchc.parindex.service.CriteriaSetTransfer;
import vn.cchc.parindex.service.ScorePreviewService;
import vn.cchc.parindex.service.ScorePreviewService.ScorePreview;
import vn.cchc.shared.http.ContentDisposition;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageParams;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;

@Path("/api/v1/par-index/criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Criteria sets", description = "Bộ tiêu chí Chỉ số CCHC")
public class CriteriaSetResource {

    private final Idempotency idempotency;
    private final CriteriaSetService service;
    private final CriteriaSetTransfer transfer;
    private final CriteriaSetMapper mapper;
    private final Caller caller;
    private final ScorePreviewService previews;

    public CriteriaSetResource(
            CriteriaSetService service,
            CriteriaSetTransfer transfer,
            CriteriaSetMapper mapper,
            Caller caller,
            ScorePreviewService previews,
            Idempotency idempotency) {
        this.idempotency = idempotency;
        this.service = service;
        this.previews = previews;
        this.transfer = transfer;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listCriteriaSets",
            summary = "List criteria sets, newest year first (DRAFT sets: admins and appraisers of their province)")
    public Page<CriteriaSetView> list(
            @QueryParam("year") @Min(2000) @Max(2100) Integer year, @Valid @BeanParam PageParams paging) {
        return service.search(year, caller, paging.toRequest()).map(mapper::toView);
    }

    @POST
    @BodyLimit(CriteriaSetTransfer.MAX_BYTES)
    @Operation(
            operationId = "createCriteriaSet",
            summary = "Create a draft criteria set of the caller's province, optionally with its tree (admin)")
    @APIResponse(
            responseCode = "201",
            description = "The draft set",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CriteriaSetView.class)),
            headers = @Header(name = "Location", ref = "#/components/headers/Location"))
    public Response create(CreateCriteriaSetRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first answer, not a second change (ADR 0013)
        return idempotency.run(idempotencyKey, request, () -> {
            CriteriaSetView view = mapper.toView(service.create(request, caller));
            return Response.created(URI.create("/api/v1/par-index/criteria-sets/" + view.id()))
                    .entity(view)
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCriteriaSet", summary = "A set with its tree")
    public CriteriaSetDetail get(@PathParam("id") long id) {
        return detail(service.visible(id, caller));
    }

    @POST
    @Path("/{id}/criteria/{code}/score-preview")
    @Operation(
            operationId = "previewCriterionScore",
            summary =
                    "The points a value would give a criterion, scored by the server's rule (BigDecimal, two decimals; "
                            + "no value = the rule's no-data policy); nothing is saved. A value the save would refuse is 400 naming "
                            + "`value`; readers of the set")
    public ScorePreview scorePreview(
            @PathParam("id") long id, @PathParam("code") String code, @NotNull @Valid ScorePreviewRequest request) {
        return previews.preview(id, code, request.value(), caller);
    }

    @PUT
    @Path("/{id}/tree")
    @BodyLimit(CriteriaSetTransfer.MAX_BYTES)
    @Operation(
            operationId = "replaceCriteriaTree",
            summary = "Replace the tree of a DRAFT set; totals are checked (admin of its province)")
    public CriteriaSetDetail replaceTree(@PathParam("id") long id, TreeRequest request) {
        return detail(service.replaceTree(id, request, caller));
    }

    @POST
    @Path("/{id}/tree-check")
    @BodyLimit(CriteriaSetTransfer.MAX_BYTES)
    @Operation(
            operationId = "checkCriteriaTree",
            summary = "Check a tree as the save of the tree does, without saving it: 200 with the problems (path, rule "
                    + "code, message; totals with the node, sum and maximum), the fields' counted total and the nodes that do not "
                    + "count towards their parent; a body the save refuses is 400 (admin of its province)")
    public TreeCheck checkTree(@PathParam("id") long id, TreeRequest request) {
        return service.checkTree(id, request, caller);
    }

    @POST
    @Path("/{id}/activate")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "activateCriteriaSet", summary = "DRAFT → ACTIVE (admin of its province)")
    public CriteriaSetView activate(@PathParam("id") long id) {
        return mapper.toView(service.activate(id, caller));
    }

    @POST
    @Path("/{id}/retire")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "retireCriteriaSet", summary = "ACTIVE → RETIRED (admin of its province)")
    public CriteriaSetView retire(@PathParam("id") long id) {
        return mapper.toView(service.retire(id, caller));
    }

    @POST
    @Path("/import")
    @BodyLimit(CriteriaSetTransfer.MAX_BYTES)
    @Consumes({MediaType.APPLICATION_JSON, CriteriaSetTransfer.XLSX})
    @Operation(
            operationId = "importCriteriaSet",
            summary = "Import a whole set as JSON or .xlsx (at most 4 MB, 5,000 criteria, 6 levels); it starts as "
                    + "DRAFT (admin of the set's province)")
    @RequestBody(
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = CreateCriteriaSetRequest.class)),
                @Content(
                        mediaType = CriteriaSetTransfer.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "201",
            description = "The imported draft set",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CriteriaSetView.class)),
            headers = @Header(name = "Location", ref = "#/components/headers/Location"))
    public Response importSet(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        CriteriaSet set = transfer.importSet(body, contentType, caller);
        CriteriaSetView view = mapper.toView(set);
        return Response.created(URI.create("/api/v1/par-index/criteria-sets/" + view.id()))
                .entity(view)
                .build();
    }

    @GET
    @Path("/{id}/export")
    @Produces({MediaType.APPLICATION_JSON, CriteriaSetTransfer.XLSX})
    @Operation(operationId = "exportCriteriaSet", summary = "Export a set: format=json (re-importable) or xlsx")
    @APIResponse(
            responseCode = "200",
            description = "The set as JSON (re-importable) or .xlsx",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = CreateCriteriaSetRequest.class)),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response export(@PathParam("id") long id, @QueryParam("format") @DefaultValue("json") String format) {
        CriteriaSetService.SetWithTree s = service.visible(id, caller);
        if ("xlsx".equals(format)) {
            return Response.ok(transfer.exportXlsx(s), CriteriaSetTransfer.XLSX)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment(s.set().getCode() + ".xlsx"))
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        }
        if (!"json".equals(format)) {
            throw ProblemException.invalid("format", "enum", Messages.MUST_JSON_XLSX);
        }
        if (s.nodes().isEmpty()) {
            throw ProblemException.conflict(
                    Messages.SET_HAS_CRITERIA_EXPORT, s.set().getCode());
        }
        return Response.ok(transfer.document(s), MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment(s.set().getCode() + ".json"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private CriteriaSetDetail detail(CriteriaSetService.SetWithTree s) {
        int[] leaves = {0};
        s.tree().forEach(n -> leaves[0] += n.isLeaf() ? 1 : 0);
        return new CriteriaSetDetail(
                mapper.toView(s.set()),
                s.nodes().size(),
                leaves[0],
                s.tree().fields().stream().map(CriteriaSetResource::view).toList());
    }

    private static NodeView view(CriteriaTree.Node n) {
        return new NodeView(
                n.code(),
                n.name(),
                n.maxPoints(),
                n.method(),
                n.indicatorKey(),
                n.rule(),
                n.sample(),
                n.children().stream().map(CriteriaSetResource::view).toList());
    }
}
