package vn.cchc.gateway.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the gateway needs around it in tests, all on this machine and on random ports:
 * stand-in upstreams for procedures, dossiers and inspections (echo servers); par-index pointing at a
 * port nobody listens on (a service that is down); an OIDC signing key (see {@link TestTokens}); and a
 * built-SPA directory, unless the init arg {@code spa=missing} is given. With {@code keycloak=fake} the keys come
 * from a {@link FakeKeycloak}'s JWKS instead of {@code quarkus.oidc.public-key}.
 */
public class GatewayTestResources implements QuarkusTestResourceLifecycleManager {

    public static final String INDEX_HTML =
            "<!doctype html><html><body><div id=\"root\">CCHC test SPA</div></body></html>";
    public static final String ASSET_NAME = "app-3f2a9c.js";
    public static final String ASSET_JS = "console.log('cchc');";
    /** A Vite-like build's main chunk and style sheet (compressible, well above the compression threshold). */
    public static final String MAIN_JS_NAME = "index-B3x9Kq2L.js";

    public static final String MAIN_CSS_NAME = "index-Cm4vQ8aZ.css";
    /** Already compressed media under /assets/: never compressed again. */
    public static final String IMAGE_NAME = "logo-9fQ2hX1c.png";

    public static final String PDF_NAME = "huong-dan-D2kq8Yx1.pdf";
    /** What vite-plugin-pwa puts at the root: never cached long. */
    public static final List<String> PWA_FILES = List.of("sw.js", "workbox-4f2b9c1d.js", "manifest.webmanifest");
    /** System property holding the fake Keycloak's base URL (init arg {@code keycloak=fake}). */
    public static final String FAKE_KEYCLOAK_PROPERTY = "cchc-test.fake-keycloak";

    private Vertx vertx;
    private final List<StubUpstream> upstreams = new ArrayList<>();
    private Path spaDir;
    private boolean spaMissing;
    private boolean fakeKeycloak;
    private FakeKeycloak keycloak;

    /**
     * Init arg {@code spa=built}: a copy of a real build instead of the synthetic one, taken from the environment
     * variable {@value #BUILT_SPA_ENV} or else {@code ../../frontend/dist} (the repository's build, seen from
     * services/gateway); the synthetic one when neither exists.
     */
    public static final String BUILT_SPA_ENV = "CCHC_MEASURE_SPA_DIR";

    private boolean spaBuilt;

    /** The real build this run copied, or null (the synthetic one is served). */
    public static Path builtSpaSource() {
        String configured = System.getenv(BUILT_SPA_ENV);
        Path dir = Path.of(configured != null && !configured.isBlank() ? configured : "../../frontend/dist");
        return Files.isRegularFile(dir.resolve("index.html"))
                ? dir.toAbsolutePath().normalize()
                : null;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        spaMissing = "missing".equals(initArgs.get("spa"));
        spaBuilt = "built".equals(initArgs.get("spa"));
        fakeKeycloak = "fake".equals(initArgs.get("keycloak"));
    }

