package vn.cchc.shared.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.cchc.shared.event.EventTracing;
import vn.cchc.shared.jobs.ClusterLock;

/**
 * Publishes committed outbox rows to Kafka in order, waiting for the broker's acknowledgement
 * before marking a row sent. When the broker is down the rows stay pending and are retried on
 * the next tick: nothing is lost, and an event may be published more than once (consumers are
 * idempotent).
 *
 * <p>Several instances of a service share one outbox table. Only one of them relays at a time: each tick takes the
 * transaction-scoped advisory lock {@link #LOCK_KEY} first and does nothing when another instance holds it. Without it
 * two instances would each take a different batch ({@code SKIP LOCKED}) and the second batch's event for a key could
 * reach the topic before the first batch's earlier event for the same key (seen in the fault campaign: 4 of 872 keys).
 * With it the rows go out in {@code seq} order, which is commit order per key (a key's rows are written by
 * transactions that update the same aggregate row, so they commit one after the other).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock every instance's relay takes (pg_try_advisory_xact_lock): "cchc-outbox" in ASCII. */
    public static final long LOCK_KEY = 0x636368632d6f7574L;

    private final EntityManager em;
    private final MutinyEmitter<String> emitter;
    private final Clock clock;
    private final EventTracing tracing;
    private final int batchSize;
    private final Duration sendTimeout;
    private final ObjectMapper mapper;
    private final ClusterLock clusterLock;
    /** Held while a tick runs; shutdown waits for it so that the tick ends while the database is open. */
    private final java.util.concurrent.locks.ReentrantLock ticking = new java.util.concurrent.locks.ReentrantLock();

    private volatile boolean stopping;

    public OutboxRelay(
            EntityManager em,
            ClusterLock clusterLock,
            ObjectMapper mapper,
            @Channel("cchc-outbox") MutinyEmitter<String> emitter,
            Clock clock,
            EventTracing tracing,
            @ConfigProperty(name = "cchc.outbox.batch-size", defaultValue = "100") int batchSize,
            @ConfigProperty(name = "cchc.outbox.send-timeout", defaultValue = "PT15S") Duration sendTimeout) {
        this.em = em;
        this.clusterLock = clusterLock;
        this.mapper = mapper;
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
        if (stopping || !ticking.tryLock()) {
            return;
        }
        try {
            relayPending();
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay tick failed: %s", e.getMessage());
        } finally {
            ticking.unlock();
        }
    }

    /**
     * Shutdown (after the HTTP requests have drained, before Hibernate closes; ShutdownOrder pauses the scheduler
     * first): no tick starts again, and a tick under way (at most one batch, each send bounded by the send timeout)
     * finishes against an open database. The scheduler's pause alone does not wait for a running tick: a CI run saw a
     * tick fail with "EntityManager is closed" during a SIGTERM under load. Rows not yet published stay pending.
     */
    void onShutdown(
            @jakarta.enterprise.event.Observes @jakarta.annotation.Priority(2) io.quarkus.runtime.ShutdownEvent event) {
        stopping = true;
        try {
            if (ticking.tryLock(sendTimeout.toMillis() + 2_000, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                ticking.unlock();
            } else {
                LOG.warn("shutdown: the outbox relay's tick did not finish in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Publishes up to one batch of pending rows; returns how many were sent (0 when another instance relays). */
    @Transactional
    public int relayPending() {
        Boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY)
                .getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                        select id, topic, event_key, event_type, payload, headers from outbox_event
                        where sent_at is null order by seq limit :limit for update""").setParameter("limit", batchSize).getResultList();
        int sent = 0;
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            try {
                String topic = (String) row[1];
                String payload = (String) row[4];
                Map<String, String> extra = headers(row[5]);
                // Sent inside a PRODUCER span child of the request that wrote the event (docs/observability.md).
                tracing.inProducerSpan(
                        topic,
                        extra == null ? EventTracing.traceparentOf(payload) : null,
                        () -> emitter.sendMessage(
                                        toMessage(topic, (String) row[2], (String) row[3], payload, id, extra))
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

    /**
     * Deletes rows published more than the retention period ago (the topic keeps the history); once across the
     * instances of the service ({@link ClusterLock}).
     */
    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeSent() {
        clusterLock.runExclusively(
                "outbox.purge",
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("delete from outbox_event where sent_at < :before")
                                .setParameter(
                                        "before", OffsetDateTime.now(clock).minus(Duration.ofDays(7)))
                                .executeUpdate()));
    }

    private Map<String, String> headers(Object json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue((String) json, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox row with unreadable headers", e);
        }
    }

    private static Message<String> toMessage(
            String topic, String key, String type, String payload, UUID id, Map<String, String> extraHeaders) {
        var builder =
                OutgoingKafkaRecordMetadata.<String>builder().withTopic(topic).withKey(key);
        if (extraHeaders == null) {
            builder.addHeaders(header("ce_id", id.toString()), header("ce_type", type));
        } else {
            extraHeaders.forEach((name, value) -> builder.addHeaders(header(name, value)));
        }
        // The connector's send span and the record's trace headers follow the current (producer) span.
        return Message.of(payload)
                .addMetadata(builder.build())
                .addMetadata(TracingMetadata.withCurrent(io.opentelemetry.context.Context.current()));
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
