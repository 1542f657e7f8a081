package vn.cchc.parindex.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.parindex.mapping.CriteriaSetMapper;
import vn.cchc.parindex.rest.CriteriaSetDtos.CreateCriteriaSetRequest;
import vn.cchc.parindex.rest.CriteriaSetDtos.CriteriaSetView;
import vn.cchc.parindex.service.CriteriaSetService;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageParams;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

@Path("/api/v1/par-index/criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Criteria sets", description = "Bộ tiêu chí Chỉ số CCHC")
public class CriteriaSetResource {

    private final CriteriaSetService service;
    private final CriteriaSetMapper mapper;
    private final Caller caller;

    public CriteriaSetResource(CriteriaSetService service, CriteriaSetMapper mapper, Caller caller) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "List criteria sets, newest year first")
    public Page<CriteriaSetView> list(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
                                      @Valid @BeanParam PageParams paging) {
        return service.search(year, paging.toRequest()).map(mapper::toView);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a draft criteria set (admin)")
    public Response create(@NotNull @Valid CreateCriteriaSetRequest request) {
        CriteriaSetView view = mapper.toView(service.create(request, caller.username()));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
