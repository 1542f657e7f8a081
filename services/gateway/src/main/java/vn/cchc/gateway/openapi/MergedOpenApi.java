package vn.cchc.gateway.openapi;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.cchc.gateway.config.GatewayConfig;
import vn.cchc.gateway.problem.GatewayTexts;
import vn.cchc.gateway.problem.Problems;
import vn.cchc.gateway.proxy.UpstreamClient;
import vn.cchc.gateway.routing.Route;
import vn.cchc.gateway.routing.RouteTable;

/**
 * {@code GET /api/v1/openapi.json}: one OpenAPI 3.1 document of the whole API, merged ({@link OpenApiMerger})
 * from the documents the services serve at {@code <prefix>/openapi}. A complete merge is kept for
 * {@code cchc.gateway.openapi.cache-ttl}; when a service does not answer, the document holds the others, names
 * the missing ones in {@code x-unavailable-services} and is not kept (the next request tries again). No service
 * answering: 503 with Retry-After.
 */
@Singleton
public class MergedOpenApi {

    public static final String PATH = "/api/v1/openapi.json";
    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
    private static final long MAX_DOCUMENT_BYTES = 8L * 1024 * 1024;

    private final RouteTable routes;
    private final UpstreamClient client;
    private final Optional<String> publicUrl;
    private final Optional<String> openIdConnectUrl;
    private final long ttlMillis;

    private volatile String cached;
    private volatile long cachedAt;

    public MergedOpenApi(RouteTable routes, UpstreamClient client, GatewayConfig config) {
        this.routes = routes;
        this.client = client;
        this.publicUrl = config.publicUrl();
        this.openIdConnectUrl = config.openapi().openidConnectUrl();
        this.ttlMillis = config.openapi().cacheTtl().toMillis();
    }

    public void handle(RoutingContext ctx) {
        String body = cached;
        if (body != null && System.currentTimeMillis() - cachedAt < ttlMillis) {
            send(ctx, body, true);
            return;
        }
        List<Route> all = routes.routes();
        List<Future<JsonObject>> fetches = new ArrayList<>();
        for (Route route : all) {
            fetches.add(fetch(route, 0));
        }
        Future.join(fetches).onComplete(done -> {
            Map<String, JsonObject> documents = new LinkedHashMap<>();
            JsonArray missing = new JsonArray();
            for (int i = 0; i < all.size(); i++) {
                Future<JsonObject> f = fetches.get(i);
                if (f.succeeded()) {
                    documents.put(all.get(i).name(), f.result());
                } else {
                    missing.add(all.get(i).name());
                    LOG.warnf(
                            "OpenAPI document of %s unavailable: %s",
                            all.get(i).name(), f.cause().getMessage());
                }
            }
            if (documents.isEmpty()) {
                Problems.send(
                        ctx,
                        503,
                        Problems.SERVICE_UNAVAILABLE,
                        "Service unavailable",
                        GatewayTexts.NO_API_DOCUMENT.with(),
                        Map.of("Retry-After", "5"));
                return;
            }
            JsonObject merged = OpenApiMerger.merge(documents, publicUrl, openIdConnectUrl);
            if (!missing.isEmpty()) {
                merged.put("x-unavailable-services", missing);
                send(ctx, merged.encode(), false);
                return;
            }
            String encoded = merged.encode();
            cached = encoded;
            cachedAt = System.currentTimeMillis();
            send(ctx, encoded, true);
        });
    }

    /** The service's document from one instance after the other (a replica may be down). */
    private Future<JsonObject> fetch(Route route, int index) {
        List<Route.Instance> instances = route.instances();
        if (index >= instances.size()) {
            return Future.failedFuture("no instance of " + route.name() + " answered");
        }
        return client.open(instances.get(index), HttpMethod.GET, route.prefix() + "/openapi?format=json")
                .compose(request -> {
                    request.putHeader("Accept", "application/json");
                    client.startResponseTimeout(request);
                    return request.send();
                })
                .compose(response -> body(response))
                .recover(failure -> fetch(route, index + 1));
    }

    private static Future<JsonObject> body(HttpClientResponse response) {
        if (response.statusCode() != 200) {
            return Future.failedFuture("HTTP " + response.statusCode());
        }
        String length = response.getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_DOCUMENT_BYTES) {
            return Future.failedFuture("document larger than " + MAX_DOCUMENT_BYTES + " bytes");
        }
        return response.body().map(Buffer::toJsonObject);
    }

    private static void send(RoutingContext ctx, String body, boolean complete) {
        ctx.response()
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Cache-Control", complete ? "no-cache" : "no-store")
                .end(body);
    }
}
