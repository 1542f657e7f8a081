package vn.cchc.gateway.proxy;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.vertx.core.MultiMap;
import jakarta.inject.Singleton;

/**
 * Puts the request's trace context ({@code traceparent}, and whatever else the configured propagators carry) on the
 * request to the service, replacing the client's. The upstream client creates no span of its own
 * ({@link UpstreamClient}: {@code TracingPolicy.IGNORE}), so the service's parent is the gateway's server span: one
 * span per request in the gateway instead of a server span and a client span, with the same trace id end to end.
 */
@Singleton
public class TraceHeaders {

    private static final TextMapSetter<MultiMap> SET = (headers, name, value) -> {
        if (headers != null) {
            headers.set(name, value);
        }
    };

    private final TextMapPropagator propagator;

    public TraceHeaders(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** Injects {@code context} (the server span's) into the headers sent upstream. */
    public void inject(Context context, MultiMap headers) {
        propagator.inject(context, headers, SET);
    }
}
