package vn.cchc.shared.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox → Kafka → consumer hop of a trace, in the JVM with an in-memory span exporter: the trace context of the
 * request that wrote an event survives the envelope's JSON (as the outbox stores and the relay publishes it), the
 * relay's PRODUCER span and the consumer's CONSUMER span belong to that trace. The HTTP hops (gateway → service)
 * are proven on the real stack by deploy/local/lib/trace_e2e.py.
 */
class EventTracingTest {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter))
            .build();
    private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
            .setTracerProvider(provider)
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    private final EventTracing tracing = new EventTracing(otel);
    private final EventCodec codec = new EventCodec(
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    @AfterEach
    void close() {
        provider.close();
        MDC.clear();
    }

    private EventEnvelope event() {
        return EventEnvelope.create(
                "/cchc/dossiers",
                "DossierReceived",
                "H99.X01-2026-000001",
                1,
                OffsetDateTime.of(2026, 12, 6, 1, 0, 0, 0, ZoneOffset.UTC),
                codec.mapper().createObjectNode().put("traceparent", "not-this-one"));
    }

    @Test
    void oneTraceFromTheRequestThroughTheOutboxToTheConsumer() {
        Span request = otel.getTracer("test")
                .spanBuilder("POST /api/v1/dossiers")
                .setSpanKind(SpanKind.SERVER)
                .startSpan();
        String stored;
        try (Scope ignored = request.makeCurrent()) {
            // Outbox.publish
            stored = codec.write(event().withTraceparent(tracing.currentTraceparent()));
        } finally {
            request.end();
        }
        String traceId = request.getSpanContext().getTraceId();
        // OutboxRelay: reads the attribute from the stored JSON (not the payload's field of the same name)
        String traceparent = EventTracing.traceparentOf(stored);
        assertEquals("00-" + traceId + "-" + request.getSpanContext().getSpanId() + "-01", traceparent);
        String sentTraceparent = tracing.inProducerSpan("cchc.dossiers.v1", traceparent, tracing::currentTraceparent);
        // a consumer in another service reads the record
        EventEnvelope received = codec.read(stored);
        boolean applied = tracing.inConsumerSpan("par-index.dossiers", received, () -> {
            assertEquals(traceId, MDC.get("traceId"), "the trace id is in the log context while applying");
            return true;
        });
        assertTrue(applied);
        assertNull(MDC.get("traceId"), "the log context is restored");

        List<SpanData> spans = exporter.getFinishedSpanItems();
        assertEquals(3, spans.size(), spans.toString());
        SpanData producer = spans.stream()
                .filter(s -> s.getKind() == SpanKind.PRODUCER)
                .findFirst()
                .orElseThrow();
        SpanData consumer = spans.stream()
                .filter(s -> s.getKind() == SpanKind.CONSUMER)
                .findFirst()
                .orElseThrow();
        assertEquals(traceId, producer.getTraceId());
        assertEquals(request.getSpanContext().getSpanId(), producer.getParentSpanId());
        assertTrue(sentTraceparent.contains(producer.getSpanId()), "the record is sent in the producer span");
        assertEquals(traceId, consumer.getTraceId());
        assertEquals(request.getSpanContext().getSpanId(), consumer.getParentSpanId());
        assertEquals("par-index.dossiers process", consumer.getName());
    }

    @Test
    void eventsWithoutOrWithInvalidTraceContextStartANewTrace() {
        EventEnvelope old = event();
        assertFalse(codec.write(old).contains("\"traceparent\":\"00"), "no attribute when there is no trace");
        assertNull(tracing.currentTraceparent(), "no current span, nothing to carry");
        EventEnvelope bad = old.withTraceparent("00-zzzz-oops");
        String work = tracing.inConsumerSpan("c", bad, () -> "done");
        assertEquals("done", work);
        SpanData consumer = exporter.getFinishedSpanItems().get(0);
        assertFalse(consumer.getParentSpanContext().isValid(), "an invalid traceparent is ignored, not trusted");
        // no trace context: the producer just sends
        assertEquals("sent", tracing.inProducerSpan("t", null, () -> "sent"));
        assertEquals(1, exporter.getFinishedSpanItems().size());
    }

    @Test
    void aFailureIsRecordedOnTheConsumerSpanAndRethrown() {
        var boom = new IllegalStateException("db down");
        var thrown = assertThrows(
                IllegalStateException.class,
                () -> tracing.inConsumerSpan("c", event(), () -> {
                    throw boom;
                }));
        assertEquals(boom, thrown);
        assertEquals(
                StatusCode.ERROR,
                exporter.getFinishedSpanItems().get(0).getStatus().getStatusCode());
    }

    @Test
    void envelopesWithoutTheAttributeStillReadAndTheAttributeRoundTrips() {
        String legacy =
                "{\"specversion\":\"1.0\",\"id\":\"e1\",\"source\":\"/cchc/x\",\"type\":\"T\",\"subject\":\"k\","
                        + "\"time\":\"2026-12-06T01:00:00Z\",\"schemaversion\":1,\"data\":{}}";
        assertNull(codec.read(legacy).traceparent());
        assertNull(EventTracing.traceparentOf(legacy));
        String tp = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00";
        EventEnvelope traced = codec.read(codec.write(event().withTraceparent(tp)));
        assertEquals(tp, traced.traceparent());
        assertNull(EventTracing.traceparentOf("not json"));
    }
}
