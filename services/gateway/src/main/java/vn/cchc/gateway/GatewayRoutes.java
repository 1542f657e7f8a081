package vn.cchc.gateway;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.cchc.gateway.openapi.OpenApiIndex;
import vn.cchc.gateway.problem.Problems;
import vn.cchc.gateway.proxy.ProxyHandler;
import vn.cchc.gateway.spa.SpaHandler;

/**
 * Wires the gateway's handlers into Quarkus' Vert.x router. Request id, CORS and (lazy) authentication
 * run before these as Quarkus filters.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);
    static final int ORDER_API = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;
    static final int ORDER_SPA = RouteConstants.ROUTE_ORDER_AFTER_DEFAULT;

    private final ProxyHandler proxy;
    private final OpenApiIndex openApiIndex;
    private final SpaHandler spa;

    public GatewayRoutes(ProxyHandler proxy, OpenApiIndex openApiIndex, SpaHandler spa) {
        this.proxy = proxy;
        this.openApiIndex = openApiIndex;
        this.spa = spa;
    }

    void register(@Observes Router router) {
        router.route(HttpMethod.GET, OpenApiIndex.PATH).order(ORDER_API).handler(openApiIndex::handle);
        router.route().order(ORDER_API + 1).handler(this::api).failureHandler(this::apiFailure);
        router.route().order(ORDER_SPA).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(spa::serveFile);
        router.route().order(ORDER_SPA + 1).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(spa::fallback);
    }

    private void api(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.equals("/api") || path.startsWith("/api/")) {
            proxy.handle(ctx);
        } else {
            ctx.next();
        }
    }

    private void apiFailure(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!(path.equals("/api") || path.startsWith("/api/"))) {
            ctx.next();
            return;
        }
        if (ctx.failure() != null) {
            LOG.errorf(ctx.failure(), "Unhandled failure on %s %s", ctx.request().method(), path);
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status >= 500) {
            Problems.send(ctx, 500, Problems.INTERNAL_ERROR, "Internal error", "The gateway could not process the request.");
        } else {
            Problems.send(ctx, status, "http-" + status, "HTTP " + status, null);
        }
    }
}
