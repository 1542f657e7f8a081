package vn.cchc.gateway.config;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The gateway runs two HTTP servers (the public one and the management interface that serves /q/metrics). Their
 * Vert.x connection meters ({@code http_server_bytes_read}, …) were registered once with a {@code server_port} tag
 * and once without, which Prometheus refuses: the second registration threw on the acceptor thread at start-up (and
 * the gateway then needed a SIGKILL to stop on the local stack). Without that tag both servers' meters share one
 * shape; the requests metrics keep their {@code uri}, {@code method} and {@code status}.
 */
public class MetricsFilters {

    @Produces
    @Singleton
    MeterFilter withoutServerPort() {
        return MeterFilter.ignoreTags("server_port");
    }
}
