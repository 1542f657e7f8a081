package vn.cchc.shared.lifecycle;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Graceful shutdown (docs/operations.md § Graceful shutdown): the work that needs the database stops before the
 * database does.
 *
 * <p>Quarkus closes Hibernate before the messaging connector stops polling and before the scheduler stops. Seen on the
 * local stack (SIGTERM to a service): records taken during shutdown (a rebalance hands back the uncommitted ones)
 * failed with "EntityManagerFactory is closed", were retried and reached the channel's failure strategy; the outbox
 * relay and the notification job ran a tick against a closed EntityManager. So:
 *
 * <ul>
 *   <li>when shutdown begins (the shutdown delay; or the shutdown itself when there is no delay) every Kafka consumer
 *       of the service pauses its partitions: no new record is taken, the records already taken finish while the
 *       database is open. The offsets of the records applied are committed when the connector closes; a record applied
 *       but not committed is delivered again after the restart and skipped by the inbox;
 *   <li>when the HTTP requests have drained ({@link ShutdownEvent}, first observer) the scheduler pauses: no job (outbox
 *       relay, watches, retries) starts a new tick. Rows the relay has not published stay pending for the next instance.
 * </ul>
 */
@ApplicationScoped
public class ShutdownOrder {

    private static final Logger LOG = Logger.getLogger(ShutdownOrder.class);
    private static final Duration PAUSE_WAIT = Duration.ofSeconds(2);
    /** How long shutdown lets a scheduled job already running finish (each job's tick is one bounded batch). */
    private static final Duration JOB_DRAIN = Duration.ofSeconds(3);

    private final KafkaClientService clients;
    private final Scheduler scheduler;
    private final AtomicBoolean consumersPaused = new AtomicBoolean();

    public ShutdownOrder(KafkaClientService clients, Scheduler scheduler) {
        this.clients = clients;
        this.scheduler = scheduler;
    }

    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        pauseConsumers("shutdown delay");
    }

    void onShutdown(@Observes @Priority(1) ShutdownEvent event) {
        pauseConsumers("shutdown");
        if (scheduler.isRunning()) {
            scheduler.pause();
            LOG.info("shutdown: scheduler paused; no scheduled job starts again");
            // Pausing does not wait for a job already running (a CI run saw the notification job's tick fail with
            // "EntityManager is closed"): give it a bounded moment to end while the database is still open.
            drainRunningJobs();
        }
    }

    /** Pauses every partition of every consumer of this service, once; returns how many consumers it paused. */
    int pauseConsumers(String when) {
        if (!consumersPaused.compareAndSet(false, true)) {
            return 0;
        }
        int count = 0;
        for (String channel : clients.getConsumerChannels()) {
            for (KafkaConsumer<Object, Object> consumer : clients.<Object, Object>getConsumers(channel)) {
                try {
                    consumer.pause().await().atMost(PAUSE_WAIT);
                    count++;
                } catch (RuntimeException e) {
                    LOG.warnf("%s: could not pause the consumer of channel %s: %s", when, channel, e.getMessage());
                }
            }
        }
        LOG.infof("%s: paused %d Kafka consumer(s); no new record is taken", when, count);
        return count;
    }

    private static void drainRunningJobs() {
        try {
            Thread.sleep(JOB_DRAIN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
