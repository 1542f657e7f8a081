package vn.cchc.shared.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The event backlog of this service's database, refreshed in the background every
 * {@code cchc.metrics.refresh-interval} and read by scrapes from memory (docs/observability.md):
 *
 * <ul>
 *   <li>{@code cchc_outbox_pending}: outbox rows not yet published (counted through the partial index
 *       {@code outbox_event_pending}, at most {@value #COUNT_CAP});
 *   <li>{@code cchc_outbox_oldest_pending_age_seconds}: age of the oldest unpublished row, 0 when none (one index
 *       entry);
 *   <li>{@code cchc_dead_letters_pending}: dead letters not replayed yet (table {@code dead_letter}, at most
 *       {@value #COUNT_CAP}).
 * </ul>
 *
 * Each query runs in its own short transaction with a statement timeout; a failure makes that gauge NaN.
 * Every instance reports the same database-wide values: aggregate them with {@code max}.
 */
@Startup
@ApplicationScoped
public class BacklogGauges {

    static final int COUNT_CAP = 1_000_000;
    private static final String TIMEOUT = "set local statement_timeout = '5s'";

    private final EntityManager em;
    private final CachedGauge outboxPending;
    private final CachedGauge outboxOldestAge;
    private final CachedGauge deadLettersPending;

    public BacklogGauges(EntityManager em, MeterRegistry registry) {
        this.em = em;
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
        outboxPending.refresh(() -> count("select 1 from outbox_event where sent_at is null"));
        outboxOldestAge.refresh(() -> inTransaction(() -> {
            List<?> rows = em.createNativeQuery("""
                            select greatest(0, extract(epoch from (now() - created_at)))
                            from outbox_event where sent_at is null order by seq limit 1""").getResultList();
            return rows.isEmpty() ? 0.0 : ((Number) rows.get(0)).doubleValue();
        }));
        deadLettersPending.refresh(() -> count("select 1 from dead_letter where replayed_at is null"));
    }

    private Number count(String rowsSql) {
        return inTransaction(
                () -> (Number) em.createNativeQuery("select count(*) from (" + rowsSql + " limit " + COUNT_CAP + ") r")
                        .getSingleResult());
    }

    private Number inTransaction(java.util.function.Supplier<Number> query) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery(TIMEOUT).executeUpdate();
            return query.get();
        });
    }
}
