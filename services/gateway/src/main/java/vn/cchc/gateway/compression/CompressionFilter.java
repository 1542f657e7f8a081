package vn.cchc.gateway.compression;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.cchc.gateway.config.GatewayConfig;

/**
 * Applies the {@link CompressionPolicy} to every response whose request carries {@code Accept-Encoding}, and to SPA
 * responses (for their {@code Vary}) whatever the request. An API request without {@code Accept-Encoding} (a
 * benchmark, a service client) costs one header lookup and nothing else: no handler, nothing compressed.
 */
@ApplicationScoped
public class CompressionFilter {

    /** Just after the security headers (1100), before the request id (1000). */
    static final int PRIORITY = 1_050;

    private final boolean enabled;
    private final boolean brotli;
    private final CompressionPolicy policy;

    public CompressionFilter(GatewayConfig config) {
        this.enabled = config.compression().enabled();
        this.brotli = config.compression().brotli();
        this.policy = new CompressionPolicy(config.compression().minSize());
    }

    void register(@Observes Filters filters) {
        if (enabled) {
            filters.register(this::handle, PRIORITY);
        }
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String acceptEncoding = request.headers().get(HttpHeaders.ACCEPT_ENCODING);
        boolean accepts = acceptEncoding != null;
        if (accepts || !isApi(request.path())) {
            boolean head = request.method() == HttpMethod.HEAD;
            // Netty's compressor picks br for "br;q=0, gzip": a client that refuses br gets the body as it is
            boolean refused = accepts && brotli && CompressionPolicy.refuses(acceptEncoding, "br");
            ctx.addHeadersEndHandler(v -> {
                var headers = ctx.response().headers();
                policy.apply(headers, ctx.response().getStatusCode(), accepts, head);
                if (refused && !headers.contains(HttpHeaders.CONTENT_ENCODING)) {
                    headers.set(HttpHeaders.CONTENT_ENCODING, CompressionPolicy.IDENTITY);
                }
            });
        }
        ctx.next();
    }

    static boolean isApi(String path) {
        return path != null && path.startsWith("/api/");
    }
}
