package vn.cchc.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import vn.cchc.gateway.config.GatewayConfig;

/** Builds the {@link RouteTable} from {@code cchc.gateway.routes.*} (fails startup on a malformed route). */
@ApplicationScoped
public class RouteTableProducer {

    @Produces
    @Singleton
    RouteTable routeTable(GatewayConfig config) {
        List<Route> routes = config.routes().entrySet().stream()
                .map(e -> Route.of(
                        e.getKey(),
                        e.getValue().prefix(),
                        e.getValue().upstream(),
                        e.getValue().publicPaths().orElse(List.of()),
                        e.getValue().healthPath()))
                .toList();
        return new RouteTable(routes);
    }
}
