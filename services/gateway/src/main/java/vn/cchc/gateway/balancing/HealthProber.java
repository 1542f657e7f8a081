package vn.cchc.gateway.balancing;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import vn.cchc.gateway.config.GatewayConfig;
import vn.cchc.gateway.proxy.UpstreamClient;
import vn.cchc.gateway.routing.Route;
import vn.cchc.gateway.routing.RouteTable;

/**
 * Probes every instance of the services that have several, every {@code cchc.gateway.balancing.probe-interval}:
 * a failing probe (no answer within the health timeout, or not 2xx) ejects the instance, a passing one brings
 * an ejected instance back at once (a restarted instance gets requests again as soon as it is ready).
 */
@ApplicationScoped
public class HealthProber {

    private final Vertx vertx;
    private final RouteTable routes;
    private final Balancer balancer;
    private final UpstreamClient client;
    private final Duration interval;
    private final Duration timeout;
    private long timerId = -1;

    public HealthProber(
            Vertx vertx, RouteTable routes, Balancer balancer, UpstreamClient client, GatewayConfig config) {
        this.vertx = vertx;
        this.routes = routes;
        this.balancer = balancer;
        this.client = client;
        this.interval = config.balancing().probeInterval();
        this.timeout = config.health().upstreamTimeout();
    }

    void start(@Observes StartupEvent event) {
        boolean anyReplicated =
                routes.routes().stream().anyMatch(r -> r.instances().size() > 1);
        if (!anyReplicated || interval.isZero() || interval.isNegative()) {
            return;
        }
        timerId = vertx.setPeriodic(interval.toMillis(), id -> probeAll());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    /** One round of probes (also called by tests). */
    public void probeAll() {
        for (Route route : routes.routes()) {
            if (route.instances().size() < 2) {
                continue;
            }
            for (InstanceState state : balancer.instances(route)) {
                client.probe(state.instance(), route.healthPath(), timeout).onComplete(result -> {
                    if (result.succeeded() && result.result() >= 200 && result.result() < 300) {
                        balancer.succeeded(route, state);
                    } else if (!balancer.ejected(state)) {
                        balancer.failed(
                                route,
                                state,
                                result.succeeded()
                                        ? "health probe answered " + result.result()
                                        : "health probe failed");
                    }
                });
            }
        }
    }
}
