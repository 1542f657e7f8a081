package vn.cchc.gateway.openapi;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import vn.cchc.gateway.problem.GatewayTexts;
import vn.cchc.gateway.problem.Problems;

/**
 * The API reference page at {@code /api/docs}: Swagger UI (org.webjars:swagger-ui, served from the gateway's own
 * classpath, no CDN) over the merged document {@link MergedOpenApi#PATH}. The page is our own
 * {@code api-docs/index.html} with no inline script (the gateway's Content-Security-Policy allows scripts from
 * 'self' only), and only the listed files are served, from memory.
 */
@Singleton
public class ApiDocs {

    public static final String PATH = "/api/docs";
    static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";

    /** file name under /api/docs/ → [content type, bytes] */
    private final Map<String, Object[]> files = new LinkedHashMap<>();

    public ApiDocs() {
        String version = webjarVersion();
        put("index.html", "text/html; charset=utf-8", "api-docs/index.html");
        put("init.js", "text/javascript; charset=utf-8", "api-docs/init.js");
        for (String file : new String[] {"swagger-ui.css", "index.css"}) {
            put(file, "text/css; charset=utf-8", WEBJAR + version + "/" + file);
        }
        for (String file : new String[] {"swagger-ui-bundle.js", "swagger-ui-standalone-preset.js"}) {
            put(file, "text/javascript; charset=utf-8", WEBJAR + version + "/" + file);
        }
        put("favicon-32x32.png", "image/png", WEBJAR + version + "/favicon-32x32.png");
    }

    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.equals(PATH)) {
            // relative asset URLs in the page resolve under /api/docs/
            ctx.response().setStatusCode(308).putHeader("Location", PATH + "/").end();
            return;
        }
        String name = path.substring(PATH.length() + 1);
        Object[] file = files.get(name.isEmpty() ? "index.html" : name);
        if (file == null) {
            Problems.send(ctx, 404, Problems.NOT_FOUND, "Not found", GatewayTexts.NOTHING_HERE.with());
            return;
        }
        ctx.response()
                .putHeader("Content-Type", (String) file[0])
                .putHeader("Cache-Control", name.isEmpty() || name.equals("index.html") ? "no-cache" : "max-age=3600")
                .end((Buffer) file[1]);
    }

    private void put(String name, String type, String resource) {
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            files.put(name, new Object[] {type, Buffer.buffer(in.readAllBytes())});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String webjarVersion() {
        try (InputStream in = ApiDocs.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("org.webjars:swagger-ui is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
