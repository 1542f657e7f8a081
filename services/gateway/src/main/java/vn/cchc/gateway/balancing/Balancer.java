package vn.cchc.gateway.balancing;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;
import vn.cchc.gateway.config.GatewayConfig;
import vn.cchc.gateway.routing.Route;
import vn.cchc.gateway.routing.RouteTable;

/**
 * Spreads the requests of each service over its instances: round robin over the instances in rotation.
 * An instance that fails (connection refused or reset, 502/503, failing health probe) is ejected for a
 * back-off period ({@code eject-base}, doubling per failure in a row up to {@code eject-max}); a success or a
 * passing health probe brings it back. When every instance is ejected, the one whose ejection ends first is
 * used anyway (a request has a better chance there than in a 503 of the gateway's own).
 */
@Singleton
public class Balancer {

    private static final Logger LOG = Logger.getLogger(Balancer.class);

    private final Map<String, Pool> pools = new LinkedHashMap<>();
    private final long ejectBaseNanos;
    private final long ejectMaxNanos;
    private final LongSupplier clock;

    @Inject
    public Balancer(RouteTable routes, GatewayConfig config) {
        this(routes.routes(), config.balancing().ejectBase(), config.balancing().ejectMax(), System::nanoTime);
    }

    /** For tests: an explicit clock (nanoseconds). */
    public Balancer(Collection<Route> routes, Duration ejectBase, Duration ejectMax, LongSupplier clock) {
        if (ejectBase.isNegative() || ejectBase.isZero() || ejectMax.compareTo(ejectBase) < 0) {
            throw new IllegalArgumentException(
                    "cchc.gateway.balancing: eject-base must be positive and eject-max at least eject-base");
        }
        this.ejectBaseNanos = ejectBase.toNanos();
        this.ejectMaxNanos = ejectMax.toNanos();
        this.clock = clock;
        for (Route route : routes) {
            pools.put(route.name(), new Pool(route));
        }
    }

    /**
     * The instance to send the next request of {@code route} to, avoiding those already tried for it; empty
     * when every instance has been tried.
     */
    public Optional<InstanceState> choose(Route route, Collection<InstanceState> tried) {
        return pool(route).choose(tried, clock.getAsLong());
    }

    /** The request is going to {@code instance} (counted in flight until {@link #finished}). */
    public void started(InstanceState instance) {
        instance.started();
    }

    public void finished(InstanceState instance) {
        instance.finished();
    }

    /** The instance answered (any status but 502/503) or passed its health probe. */
    public void succeeded(Route route, InstanceState instance) {
        if (instance.succeeded(clock.getAsLong())) {
            LOG.infof("%s instance %s is back in rotation", route.name(), instance.instance());
        }
    }

    /** The instance failed: ejected for a back-off period. */
    public void failed(Route route, InstanceState instance, String why) {
        long period = instance.failed(clock.getAsLong(), ejectBaseNanos, ejectMaxNanos);
        LOG.warnf(
                "%s instance %s taken out of rotation for %d ms: %s",
                route.name(), instance.instance(), period / 1_000_000, why);
    }

    /** The instances of a route with their state (for probing and diagnostics). */
    public List<InstanceState> instances(Route route) {
        return pool(route).states;
    }

    public boolean ejected(InstanceState instance) {
        return instance.ejected(clock.getAsLong());
    }

    private Pool pool(Route route) {
        Pool pool = pools.get(route.name());
        if (pool == null) {
            throw new IllegalArgumentException("unknown route " + route.name());
        }
        return pool;
    }

    private static final class Pool {
        final List<InstanceState> states;
        final AtomicLong next = new AtomicLong();

        Pool(Route route) {
            List<InstanceState> list = new ArrayList<>();
            for (Route.Instance instance : route.instances()) {
                list.add(new InstanceState(instance));
            }
            this.states = List.copyOf(list);
        }

        Optional<InstanceState> choose(Collection<InstanceState> tried, long now) {
            int n = states.size();
            if (n == 1) {
                return tried.contains(states.get(0)) ? Optional.empty() : Optional.of(states.get(0));
            }
            int start = (int) Math.floorMod(next.getAndIncrement(), (long) n);
            InstanceState fallback = null;
            for (int i = 0; i < n; i++) {
                InstanceState candidate = states.get((start + i) % n);
                if (tried.contains(candidate)) {
                    continue;
                }
                if (candidate.available(now)) {
                    return Optional.of(candidate);
                }
                if (fallback == null || candidate.ejectedUntil() - fallback.ejectedUntil() < 0) {
                    fallback = candidate;
                }
            }
            return Optional.ofNullable(fallback);
        }
    }
}
