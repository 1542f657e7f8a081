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
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>Throughput and lag (issue 16; docs/performance.md): a batch is handed to the producer at once and its
 * acknowledgements awaited together (the idempotent producer, {@code max.in.flight} ≤ 5, keeps the order of a
 * partition, hence of a key), and the rows are marked in one statement. A relay does not wait for its poll: the
 * transaction that writes an event wakes it after commit ({@link #wakeAfterCommit}), and it keeps draining while
 * batches come back full. The scheduled tick remains as the fallback for rows written by another instance or left by
 * a failure. When a send fails, the rows before it in {@code seq} order are marked sent, the rest stay pending and go
 * again (a record after the failed one may then reach the topic twice, never before an earlier record of its key
 * that was lost: the idempotent producer fails the later records of a partition with the earlier one).
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
    /** How long one wake-up or tick keeps draining full batches before it lets others have the lock. */
    private final Duration drainBudget;

    private final TransactionSynchronizationRegistry transactions;
    /** The one thread that drains after a commit woke the relay; wake-ups while it drains coalesce into one more. */
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay-waker");
        t.setDaemon(true);
        return t;
    });

    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final AtomicLong wakeDrains = new AtomicLong();
    private final AtomicLong failedDrains = new AtomicLong();
    private volatile boolean running;
    private volatile boolean stopping;

    public OutboxRelay(
            EntityManager em,
            ClusterLock clusterLock,
            ObjectMapper mapper,
            @Channel("cchc-outbox") MutinyEmitter<String> emitter,
            Clock clock,
            EventTracing tracing,
            @ConfigProperty(name = "cchc.outbox.batch-size", defaultValue = "250") int batchSize,
            @ConfigProperty(name = "cchc.outbox.send-timeout", defaultValue = "PT15S") Duration sendTimeout,
            @ConfigProperty(name = "cchc.outbox.drain-budget", defaultValue = "PT2S") Duration drainBudget,
            TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.clusterLock = clusterLock;
        this.mapper = mapper;
        this.emitter = emitter;
        this.clock = clock;
        this.tracing = tracing;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.drainBudget = drainBudget;
        this.transactions = transactions;
    }

    void started(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        running = true;
    }

    /**
     * Called inside the transaction that writes an outbox row: once it commits, the relay drains at once instead of
     * waiting for its next tick. Registered once per transaction.
     */
    public void wakeAfterCommit() {
        if (transactions.getResource(OutboxRelay.class) != null) {
            return;
        }
        transactions.putResource(OutboxRelay.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wake();
                }
            }
        });
    }

    /** How many drains a commit has started (for tests and the benchmark's explanation). */
    public long wakeDrains() {
        return wakeDrains.get();
    }

    /** How many drains or ticks failed (their batch stayed pending and goes again): for tests. */
    public long failedDrains() {
        return failedDrains.get();
    }

    private void wake() {
        if (!running || stopping || !wakeRequested.compareAndSet(false, true)) {
            return;
        }
        try {
            waker.execute(() -> {
                wakeRequested.set(false);
                wakeDrains.incrementAndGet();
                // The waker may wait for a running tick: that tick may have read the outbox before our commit.
                drainHoldingLock(sendTimeout.toMillis() + 2_000, "drain");
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            wakeRequested.set(false); // shutting down: the rows stay pending
        }
    }

    /** Relays batch after batch while they come back full, within the drain budget. */
    private void drain() {
        long deadline = System.nanoTime() + drainBudget.toNanos();
        while (!stopping && relayPending() == batchSize && System.nanoTime() < deadline) {
            // a full batch: there may be more
        }
    }

    @Scheduled(
            every = "${cchc.outbox.poll-interval:1s}",
            delayed = "${cchc.outbox.initial-delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // Not before start-up is complete: the Kafka channel is wired during start-up.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        drainHoldingLock(0, "tick");
    }

    /**
     * Drains while holding the relay's lock (one drain at a time on this instance), unless the instance is stopping.
     * Waits up to {@code waitMillis} for the lock (0: gives up at once when another drain holds it).
     */
    private void drainHoldingLock(long waitMillis, String what) {
        try {
            if (stopping || !ticking.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            if (!stopping) {
                drain();
            }
        } catch (RuntimeException e) {
            failedDrains.incrementAndGet();
            LOG.warnf("outbox relay %s failed: %s", what, e.getMessage());
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
        waker.shutdown();
        try {
            if (ticking.tryLock(sendTimeout.toMillis() + 2_000, TimeUnit.MILLISECONDS)) {
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
        // Hand the whole batch to the producer, then await the acknowledgements in seq order. The sends run with this
        // transaction suspended: the Kafka connector completes them on its own threads, and a transaction context
        // carried there (context propagation) left Narayana committing with another thread still associated: the
        // commit then failed ("Enlisted connection used without active transaction"), the batch stayed pending and
        // went out again on the next drain. The rows stay locked (FOR UPDATE, advisory lock) while suspended.
        List<CompletableFuture<Void>> acks =
                QuarkusTransaction.suspendingExisting().call(() -> send(rows));
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        List<UUID> sentIds = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            UUID id = (UUID) rows.get(i)[0];
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sentIds.add(id);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                // Keep order: stop at the first failure and retry from this row on the next tick.
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
                em.createNativeQuery(
                                "update outbox_event set attempts = attempts + 1, last_error = :err where id = :id")
                        .setParameter("err", reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                        .setParameter("id", id)
                        .executeUpdate();
                LOG.warnf("outbox event %s not published yet (%s); will retry", id, reason);
                break;
            }
        }
        if (!sentIds.isEmpty()) {
            em.createNativeQuery("update outbox_event set sent_at = :now, attempts = attempts + 1 where id = any(:ids)")
                    .setParameter("now", OffsetDateTime.now(clock))
                    .setParameter("ids", sentIds.toArray(UUID[]::new))
                    .executeUpdate();
        }
        int sent = sentIds.size();
        return sent;
    }

    /** Hands each row to the producer; one completion per row, failed for a row that could not be handed over. */
    private List<CompletableFuture<Void>> send(List<Object[]> rows) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            String topic = (String) row[1];
            String payload = (String) row[4];
            CompletableFuture<Void> ack;
            try {
                Map<String, String> extra = headers(row[5]);
                // Sent inside a PRODUCER span child of the request that wrote the event (docs/observability.md).
                ack = tracing.inProducerSpan(
                        topic,
                        extra == null ? EventTracing.traceparentOf(payload) : null,
                        () -> emitter.sendMessage(
                                        toMessage(topic, (String) row[2], (String) row[3], payload, id, extra))
                                .subscribeAsCompletionStage());
            } catch (RuntimeException e) {
                ack = CompletableFuture.failedFuture(e);
            }
            acks.add(ack);
        }
        return acks;
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
