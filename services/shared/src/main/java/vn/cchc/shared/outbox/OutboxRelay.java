package vn.cchc.shared.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.cchc.shared.event.EventTracing;

/**
 * Publishes committed outbox rows to Kafka in order, waiting for the broker's acknowledgement
 * before marking a row sent. When the broker is down the rows stay pending and are retried on
 * the next tick: nothing is lost, and an event may be published more than once (consumers are
 * idempotent). {@code FOR UPDATE SKIP LOCKED} lets several instances run side by side.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager em;
    private final MutinyEmitter<String> emitter;
    private final Clock clock;
    private final EventTracing tracing;
    private final int batchSize;
    private final Duration sendTimeout;

    public OutboxRelay(
            EntityManager em,
            @Channel("cchc-outbox") MutinyEmitter<String> emitter,
            Clock clock,
            EventTracing tracing,
            @ConfigProperty(name = "cchc.outbox.batch-size", defaultValue = "100") int batchSize,
            @ConfigProperty(name = "cchc.outbox.send-timeout", defaultValue = "PT15S") Duration sendTimeout) {
        this.em = em;
        this.emitter = emitter;
        this.clock = clock;
        this.tracing = tracing;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
    }

    @Scheduled(
            every = "${cchc.outbox.poll-interval:1s}",
            delayed = "${cchc.outbox.initial-delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // Not before start-up is complete: the Kafka channel is wired during start-up.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay tick failed: %s", e.getMessage());
        }
    }

    /** Publishes up to one batch of pending rows; returns how many were sent. */
    @Transactional
    public int relayPending() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                        select id, topic, event_key, event_type, payload from outbox_event
                        where sent_at is null order by seq limit :limit for update skip locked""").setParameter("limit", batchSize).getResultList();
        int sent = 0;
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            try {
                String topic = (String) row[1];
                String payload = (String) row[4];
                // Sent inside a PRODUCER span child of the request that wrote the event (docs/observability.md).
                tracing.inProducerSpan(
                        topic,
                        EventTracing.traceparentOf(payload),
                        () -> emitter.sendMessage(toMessage(topic, (String) row[2], (String) row[3], payload, id))
                                .await()
                                .atMost(sendTimeout));
            } catch (RuntimeException e) {
                // Keep order: stop at the first failure and retry from this row on the next tick.
                String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
                em.createNativeQuery(
                                "update outbox_event set attempts = attempts + 1, last_error = :err where id = :id")
                        .setParameter("err", reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                        .setParameter("id", id)
                        .executeUpdate();
                LOG.warnf("outbox event %s not published yet (%s); will retry", id, reason);
                break;
            }
            em.createNativeQuery("update outbox_event set sent_at = :now, attempts = attempts + 1 where id = :id")
                    .setParameter("now", OffsetDateTime.now(clock))
                    .setParameter("id", id)
                    .executeUpdate();
            sent++;
        }
        return sent;
    }

    /** Deletes rows published more than the retention period ago (the topic keeps the history). */
    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void purgeSent() {
        Duration retention = Duration.ofDays(7);
        em.createNativeQuery("delete from outbox_event where sent_at < :before")
                .setParameter("before", OffsetDateTime.now(clock).minus(retention))
                .executeUpdate();
    }

    private static Message<String> toMessage(String topic, String key, String type, String payload, UUID id) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic)
                .withKey(key)
                .addHeaders(
                        new org.apache.kafka.common.header.internals.RecordHeader(
                                "ce_id", id.toString().getBytes(StandardCharsets.UTF_8)),
                        new org.apache.kafka.common.header.internals.RecordHeader(
                                "ce_type", type.getBytes(StandardCharsets.UTF_8)))
                .build();
        // The connector's send span and the record's trace headers follow the current (producer) span.
        return Message.of(payload)
                .addMetadata(metadata)
                .addMetadata(TracingMetadata.withCurrent(io.opentelemetry.context.Context.current()));
    }
}