    @Override
    public Map<String, String> start() {
        // what GatewayMain does before Quarkus starts (a @QuarkusTest does not run the main method)
        System.setProperty("vertx.disableURIValidation", "true");
        try {
            KeyPair keys = TestTokens.newKeyPair();
            System.setProperty(
                    TestTokens.PRIVATE_KEY_PROPERTY,
                    Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));

            vertx = Vertx.vertx();
            Map<String, String> config = new HashMap<>();
            if (fakeKeycloak) {
                // keys from a (fake) Keycloak's JWKS instead of a configured public key
                keycloak = FakeKeycloak.start(vertx, (java.security.interfaces.RSAPublicKey) keys.getPublic());
                config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
                System.setProperty(FAKE_KEYCLOAK_PROPERTY, keycloak.baseUrl());
            } else {
                config.put(
                        "quarkus.oidc.public-key",
                        Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
            }
            for (String name : List.of("procedures", "dossiers", "inspections")) {
                StubUpstream stub = StubUpstream.start(vertx, name);
                upstreams.add(stub);
                config.put("cchc.gateway.routes." + name + ".upstream", stub.url());
            }
            config.put("cchc.gateway.routes.par-index.upstream", "http://127.0.0.1:" + unusedPort());

            if (spaMissing) {
                config.put(
                        "cchc.gateway.spa-dir",
                        Files.createTempDirectory("cchc-no-spa").resolve("dist").toString());
            } else {
                spaDir = Files.createTempDirectory("cchc-spa");
                Files.writeString(spaDir.resolve("index.html"), INDEX_HTML, StandardCharsets.UTF_8);
                Files.createDirectories(spaDir.resolve("assets"));
                Files.writeString(spaDir.resolve("assets").resolve(ASSET_NAME), ASSET_JS, StandardCharsets.UTF_8);
                Files.writeString(spaDir.resolve("robots.txt"), "User-agent: *\n", StandardCharsets.UTF_8);
                Files.write(spaDir.resolve("assets").resolve(MAIN_JS_NAME), mainJs());
                Files.write(spaDir.resolve("assets").resolve(MAIN_CSS_NAME), mainCss());
                Files.write(spaDir.resolve("assets").resolve(IMAGE_NAME), binary("\u0089PNG\r\n\u001a\n", 16_384, 7));
                Files.write(spaDir.resolve("assets").resolve(PDF_NAME), binary("%PDF-1.7\n", 16_384, 11));
                Files.writeString(
                        spaDir.resolve("sw.js"),
                        "importScripts('/workbox-4f2b9c1d.js');self.skipWaiting();",
                        StandardCharsets.UTF_8);
                Files.writeString(
                        spaDir.resolve("workbox-4f2b9c1d.js"), "self.workbox={version:'7'};", StandardCharsets.UTF_8);
                Files.writeString(
                        spaDir.resolve("manifest.webmanifest"),
                        "{\"name\":\"CCHC\",\"start_url\":\"/\",\"display\":\"standalone\"}",
                        StandardCharsets.UTF_8);
                Path built = spaBuilt ? builtSpaSource() : null;
                if (built != null) {
                    // a copy: the build may be redone while the tests run
                    try (Stream<Path> files = Files.walk(built)) {
                        for (Path source : (Iterable<Path>) files::iterator) {
                            Path target =
                                    spaDir.resolve(built.relativize(source).toString());
                            if (Files.isDirectory(source)) {
                                Files.createDirectories(target);
                            } else {
                                Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                            }
                        }
                    }
                }
                config.put("cchc.gateway.spa-dir", spaDir.toString());
            }
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the gateway's test surroundings", e);
        }
    }

    @Override
    public void stop() {
        for (StubUpstream upstream : upstreams) {
            try {
                upstream.close();
            } catch (Exception ignored) {
                // best effort
            }
        }
        upstreams.clear();
        if (keycloak != null) {
            try {
                keycloak.close();
            } catch (Exception ignored) {
                // best effort
            }
        }
        if (vertx != null) {
            try {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // best effort
            }
        }
        if (spaDir != null) {
            try (Stream<Path> paths = Files.walk(spaDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    /** The test SPA's main chunk: about 60 kB of JavaScript, compressible as real bundles are. */
    public static byte[] mainJs() {
        StringBuilder js = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            js.append("export function thuTuc")
                    .append(i)
                    .append("(props){const ma=props.ma??'1.00")
                    .append(i % 97)
                    .append("';return{ma,ten:'Thủ tục hành chính số ")
                    .append(i)
                    .append("',hanXuLy:")
                    .append((i * 7) % 30)
                    .append("};}\n");
        }
        return js.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The test SPA's style sheet: about 20 kB of CSS. */
    public static byte[] mainCss() {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            css.append(".cchc-card-")
                    .append(i)
                    .append("{display:flex;padding:")
                    .append(i % 16)
                    .append("px;color:#1f1f1f;border-radius:8px}\n");
        }
        return css.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Incompressible bytes (a seeded random body) behind a file signature. */
    public static byte[] binary(String signature, int size, long seed) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        byte[] head = signature.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    /** A loopback port that was free a moment ago: connecting to it is refused. */
    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
