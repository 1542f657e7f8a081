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
    /** System property holding the fake Keycloak's base URL (init arg {@code keycloak=fake}). */
    public static final String FAKE_KEYCLOAK_PROPERTY = "cchc-test.fake-keycloak";

    private Vertx vertx;
    private final List<StubUpstream> upstreams = new ArrayList<>();
    private Path spaDir;
    private boolean spaMissing;
    private boolean fakeKeycloak;
    private FakeKeycloak keycloak;

    @Override
    public void init(Map<String, String> initArgs) {
        spaMissing = "missing".equals(initArgs.get("spa"));
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

    /** A loopback port that was free a moment ago: connecting to it is refused. */
    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
