package vn.cchc.shared.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;
import vn.cchc.shared.jobs.ClusterLock;

/**
 * Deletes expired {@code Idempotency-Key} answers, on one instance at a time ({@link ClusterLock}), in bounded
 * batches (one transaction each) so a large backlog never holds a long transaction.
 */
@ApplicationScoped
public class IdempotencyPurge {

    static final int BATCH = 5_000;
    static final int MAX_BATCHES_PER_RUN = 100;

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final IdempotencyKeys keys;
    private final ClusterLock lock;
    private final Clock clock;

    public IdempotencyPurge(IdempotencyKeys keys, ClusterLock lock, Clock clock) {
        this.keys = keys;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(
            every = "${cchc.idempotency.purge-every:1h}",
            delayed = "2m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        lock.runExclusively("idempotency-purge", this::purge);
    }

    /** Deletes the expired rows; yields how many. */
    public int purge() {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            int deleted = QuarkusTransaction.requiringNew().call(() -> keys.deleteExpired(now, BATCH));
            total += deleted;
            if (deleted < BATCH) {
                break;
            }
        }
        if (total > 0) {
            LOG.infof("idempotency keys purged: %d expired", total);
        }
        return total;
    }
}
