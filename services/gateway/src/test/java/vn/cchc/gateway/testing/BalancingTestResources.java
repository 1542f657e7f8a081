package vn.cchc.gateway.testing;

import io.vertx.core.Vertx;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@link GatewayTestResources}, with services of two instances each ({@link ReplicaStub}s on real sockets):
 * procedures = a + b (both ok); dossiers = c (ok) + a port nobody listens on; inspections = d (ok) + sick
 * (503); par-index = e (ok) + reset (closes connections before answering). Health probing is off (tests
 * probe explicitly), ejections last a minute (tests put the instances back). The stubs' URLs are in system properties {@code cchc-test.replica.<name>}.
 */
public class BalancingTestResources extends GatewayTestResources {

    public static final String PROPERTY = "cchc-test.replica.";

    private Vertx vertx;
    private final List<ReplicaStub> stubs = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try {
            vertx = Vertx.vertx();
            config.put("cchc.gateway.routes.procedures.upstream", urls("a", "ok") + "," + urls("b", "ok"));
            config.put("cchc.gateway.routes.dossiers.upstream", urls("c", "ok") + ",http://127.0.0.1:" + unused());
            config.put("cchc.gateway.routes.inspections.upstream", urls("d", "ok") + "," + urls("sick", "sick"));
            config.put("cchc.gateway.routes.par-index.upstream", urls("e", "ok") + "," + urls("reset", "reset"));
            config.put("cchc.gateway.balancing.probe-interval", "0s");
            // long enough that an ejection outlasts a test on a slow machine (each test puts every instance back)
            config.put("cchc.gateway.balancing.eject-base", "60s");
            config.put("cchc.gateway.balancing.eject-max", "120s");
            // a probe of a healthy stub must not time out on a busy machine (that would eject it)
            config.put("cchc.gateway.health.upstream-timeout", "5s");
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the replica stand-ins", e);
        }
    }

    private String urls(String name, String mode) throws Exception {
        ReplicaStub stub = ReplicaStub.start(vertx, name, mode);
        stubs.add(stub);
        System.setProperty(PROPERTY + name, stub.url());
        return stub.url();
    }

    private static int unused() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        for (ReplicaStub stub : stubs) {
            try {
                stub.close();
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
        super.stop();
    }
}
