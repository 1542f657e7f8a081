package vn.cchc.shared.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Carries the trace of a request across the outbox and Kafka (docs/observability.md): the outbox stores the current
 * span's W3C {@code traceparent} in the envelope ({@link #currentTraceparent()}), the relay publishes inside a
 * PRODUCER span child of it ({@link #inProducerSpan}), and a consumer applies the event inside a CONSUMER span whose
 * parent is that {@code traceparent} ({@link #inConsumerSpan}). One trace id thus spans the HTTP request that wrote
 * the event and every consumer that applied it, whichever instance and however late.
 *
 * <p>With tracing disabled (the SDK off, or a sampler that drops everything) the spans are no-ops and the envelope
 * carries no {@code traceparent}; an invalid {@code traceparent} in a record is ignored (W3C trace context rules),
 * never a reason to refuse the event.
 */
@ApplicationScoped
public class EventTracing {

    private static final Logger LOG = Logger.getLogger(EventTracing.class);
    private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String SCOPE = "vn.cchc.shared.event";
    private static final JsonFactory JSON = new JsonFactory();

    private final Tracer tracer;

    public EventTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(SCOPE);
    }

    /** The W3C traceparent of the current span, or null when there is no valid (sampled or not) span. */
    public String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getTraceFlags().asHex();
    }

    /**
     * Runs {@code work} (the synchronous send of one outbox row to {@code topic}) in a PRODUCER span whose parent is
     * the event's {@code traceparent}; the Kafka connector's own send span and the record's trace headers follow the
     * span current while {@code work} runs.
     */
    public <T> T inProducerSpan(String topic, String traceparent, Supplier<T> work) {
        Context parent = parent(traceparent);
        if (parent == null) {
            return work.get();
        }
        Span span = tracer.spanBuilder(topic + " publish")
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation", "publish")
                .setAttribute("messaging.destination.name", topic)
                .startSpan();
        return run(span, work);
    }

    /**
     * Applies an event in a CONSUMER span whose parent is the envelope's {@code traceparent} (a new trace when the
     * event carries none), with the trace and span ids in the log MDC while {@code work} runs. Logs one INFO line
     * naming the consumer, the event type and id (no payload: no personal data) with the trace id.
     */
    public <T> T inConsumerSpan(String consumer, EventEnvelope event, Supplier<T> work) {
        Context parent = parent(event.traceparent());
        Span span = tracer.spanBuilder(consumer + " process")
                .setParent(parent == null ? Context.root() : parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation", "process")
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
        String traceId = span.getSpanContext().isValid()
                ? span.getSpanContext().getTraceId()
                : parent == null
                        ? ""
                        : Span.fromContext(parent).getSpanContext().getTraceId();
        Object oldTrace = MDC.get("traceId");
        Object oldSpan = MDC.get("spanId");
        try {
            if (!traceId.isEmpty()) {
                MDC.put("traceId", traceId);
                MDC.put("spanId", span.getSpanContext().getSpanId());
            }
            LOG.infof("%s received %s event %s traceId=%s", consumer, event.type(), event.id(), traceId);
            return run(span, work);
        } finally {
            restore("traceId", oldTrace);
            restore("spanId", oldSpan);
        }
    }

    private static <T> T run(Span span, Supplier<T> work) {
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * The {@code traceparent} attribute of an envelope as stored in the outbox (top-level field only; the payload
     * is skipped, not read), or null.
     */
    public static String traceparentOf(String envelopeJson) {
        try (JsonParser parser = JSON.createParser(envelopeJson)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("traceparent".equals(name) && value == JsonToken.VALUE_STRING) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The remote parent context of a valid traceparent, else null. */
    Context parent(String traceparent) {
        if (traceparent == null || !TRACEPARENT.matcher(traceparent).matches()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        carrier.put("traceparent", traceparent);
        Context extracted =
                W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, MapGetter.INSTANCE);
        return Span.fromContext(extracted).getSpanContext().isValid() ? extracted : null;
    }

    private static void restore(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    private enum MapGetter implements TextMapGetter<Map<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return List.copyOf(carrier.keySet());
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }
}
