package vn.cchc.gateway.headers;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import vn.cchc.gateway.config.GatewayConfig;

/**
 * Puts the {@link SecurityHeaders} on every response that goes through the router: the SPA, the API
 * (proxied answers included), health, CORS preflights and the gateway's own problems. Registered first,
 * so nothing answered by a later filter misses them.
 */
@ApplicationScoped
public class SecurityHeadersFilter {

    private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class);

    /** Higher runs earlier: before the request-id filter (1000), CORS (300) and authentication (200). */
    static final int PRIORITY = 1_100;

    private final SecurityHeaders headers;
    private final boolean enabled;

    public SecurityHeadersFilter(GatewayConfig config) {
        GatewayConfig.SecurityHeadersConfig c = config.securityHeaders();
        this.enabled = c.enabled();
        String csp = c.contentSecurityPolicy()
                .filter(s -> !s.isBlank())
                .orElseGet(() -> SecurityHeaders.defaultContentSecurityPolicy(
                        SecurityHeaders.origins(c.identityProviderUrls().orElse(List.of()))));
        this.headers = new SecurityHeaders(
                csp,
                c.referrerPolicy(),
                c.permissionsPolicy(),
                SecurityHeaders.strictTransportSecurity(
                        c.hsts().enabled(), c.hsts().maxAge(), c.hsts().includeSubdomains()));
        if (enabled) {
            LOG.debugf("Content-Security-Policy: %s", csp);
        } else {
            LOG.warn("Security headers are disabled (cchc.gateway.security-headers.enabled=false)");
        }
    }

    void register(@Observes Filters filters) {
        if (enabled) {
            filters.register(this::handle, PRIORITY);
        }
    }

    void handle(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> headers.apply(ctx.response().headers()));
        ctx.next();
    }

    public SecurityHeaders headers() {
        return headers;
    }
}
