package vn.cchc.gateway.asyncapi;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import vn.cchc.gateway.problem.GatewayTexts;
import vn.cchc.gateway.problem.Problems;

/**
 * {@code GET /api/v1/asyncapi.yaml}: the AsyncAPI 3 description of every Kafka topic (docs/asyncapi/asyncapi.yaml,
 * copied into the classpath at build time by the gateway's pom, never edited here). Public, no token: it describes
 * the contract, not data. Served from memory with a strong ETag; {@code If-None-Match} answers 304.
 */
@ApplicationScoped
public class AsyncApiDocument {

    public static final String PATH = "/api/v1/asyncapi.yaml";
    /** Where the build puts the document on the classpath. */
    static final String RESOURCE = "asyncapi/asyncapi.yaml";
    /** RFC 9512. */
    static final String MEDIA_TYPE = "application/yaml; charset=utf-8";

    private final Buffer body;
    private final String etag;

    public AsyncApiDocument() {
        byte[] bytes = read();
        this.body = Buffer.buffer(bytes);
        try {
            this.etag = "\""
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read() {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        RESOURCE + " is not on the classpath (copied from docs/asyncapi by the gateway's build)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(@Observes Router router) {
        router.route(PATH)
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(this::handle);
        // any other method: 405 naming the allowed ones (instead of falling through to the proxy's 404)
        router.route(PATH)
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 1)
                .handler(ctx -> Problems.send(
                        ctx,
                        405,
                        Problems.METHOD_NOT_ALLOWED,
                        "Method not allowed",
                        GatewayTexts.GET_AND_HEAD_ONLY.with(),
                        Map.of("Allow", "GET, HEAD")));
    }

    void handle(RoutingContext ctx) {
        var response = ctx.response()
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Cache-Control", "no-cache")
                .putHeader("ETag", etag);
        String ifNoneMatch = ctx.request().getHeader("If-None-Match");
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            response.setStatusCode(304).end();
        } else if (ctx.request().method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", Integer.toString(body.length()))
                    .end();
        } else {
            response.end(body);
        }
    }
}
