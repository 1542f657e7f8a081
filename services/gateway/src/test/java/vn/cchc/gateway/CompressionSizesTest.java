package vn.cchc.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.gateway.testing.Http.givenRaw;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.testing.GatewayTestResources;

/**
 * Measures what compression saves on the SPA's first load: the entry script, its style sheet and every script
 * index.html preloads, fetched through the gateway as sent (identity, gzip, br), and prints the bytes. Serves a copy of
 * the real build ({@code CCHC_MEASURE_SPA_DIR}, else {@code frontend/dist}) when there is one, else the synthetic test
 * build. Asserts that each file decodes to the original and that br ≤ gzip < identity for files above the threshold.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, initArgs = @ResourceArg(name = "spa", value = "built"))
class CompressionSizesTest {

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*\\ssrc=\"(/assets/[^\"]+\\.js)\"");
    private static final Pattern PRELOAD =
            Pattern.compile("<link[^>]*rel=\"modulepreload\"[^>]*href=\"(/assets/[^\"]+)\"");
    private static final Pattern STYLE =
            Pattern.compile("<link[^>]*rel=\"stylesheet\"[^>]*href=\"(/assets/[^\"]+\\.css)\"");

    record Sizes(String path, int identity, int gzip, int br) {}

    @Test
    void printsTheBytesOfTheFirstLoadBeforeAndAfterCompression() throws IOException {
        String index = givenRaw().get("/").asString();
        Set<String> scripts = new LinkedHashSet<>(all(SCRIPT, index));
        scripts.addAll(all(PRELOAD, index));
        List<String> styles = all(STYLE, index);
        String source = GatewayTestResources.builtSpaSource() == null
                ? "synthetic test build"
                : GatewayTestResources.builtSpaSource().toString();
        if (scripts.isEmpty()) {
            scripts.add("/assets/" + GatewayTestResources.MAIN_JS_NAME);
            styles = List.of("/assets/" + GatewayTestResources.MAIN_CSS_NAME);
        }
        List<Sizes> js = new ArrayList<>();
        for (String path : scripts) {
            js.add(measure(path));
        }
        List<Sizes> css = new ArrayList<>();
        for (String path : styles) {
            css.add(measure(path));
        }
        StringBuilder report = new StringBuilder("\nSPA first load through the gateway (" + source + "):\n");
        report.append(String.format(Locale.ROOT, "%-48s %10s %10s %10s%n", "file", "identity", "gzip", "br"));
        js.forEach(s -> line(report, s.path(), s));
        css.forEach(s -> line(report, s.path(), s));
        line(report, "main JS (entry script)", js.get(0));
        line(report, "all JS of the first load (" + js.size() + " files)", total(js));
        if (!css.isEmpty()) {
            line(report, "CSS (" + css.size() + " files)", total(css));
        }
        System.out.println(report);

        Sizes main = js.get(0);
        assertTrue(main.gzip() < main.identity(), main.toString());
        assertTrue(main.br() <= main.gzip(), main.toString());
    }

    private static Sizes measure(String path) throws IOException {
        Response identity = givenRaw().get(path);
        assertEquals(200, identity.statusCode(), path);
        assertNull(identity.header("Content-Encoding"), path);
        byte[] original = identity.asByteArray();
        Response gzip = givenRaw().header("Accept-Encoding", "gzip").get(path);
        Response br = givenRaw().header("Accept-Encoding", "br, gzip").get(path);
        byte[] gz = gzip.asByteArray();
        byte[] b = br.asByteArray();
        if (original.length >= 1024) {
            assertEquals("gzip", gzip.header("Content-Encoding"), path);
            assertEquals("br", br.header("Content-Encoding"), path);
            assertArrayEquals(original, CompressionTest.gunzip(gz), path);
            assertArrayEquals(original, CompressionTest.brotli(b), path);
        }
        return new Sizes(path, original.length, gz.length, b.length);
    }

    private static Sizes total(List<Sizes> sizes) {
        return new Sizes(
                "total",
                sizes.stream().mapToInt(Sizes::identity).sum(),
                sizes.stream().mapToInt(Sizes::gzip).sum(),
                sizes.stream().mapToInt(Sizes::br).sum());
    }

    private static void line(StringBuilder out, String label, Sizes s) {
        out.append(String.format(
                Locale.ROOT,
                "%-48s %10d %10d %10d   (gzip %d %%, br %d %% of identity)%n",
                label,
                s.identity(),
                s.gzip(),
                s.br(),
                Math.round(100.0 * s.gzip() / s.identity()),
                Math.round(100.0 * s.br() / s.identity())));
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
