package vn.cchc.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.cchc.gateway.config.GatewayConfig;
import vn.cchc.gateway.proxy.UpstreamClient;
import vn.cchc.gateway.routing.Route;
import vn.cchc.gateway.routing.RouteTable;

/**
 * Informational: reports each upstream's own readiness ({@code UP}, {@code DOWN (503)}, {@code UNREACHABLE})
 * in the data of an always-UP check. One service being down must not take the gateway out of rotation:
 * the gateway still serves the others, and answers 503 for that one.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadinessCheck implements AsyncHealthCheck {

    private final RouteTable routes;
    private final UpstreamClient client;
    private final boolean enabled;
    private final Duration timeout;

    public UpstreamsReadinessCheck(RouteTable routes, UpstreamClient client, GatewayConfig config) {
        this.routes = routes;
        this.client = client;
        this.enabled = config.health().checkUpstreams();
        this.timeout = config.health().upstreamTimeout();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        HealthCheckResponseBuilder builder =
                HealthCheckResponse.named("upstreams").up();
        if (!enabled) {
            return Uni.createFrom().item(builder.withData("checked", false).build());
        }
        List<Uni<String[]>> probes = routes.routes().stream()
                .flatMap(route -> route.instances().stream()
                        .map(instance -> probe(
                                route.instances().size() == 1 ? route.name() : route.name() + "@" + instance,
                                route,
                                instance)))
                .toList();
        if (probes.isEmpty()) {
            return Uni.createFrom().item(builder.build());
        }
        return Uni.join().all(probes).andCollectFailures().map(results -> {
            for (String[] result : results) {
                builder.withData(result[0], result[1]);
            }
            return builder.build();
        });
    }

    /** {@code key} is the service's name, with {@code @host:port} when it has several instances. */
    private Uni<String[]> probe(String key, Route route, Route.Instance instance) {
        return Uni.createFrom()
                .completionStage(() ->
                        client.probe(instance, route.healthPath(), timeout).toCompletionStage())
                .map(status -> new String[] {key, status >= 200 && status < 300 ? "UP" : "DOWN (" + status + ")"})
                .onFailure()
                .recoverWithItem(t -> new String[] {key, "UNREACHABLE"})
                .ifNoItem()
                .after(timeout.plusMillis(500))
                .recoverWithItem(() -> new String[] {key, "UNREACHABLE"});
    }
}
