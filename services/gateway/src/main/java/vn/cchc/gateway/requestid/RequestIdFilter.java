package vn.cchc.gateway.requestid;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Runs before CORS and authentication: gives the request its own id, keeps the client's id as a correlation
 * id (see {@link RequestIds}), puts both in the log MDC and the routing context, and sets both on the
 * response whoever ends it.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Higher runs earlier; Quarkus' CORS filter is 300, authentication 200. */
    static final int PRIORITY = 1_000;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        String id = RequestIds.generate();
        String correlation = RequestIds.correlation(
                ctx.request().getHeader(RequestIds.HEADER), ctx.request().getHeader(RequestIds.CORRELATION_HEADER));
        ctx.put(RequestIds.KEY, id);
        MDC.put(RequestIds.KEY, id);
        if (correlation != null) {
            ctx.put(RequestIds.CORRELATION_KEY, correlation);
            MDC.put(RequestIds.CORRELATION_KEY, correlation);
        } else {
            MDC.remove(RequestIds.CORRELATION_KEY);
        }
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            headers.set(RequestIds.HEADER, id);
            if (correlation != null) {
                headers.set(RequestIds.CORRELATION_HEADER, correlation);
            } else {
                headers.remove(RequestIds.CORRELATION_HEADER);
            }
        });
        ctx.next();
    }
}
