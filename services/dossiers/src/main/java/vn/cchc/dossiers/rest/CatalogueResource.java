package vn.cchc.dossiers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.dossiers.mapping.CatalogueMapper;
import vn.cchc.dossiers.rest.CatalogueDtos.CatalogueProcedureView;
import vn.cchc.dossiers.rest.CatalogueDtos.CatalogueVersionView;
import vn.cchc.dossiers.service.CatalogueService;
import vn.cchc.dossiers.service.Subjects;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageParams;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Roles;

/**
 * The procedures dossiers can be received for (local copy of the catalogue): national procedures and the caller's
 * province's own (see {@link vn.cchc.dossiers.security.AccessPolicy#canReadProcedure}). Staff with a unit and national
 * admins; not the integration client.
 */
@Path("/api/v1/dossiers/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue copy", description = "Danh mục TTHC tại dịch vụ hồ sơ")
@RolesAllowed({Roles.OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN, Roles.NATIONAL_ADMIN})
public class CatalogueResource {

    private final CatalogueService service;
    private final CatalogueMapper mapper;
    private final Subjects subjects;
    private final Caller caller;

    public CatalogueResource(CatalogueService service, CatalogueMapper mapper, Subjects subjects, Caller caller) {
        this.service = service;
        this.mapper = mapper;
        this.subjects = subjects;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "searchCatalogueProcedures",
            summary = "Search the local catalogue copy (words ignore diacritics)")
    public Page<CatalogueProcedureView> search(
            @QueryParam("q") @Size(max = 200) String q, @Valid @BeanParam PageParams paging) {
        return service.search(subjects.of(caller), q, paging.toRequest()).map(mapper::toView);
    }

    @GET
    @Path("{code}")
    @Operation(
            operationId = "getCatalogueProcedure",
            summary = "One procedure with its processing time, as received from the catalogue")
    public CatalogueProcedureView get(@PathParam("code") String code) {
        return mapper.toView(service.get(subjects.of(caller), code));
    }

    @GET
    @Path("{code}/versions")
    @Operation(
            operationId = "listCatalogueProcedureVersions",
            summary = "Every version of the procedure known here with its validity, oldest first: a dossier takes the"
                    + " version in force on its day of receipt")
    public java.util.List<CatalogueVersionView> versions(@PathParam("code") String code) {
        return service.versions(service.get(subjects.of(caller), code)).stream()
                .map(mapper::toView)
                .toList();
    }
}
