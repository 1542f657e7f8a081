package vn.cchc.shared.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.shared.inbox.DeadLetterBacklog;
import vn.cchc.shared.outbox.OutboxBacklog;

/**
 * The event backlog of this service's database, refreshed in the background every
 * {@code cchc.metrics.refresh-interval} and read by scrapes from memory (docs/observability.md):
 *
 * <ul>
 *   <li>{@code cchc_outbox_pending}: outbox rows not yet published (through the partial index
 *       {@code outbox_event_pending}, counted up to {@value #COUNT_CAP});
 *   <li>{@code cchc_outbox_oldest_pending_age_seconds}: age of the oldest unpublished row, 0 when none;
 *   <li>{@code cchc_dead_letters_pending}: dead letters not replayed yet (counted up to {@value #COUNT_CAP}).
 * </ul>
 *
 * Each query runs in its own short transaction with a statement timeout; a failure makes that gauge NaN.
 * Every instance reports the same database-wide values: aggregate them with {@code max}.
 */
@Startup
@ApplicationScoped
public class BacklogGauges {

    static final int COUNT_CAP = 1_000_000;

    private final OutboxBacklog outbox;
    private final DeadLetterBacklog deadLetters;
    private final CachedGauge outboxPending;
    private final CachedGauge outboxOldestAge;
    private final CachedGauge deadLettersPending;

    public BacklogGauges(OutboxBacklog outbox, DeadLetterBacklog deadLetters, MeterRegistry registry) {
        this.outbox = outbox;
        this.deadLetters = deadLetters;
        this.outboxPending = CachedGauge.register(
                registry, "cchc.outbox.pending", "Outbox events not yet published to Kafka", Tags.empty());
        this.outboxOldestAge = CachedGauge.register(
                registry,
                "cchc.outbox.oldest.pending.age.seconds",
                "Age of the oldest outbox event not yet published (0 when none)",
                Tags.empty());
        this.deadLettersPending = CachedGauge.register(
                registry, "cchc.dead.letters.pending", "Dead letters not replayed yet", Tags.empty());
    }

    @Scheduled(
            every = "${cchc.metrics.refresh-interval:15s}",
            delayed = "${cchc.metrics.initial-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void refresh() {
        outboxPending.refresh(() -> outbox.pending(COUNT_CAP));
        outboxOldestAge.refresh(outbox::oldestPendingAgeSeconds);
        deadLettersPending.refresh(() -> deadLetters.pending(COUNT_CAP));
    }
}
