package vn.cchc.shared.archfixture.alpha.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import vn.cchc.shared.archfixture.alpha.domain.Thing;
import vn.cchc.shared.archfixture.alpha.service.GoodService;

/** Good: a resource calls a use case and may show domain values. */
@Path("/things")
public class GoodResource {
    private final GoodService service;

    public GoodResource(GoodService service) {
        this.service = service;
    }

    @GET
    public ThingView get() {
        Thing unused = null;
        return new ThingView(service.name(1L) + unused);
    }
}
