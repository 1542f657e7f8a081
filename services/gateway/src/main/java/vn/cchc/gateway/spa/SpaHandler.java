package vn.cchc.gateway.spa;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import vn.cchc.gateway.config.GatewayConfig;

/**
 * Serves the built SPA from {@code cchc.gateway.spa-dir}: files as they are; any other GET outside
 * {@code /api/}, {@code /q/} and {@code /assets/} gets {@code index.html} (client-side routes such as
 * {@code /thu-tuc}). {@code index.html} and other root files are {@code no-cache} (revalidated through
 * Last-Modified); the hashed files under {@code /assets/} are cacheable for a year. Without a built SPA,
 * a small page says so. The directory is looked at per request, so building the SPA needs no restart.
 */
@Singleton
public class SpaHandler {

    private static final Logger LOG = Logger.getLogger(SpaHandler.class);
    static final String ASSETS = "/assets/";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String NO_CACHE = "no-cache";
    static final String NOT_BUILT_PAGE = """
            <!doctype html>
            <html lang="vi">
            <head><meta charset="utf-8"><title>CCHC</title></head>
            <body>
            <h1>Giao diện chưa được build</h1>
            <p>The web application (SPA) is not built. Run <code>npm run build</code> in <code>frontend/</code>,
            or point <code>CCHC_SPA_DIR</code> at a built copy. The API is available under <code>/api/v1/</code>.</p>
            </body>
            </html>
            """;

    private final Vertx vertx;
    private final Path root;
    private final String indexFile;
    private final StaticHandler files;

    public SpaHandler(Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        this.root = Path.of(config.spaDir()).toAbsolutePath().normalize();
        this.indexFile = root.resolve("index.html").toString();
        this.files = StaticHandler.create(FileSystemAccess.ROOT, root.toString())
                .setIndexPage("index.html")
                .setDirectoryListing(false)
                .setIncludeHidden(false)
                .setCachingEnabled(true)
                // The SPA can be rebuilt while the gateway runs: do not keep file properties forever.
                .setFilesReadOnly(false)
                .setDefaultContentEncoding("UTF-8");
    }

    void logLocation(@Observes StartupEvent event) {
        if (Files.isRegularFile(Path.of(indexFile))) {
            LOG.infof("Serving the SPA from %s", root);
        } else {
            LOG.warnf(
                    "No built SPA at %s (set cchc.gateway.spa-dir / CCHC_SPA_DIR); '/' shows a placeholder page", root);
        }
    }

    /** First handler: an existing file under the SPA directory. */
    public void serveFile(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (isReserved(path)) {
            ctx.next();
            return;
        }
        ctx.addHeadersEndHandler(v -> {
            int status = ctx.response().getStatusCode();
            if (status == 200 || status == 304 || status == 206) {
                ctx.response().headers().set("Cache-Control", path.startsWith(ASSETS) ? IMMUTABLE : NO_CACHE);
            }
        });
        files.handle(ctx);
    }

    /** Second handler (no such file): index.html for client-side routes. */
    public void fallback(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (isReserved(path) || path.startsWith(ASSETS)) {
            ctx.next();
            return;
        }
        vertx.fileSystem().exists(indexFile).onComplete(exists -> {
            if (ctx.response().ended()) {
                return;
            }
            ctx.response().putHeader("Cache-Control", NO_CACHE);
            if (exists.succeeded() && exists.result()) {
                ctx.response().putHeader("Content-Type", "text/html; charset=utf-8");
                ctx.response().sendFile(indexFile);
            } else {
                ctx.response().putHeader("Content-Type", "text/html; charset=utf-8");
                ctx.response().end(NOT_BUILT_PAGE);
            }
        });
    }

    /** Paths the SPA never answers: the API and Quarkus' own endpoints. */
    static boolean isReserved(String path) {
        return path == null
                || path.equals("/api")
                || path.startsWith("/api/")
                || path.equals("/q")
                || path.startsWith("/q/");
    }
}
