package vn.cchc.gateway.spa;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.file.FileProps;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jboss.logging.Logger;
import vn.cchc.gateway.config.GatewayConfig;

/**
 * Serves the built SPA from {@code cchc.gateway.spa-dir}: files as they are; any other GET outside
 * {@code /api/}, {@code /q/} and {@code /assets/} gets {@code index.html} (client-side routes such as
 * {@code /thu-tuc}). {@code index.html}, the client routes and other root files are {@code no-cache} (revalidated
 * through {@code Last-Modified}, the client routes also through a weak {@code ETag}: 304 when unchanged); the hashed
 * files under {@code /assets/} are cacheable for a year; a service worker, its Workbox runtime and the web app
 * manifest are {@code no-cache} wherever they are (a long-cached service worker would pin an old SPA). Without a
 * built SPA, a small page says so. The directory is looked at per request, so building the SPA needs no restart.
 */
@Singleton
public class SpaHandler {

    private static final Logger LOG = Logger.getLogger(SpaHandler.class);
    static final String ASSETS = "/assets/";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String NO_CACHE = "no-cache";
    /** IMF-fixdate (RFC 9110 §5.6.7). */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

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
                ctx.response().headers().set("Cache-Control", cacheControl(path));
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
        vertx.fileSystem().props(indexFile).onComplete(props -> {
            HttpServerResponse response = ctx.response();
            if (response.ended() || response.closed()) {
                return;
            }
            response.putHeader("Cache-Control", NO_CACHE);
            response.putHeader("Content-Type", "text/html; charset=utf-8");
            if (props.failed() || !props.result().isRegularFile()) {
                response.end(NOT_BUILT_PAGE);
                return;
            }
            FileProps file = props.result();
            String etag = etag(file.size(), file.lastModifiedTime());
            response.putHeader("ETag", etag);
            response.putHeader("Last-Modified", httpDate(file.lastModifiedTime()));
            if (notModified(
                    ctx.request().getHeader("If-None-Match"),
                    ctx.request().getHeader("If-Modified-Since"),
                    etag,
                    file.lastModifiedTime())) {
                response.headers().remove("Content-Type");
                response.setStatusCode(304).end();
                return;
            }
            response.sendFile(indexFile);
        });
    }

    /** {@code Cache-Control} of an existing file: hashed assets for a year, the rest revalidated on every use. */
    static String cacheControl(String path) {
        if (isServiceWorkerOrManifest(path)) {
            return NO_CACHE;
        }
        return path.startsWith(ASSETS) ? IMMUTABLE : NO_CACHE;
    }

    /**
     * A service worker ({@code sw.js}, {@code service-worker.js}, {@code registerSW.js}), the Workbox runtime it loads
     * ({@code workbox-*.js}) or the web app manifest ({@code *.webmanifest}, {@code manifest.json}): never cached long.
     */
    static boolean isServiceWorkerOrManifest(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.equals("sw.js")
                || name.equals("service-worker.js")
                || name.equals("registersw.js")
                || (name.startsWith("workbox-") && name.endsWith(".js"))
                || name.endsWith(".webmanifest")
                || name.equals("manifest.json");
    }

    /** A weak validator (the body may be sent compressed or not): size and modification time. */
    static String etag(long size, long lastModifiedMillis) {
        return "W/\"" + Long.toHexString(size) + "-" + Long.toHexString(lastModifiedMillis) + "\"";
    }

    static String httpDate(long millis) {
        return HTTP_DATE.format(Instant.ofEpochMilli(millis));
    }

    /**
     * RFC 9110 §13.1: {@code If-None-Match} (weak comparison) decides when present; else {@code If-Modified-Since}
     * (second precision). Unparsable values never give a 304.
     */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, long lastModifiedMillis) {
        if (ifNoneMatch != null) {
            String opaque = opaque(etag);
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.trim();
                if (c.equals("*") || (!c.isEmpty() && opaque(c).equals(opaque))) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null) {
            try {
                long since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant()
                        .getEpochSecond();
                return lastModifiedMillis / 1000 <= since;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
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
