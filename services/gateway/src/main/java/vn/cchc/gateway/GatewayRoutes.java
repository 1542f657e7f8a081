package vn.cchc.gateway;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.cchc.gateway.openapi.ApiDocs;
import vn.cchc.gateway.openapi.MergedOpenApi;
import vn.cchc.gateway.openapi.OpenApiIndex;
import vn.cchc.gateway.problem.GatewayTexts;
import vn.cchc.gateway.problem.Problems;
import vn.cchc.gateway.proxy.ProxyHandler;
import vn.cchc.gateway.spa.SpaHandler;

/**
 * Wires the gateway's handlers into Quarkus' Vert.x router. Security headers, request id, the request guard,
 * CORS and (lazy) authentication run before these as Quarkus filters. Whatever the router itself would answer
 * (no route: 404, wrong method: 405, a failure: 4xx/500) is answered as problem+json.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);
    static final int ORDER_API = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;
    static final int ORDER_SPA = RouteConstants.ROUTE_ORDER_AFTER_DEFAULT;
    /** Failure handlers are matched in route order too: this one before Quarkus' own (which writes no problem). */
    static final int ORDER_FAILURE = -2_000;

    static final String SPA_ALLOW = "GET, HEAD";

    private final ProxyHandler proxy;
    private final OpenApiIndex openApiIndex;
    private final MergedOpenApi mergedOpenApi;
    private final ApiDocs apiDocs;
    private final SpaHandler spa;

    public GatewayRoutes(
            ProxyHandler proxy,
            OpenApiIndex openApiIndex,
            MergedOpenApi mergedOpenApi,
            ApiDocs apiDocs,
            SpaHandler spa) {
        this.proxy = proxy;
        this.openApiIndex = openApiIndex;
        this.mergedOpenApi = mergedOpenApi;
        this.apiDocs = apiDocs;
        this.spa = spa;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER_FAILURE).failureHandler(this::failure);
        router.route(OpenApiIndex.PATH)
                .order(ORDER_API)
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(openApiIndex::handle);
        router.route(MergedOpenApi.PATH)
                .order(ORDER_API)
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(mergedOpenApi::handle);
        router.route(ApiDocs.PATH)
                .order(ORDER_API)
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(apiDocs::handle);
        router.routeWithRegex(ApiDocs.PATH + "/[A-Za-z0-9._-]*")
                .order(ORDER_API)
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(apiDocs::handle);
        router.route().order(ORDER_API + 1).handler(this::api);
        router.route()
                .order(ORDER_SPA)
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(spa::serveFile);
        router.route()
                .order(ORDER_SPA + 1)
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(spa::fallback);
        router.errorHandler(
                404, ctx -> Problems.send(ctx, 404, Problems.NOT_FOUND, "Not found", GatewayTexts.NOTHING_HERE.with()));
        router.errorHandler(
                405,
                ctx -> Problems.send(
                        ctx,
                        405,
                        Problems.METHOD_NOT_ALLOWED,
                        "Method not allowed",
                        GatewayTexts.GET_AND_HEAD_ONLY.with(),
                        Map.of("Allow", SPA_ALLOW)));
    }

    private void api(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        boolean get = ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD;
        if (get && (path.equals(ApiDocs.PATH) || path.startsWith(ApiDocs.PATH + "/"))) {
            // a path under /api/docs that the reference page does not have
            Problems.send(ctx, 404, Problems.NOT_FOUND, "Not found", GatewayTexts.NOTHING_HERE.with());
        } else if (path.equals(OpenApiIndex.PATH)
                || path.equals(MergedOpenApi.PATH)
                || path.equals(ApiDocs.PATH)
                || path.startsWith(ApiDocs.PATH + "/")) {
            // GET/HEAD were served by the route above
            Problems.send(
                    ctx,
                    405,
                    Problems.METHOD_NOT_ALLOWED,
                    "Method not allowed",
                    GatewayTexts.GET_AND_HEAD_ONLY.with(),
                    Map.of("Allow", SPA_ALLOW));
        } else if (isApi(path)) {
            proxy.handle(ctx);
        } else {
            ctx.next();
        }
    }

    /** Any failure while routing (a handler threw, or the router failed the request, e.g. 400 for a bad path). */
    private void failure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure != null && failure.getClass().getName().startsWith("io.quarkus.security.")) {
            ctx.next(); // Quarkus' security layer answers its own challenges
            return;
        }
        int status = ctx.statusCode() >= 400 && ctx.statusCode() <= 599 ? ctx.statusCode() : 500;
        if (status >= 500) {
            LOG.errorf(
                    failure,
                    "Unhandled failure on %s %s",
                    ctx.request().method(),
                    ctx.request().path());
            Problems.send(ctx, 500, Problems.INTERNAL_ERROR, "Internal error", GatewayTexts.GATEWAY_FAILED.with());
        } else if (status == 413) {
            Problems.send(
                    ctx,
                    413,
                    Problems.PAYLOAD_TOO_LARGE,
                    "Payload too large",
                    GatewayTexts.BODY_TOO_LARGE_SHORT.with());
        } else if (status == 404) {
            Problems.send(ctx, 404, Problems.NOT_FOUND, "Not found", GatewayTexts.NOTHING_HERE.with());
        } else {
            LOG.debugf(
                    "Request failed with %d: %s",
                    status, failure == null ? "-" : failure.getClass().getName());
            Problems.send(
                    ctx,
                    status,
                    status == 400 ? Problems.BAD_REQUEST : "http-" + status,
                    status == 400 ? "Bad request" : "HTTP " + status,
                    (String) null);
        }
    }

    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }
}
