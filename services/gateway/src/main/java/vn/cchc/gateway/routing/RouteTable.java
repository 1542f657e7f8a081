package vn.cchc.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The gateway's routes; the longest matching prefix wins. Immutable and thread-safe. */
public final class RouteTable {

    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        this.routes = routes.stream()
                .sorted(Comparator.comparingInt((Route r) -> r.prefix().length())
                        .reversed()
                        .thenComparing(Route::name))
                .toList();
        for (int i = 0; i < this.routes.size(); i++) {
            for (int j = i + 1; j < this.routes.size(); j++) {
                if (this.routes.get(i).prefix().equals(this.routes.get(j).prefix())) {
                    throw new IllegalArgumentException(
                            "Routes '" + this.routes.get(i).name() + "' and '"
                                    + this.routes.get(j).name() + "' share the prefix "
                                    + this.routes.get(i).prefix());
                }
            }
        }
    }

    /** The route serving {@code path} (a normalized path, no query), if any. */
    public Optional<Route> match(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (Route route : routes) {
            if (route.serves(path)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** Routes ordered by name, for listings. */
    public List<Route> routes() {
        return routes.stream().sorted(Comparator.comparing(Route::name)).toList();
    }
}
