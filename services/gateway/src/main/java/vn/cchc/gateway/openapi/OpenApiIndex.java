package vn.cchc.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import vn.cchc.gateway.routing.Route;
import vn.cchc.gateway.routing.RouteTable;

/**
 * {@code GET /api/v1/openapi}: the services' OpenAPI documents, in Swagger UI's {@code urls} shape
 * ({@code {"urls":[{"name":"procedures","url":"/api/v1/procedures/openapi"}, ...]}}).
 */
@Singleton
public class OpenApiIndex {

    public static final String PATH = "/api/v1/openapi";

    private final String body;

    public OpenApiIndex(RouteTable routes) {
        JsonArray urls = new JsonArray();
        for (Route route : routes.routes()) {
            urls.add(new JsonObject().put("name", route.name()).put("url", route.prefix() + "/openapi"));
        }
        this.body = new JsonObject().put("urls", urls).encode();
    }

    public void handle(RoutingContext ctx) {
        ctx.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-cache")
                .end(body);
    }
}
