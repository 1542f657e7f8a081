package vn.cchc.shared.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.EventTracing;

/**
 * Writes an event to the outbox table in the caller's transaction. The change and the event that
 * announces it commit or roll back together; {@link OutboxRelay} publishes committed rows to Kafka.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final EventCodec codec;
    private final Clock clock;
    private final EventTracing tracing;
    private final String source;
    private final OutboxRelay relay;

    public Outbox(
            EntityManager em,
            OutboxRelay relay,
            EventCodec codec,
            Clock clock,
            EventTracing tracing,
            @ConfigProperty(name = "cchc.service.name") String serviceName) {
        this.em = em;
        this.relay = relay;
        this.codec = codec;
        this.clock = clock;
        this.tracing = tracing;
        this.source = "/cchc/" + serviceName;
    }

    /**
     * @param topic  one of {@link vn.cchc.shared.event.Topics}
     * @param key    the Kafka key and CloudEvents subject (the entity's natural key)
     * @param type   the event type, a fact in the past tense ({@code ProcedurePublished})
     * @param data   the payload; serialised with the application's ObjectMapper
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String topic, String key, String type, int schemaVersion, Object data) {
        JsonNode payload = codec.mapper().valueToTree(data);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        // The request's trace context travels in the envelope (docs/observability.md).
        EventEnvelope envelope = EventEnvelope.create(source, type, key, schemaVersion, now, payload)
                .withTraceparent(tracing.currentTraceparent());
        em.createNativeQuery("""
                        insert into outbox_event (id, topic, event_key, event_type, payload, created_at)
                        values (:id, :topic, :key, :type, :payload, :createdAt)""")
                .setParameter("id", UUID.fromString(envelope.id()))
                .setParameter("topic", topic)
                .setParameter("key", key)
                .setParameter("type", type)
                .setParameter("payload", codec.write(envelope))
                .setParameter("createdAt", now)
                .executeUpdate();
        relay.wakeAfterCommit();
        return envelope;
    }

    /**
     * Writes a record that is not a new event (a dead letter: the original record's value, with its reason and
     * origin in {@code headers}) to the outbox in the caller's transaction; the relay publishes it as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueRecord(String topic, String key, String type, String value, Map<String, String> headers) {
        String headerJson;
        try {
            headerJson = codec.mapper().writeValueAsString(headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise record headers", e);
        }
        em.createNativeQuery("""
                        insert into outbox_event (id, topic, event_key, event_type, payload, created_at, headers)
                        values (:id, :topic, :key, :type, :payload, :createdAt, :headers)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("topic", topic)
                .setParameter("key", key == null ? "" : key)
                .setParameter("type", type)
                .setParameter("payload", value)
                .setParameter("createdAt", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter("headers", headerJson)
                .executeUpdate();
        relay.wakeAfterCommit();
    }
}
