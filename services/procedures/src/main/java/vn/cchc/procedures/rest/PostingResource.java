package vn.cchc.procedures.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.procedures.mapping.PostingMapper;
import vn.cchc.procedures.rest.PostingDtos.PostedItemView;
import vn.cchc.procedures.rest.PostingDtos.PostingItemInput;
import vn.cchc.procedures.rest.PostingDtos.PostingListInput;
import vn.cchc.procedures.rest.PostingDtos.PostingView;
import vn.cchc.procedures.service.PostingService;
import vn.cchc.procedures.service.UnitService;
import vn.cchc.shared.http.Idempotency;
import vn.cchc.shared.paging.BoundedPageParams;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

@Path("/api/v1/procedures/postings/{unitCode}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Posting", description = "Niêm yết TTHC at each receiving point")
public class PostingResource {

    private final Idempotency idempotency;
    private final PostingService service;
    private final UnitService units;
    private final PostingMapper mapper;
    private final Caller caller;
    private final Inputs inputs;

    public PostingResource(
            PostingService service,
            UnitService units,
            PostingMapper mapper,
            Caller caller,
            Inputs inputs,
            Idempotency idempotency) {
        this.idempotency = idempotency;
        this.service = service;
        this.units = units;
        this.mapper = mapper;
        this.caller = caller;
        this.inputs = inputs;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getPosting", summary = "What the receiving point posts (public)")
    public PostingView get(@PathParam("unitCode") String unitCode) {
        return view(unitCode);
    }

    @GET
    @Path("items")
    @PermitAll
    @Operation(
            operationId = "listPostingItems",
            summary = "What the receiving point posts, one page at a time by procedure code (public); size 1–100 "
                    + "(default 20), a larger size is a 400 naming size")
    public Page<PostedItemView> items(
            @PathParam("unitCode") String unitCode, @Valid @BeanParam BoundedPageParams paging) {
        return service.posted(unitCode, paging.toRequest()).map(mapper::toView);
    }

    @PUT
    @RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN})
    @Operation(
            operationId = "replacePosting",
            summary = "Replace the posted list (officers and leaders of the unit or above it, admins of its province)")
    public PostingView replace(@PathParam("unitCode") String unitCode, @NotNull PostingListInput input) {
        service.requireWritable(unitCode, caller);
        inputs.valid(input);
        service.replace(
                unitCode,
                input.items().stream()
                        .map(i -> new PostingService.Item(i.procedureCode(), i.version()))
                        .toList(),
                caller);
        return view(unitCode);
    }

    @POST
    @Path("items")
    @RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN})
    @Operation(
            operationId = "addPostingItem",
            summary = "Post one procedure (the version in force unless one is named)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
            responseCode = "200",
            description = "The posting list of the unit",
            content =
                    @org.eclipse.microprofile.openapi.annotations.media.Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @org.eclipse.microprofile.openapi.annotations.media.Schema(
                                            implementation = PostingView.class)))
    public Response post(
            @PathParam("unitCode") String unitCode,
            @NotNull PostingItemInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // a retry with the same Idempotency-Key gets the first answer, not a second change (ADR 0013)
        return idempotency.run(idempotencyKey, input, () -> {
            service.requireWritable(unitCode, caller);
            inputs.valid(input);
            service.post(unitCode, new PostingService.Item(input.procedureCode(), input.version()), caller);
            return Response.ok(view(unitCode)).build();
        });
    }

    @DELETE
    @Path("items/{procedureCode}")
    @RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN})
    @Operation(operationId = "removePostingItem", summary = "Take one procedure down")
    public PostingView remove(
            @PathParam("unitCode") String unitCode, @PathParam("procedureCode") String procedureCode) {
        service.remove(unitCode, procedureCode, caller);
        return view(unitCode);
    }

    private PostingView view(String unitCode) {
        var items = service.posted(unitCode).stream().map(mapper::toView).toList();
        return new PostingView(unitCode, units.get(unitCode).getName(), items);
    }
}
