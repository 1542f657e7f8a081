package vn.cchc.dossiers.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.cchc.dossiers.repository.DailyStatRepository;

/**
 * Moves the counters appended by single transitions (dossier_stat_pending, V14) into dossier_daily_stat and, through
 * its trigger, the rollups: every {@code cchc.stats.fold-interval}, at most {@code cchc.stats.fold-batch} rows per
 * transaction and {@code cchc.stats.fold-max-batches} transactions per run (bounded work; what is left waits for the
 * next run, and the reports count it meanwhile). Rows are taken with SKIP LOCKED, so instances of the service fold
 * side by side without waiting for each other and without a cluster lock.
 */
@ApplicationScoped
public class StatsFolder {

    private static final Logger LOG = Logger.getLogger(StatsFolder.class);

    private final DailyStatRepository stats;
    private final int batch;
    private final int maxBatches;

    public StatsFolder(
            DailyStatRepository stats,
            @ConfigProperty(name = "cchc.stats.fold-batch", defaultValue = "5000") int batch,
            @ConfigProperty(name = "cchc.stats.fold-max-batches", defaultValue = "20") int maxBatches) {
        this.stats = stats;
        this.batch = batch;
        this.maxBatches = maxBatches;
    }

    @Scheduled(
            every = "{cchc.stats.fold-interval}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            foldAll();
        } catch (RuntimeException e) {
            LOG.warnf("counters not folded (will try again): %s", e.toString());
        }
    }

    /**
     * Folds until nothing is pending or {@code cchc.stats.fold-max-batches} batches were moved, the report counters
     * (V14) and then the open dossiers per due day (V20); returns the rows moved.
     */
    public int foldAll() {
        return drain(this::foldOnce) + drain(this::foldOpenDueOnce);
    }

    /** Runs {@code batchFold} until a batch is not full or {@code cchc.stats.fold-max-batches} ran; the rows moved. */
    private int drain(java.util.function.IntSupplier batchFold) {
        int total = 0;
        for (int i = 0; i < maxBatches; i++) {
            int n = batchFold.getAsInt();
            total += n;
            if (n < batch) {
                break;
            }
        }
        return total;
    }

    /** One transaction of the open dossiers per due day (V20): at most {@code cchc.stats.fold-batch} appends. */
    @Transactional
    public int foldOpenDueOnce() {
        return stats.foldOpenDue(batch);
    }

    /** One transaction: at most {@code cchc.stats.fold-batch} rows. */
    @Transactional
    public int foldOnce() {
        return stats.fold(batch, StatsRecorder.counters());
    }
}
