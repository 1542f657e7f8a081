package vn.cchc.procedures.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.procedures.mapping.ProcedureMapper;
import vn.cchc.procedures.rest.ProcedureDtos.CreateProcedureRequest;
import vn.cchc.procedures.rest.ProcedureDtos.ProcedureView;
import vn.cchc.procedures.rest.ProcedureDtos.PublicationRequest;
import vn.cchc.procedures.service.ProcedureService;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageParams;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

@Path("/api/v1/procedures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Procedures", description = "Thủ tục hành chính")
public class ProcedureResource {

    private final ProcedureService service;
    private final ProcedureMapper mapper;
    private final Caller caller;

    public ProcedureResource(ProcedureService service, ProcedureMapper mapper, Caller caller) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "Search procedures; words match code, name and field ignoring diacritics (public)")
    public Page<ProcedureView> search(@QueryParam("q") @Size(max = 200) String q, @Valid @BeanParam PageParams paging) {
        return service.search(q, isCatalogueStaff(), paging.toRequest()).map(mapper::toView);
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "Read one procedure (public when in force)")
    public ProcedureView get(@PathParam("code") String code) {
        return mapper.toView(service.get(code, isCatalogueStaff()));
    }

    @POST
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.ADMIN})
    @Operation(summary = "Create a draft procedure")
    public Response create(@NotNull @Valid CreateProcedureRequest request, @Context UriInfo uri) {
        ProcedureView created = mapper.toView(service.create(request, caller.username()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @POST
    @Path("{code}/publication")
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.ADMIN})
    @Operation(summary = "Record the Quyết định công bố that puts a draft in force; announces ProcedurePublished")
    public ProcedureView publish(@PathParam("code") String code, @NotNull @Valid PublicationRequest request) {
        return mapper.toView(service.publish(code, request, caller.username()));
    }

    private boolean isCatalogueStaff() {
        return caller.hasAnyRole(Roles.CATALOGUE_ADMIN, Roles.ADMIN);
    }
}
