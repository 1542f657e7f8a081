package vn.cchc.gateway.requestid;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * First thing on every request (before CORS and authentication): assigns the request id, puts it in the
 * log MDC and the routing context, and sets it on the response whoever ends it.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Higher runs earlier; Quarkus' CORS filter is 300, authentication 200. */
    static final int PRIORITY = 1_000;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        String id = RequestIds.acceptOrGenerate(ctx.request().getHeader(RequestIds.HEADER));
        ctx.put(RequestIds.KEY, id);
        MDC.put(RequestIds.KEY, id);
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(RequestIds.HEADER, id));
        ctx.next();
    }
}
