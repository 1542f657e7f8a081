package vn.cchc.shared.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.cchc.shared.jobs.ClusterLock;

/**
 * Keeps {@code inbox_event} bounded when {@code cchc.inbox.retention} is set (off by default): the ids of events
 * applied longer ago are deleted, in batches of {@code cchc.inbox.purge-batch} rows, each its own transaction, once
 * across the instances of the service ({@link ClusterLock}).
 *
 * <p>Why off by default: an id is needed as long as its event can be read again. Normally that is seconds (a record
 * whose offset is not committed yet), but a consumer group that stays empty longer than the broker's
 * {@code offsets.retention.minutes} (7 days by default) loses its offsets and, with {@code auto.offset.reset=earliest}
 * and topics kept forever, reads every topic again from the start: only the inbox then keeps old events from being
 * applied twice. Set the retention only together with a broker offsets retention shorter than it (ADR 0006,
 * docs/operations.md). A rebuild ({@code cchc rebuild}) empties the inbox together with the read models, and a dead
 * letter is an event that was not applied, so neither needs old ids.
 */
@ApplicationScoped
public class InboxPurge {

    private static final Logger LOG = Logger.getLogger(InboxPurge.class);

    private final EntityManager em;
    private final Clock clock;
    private final ClusterLock clusterLock;
    private final Optional<Duration> retention;
    private final int batch;

    public InboxPurge(
            EntityManager em,
            Clock clock,
            ClusterLock clusterLock,
            @ConfigProperty(name = "cchc.inbox.retention") Optional<Duration> retention,
            @ConfigProperty(name = "cchc.inbox.purge-batch", defaultValue = "10000") int batch) {
        if (retention.isPresent() && retention.get().compareTo(Duration.ofDays(8)) < 0) {
            throw new IllegalArgumentException("cchc.inbox.retention must be longer than the broker's offsets retention"
                    + " (7 days by default): at least 8 days, got " + retention.get());
        }
        if (batch < 1 || batch > 100_000) {
            throw new IllegalArgumentException("cchc.inbox.purge-batch must be 1 to 100000, got " + batch);
        }
        this.em = em;
        this.clock = clock;
        this.clusterLock = clusterLock;
        this.retention = retention;
        this.batch = batch;
    }

    @Scheduled(every = "1h", delayed = "2m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (retention.isEmpty()) {
            return;
        }
        clusterLock.runExclusively("inbox.purge", this::purge);
    }

    /** Deletes the expired ids, batch by batch, and returns how many (0 when no retention is set). */
    public long purge() {
        if (retention.isEmpty()) {
            return 0;
        }
        OffsetDateTime before = OffsetDateTime.now(clock).minus(retention.get());
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery("""
                                    delete from inbox_event where ctid in (
                                        select ctid from inbox_event where applied_at < :before limit :batch)""")
                            .setParameter("before", before)
                            .setParameter("batch", batch)
                            .executeUpdate());
            total += deleted;
        } while (deleted == batch);
        if (total > 0) {
            LOG.infof("inbox: removed %d applied event id(s) older than %s", total, retention.get());
        }
        return total;
    }
}
