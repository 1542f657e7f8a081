package vn.cchc.shared.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Runs a scheduled job on one instance of a service at a time, however many instances run: the run holds a
 * PostgreSQL session advisory lock named after the job ({@code pg_try_advisory_lock(classid, objid)}, classid
 * {@link #JOB_LOCK_CLASS}, objid the name's {@link String#hashCode()}) on a connection of its own for its whole
 * duration, so a job made of several transactions (batches, one message per transaction) is covered. Another
 * instance whose tick comes meanwhile skips that tick; a run ends by unlocking, and an instance that dies loses its
 * session, and with it the lock, at once. The database of the service is the only thing shared: no extra store,
 * nothing to configure (docs/adr/0009-scale-out.md).
 *
 * <p>Call it from outside any transaction (the {@code @Scheduled} method itself, not a {@code @Transactional} one).
 */
@ApplicationScoped
public class ClusterLock {

    /** The classid of every job lock ("CCHJ"); the two-int key space does not overlap the one-bigint key space. */
    public static final int JOB_LOCK_CLASS = 0x4343484A;

    private static final Logger LOG = Logger.getLogger(ClusterLock.class);

    private final DataSource dataSource;

    public ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} unless another instance runs job {@code job} right now; yields whether it ran. */
    public boolean runExclusively(String job, Runnable work) {
        return callExclusively(job, () -> {
                    work.run();
                    return Boolean.TRUE;
                })
                != null;
    }

    /**
     * Calls {@code work} unless another instance runs job {@code job} right now (or the database cannot be
     * reached); yields its result, or null when it did not run.
     */
    public <T> T callExclusively(String job, Supplier<T> work) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            LOG.warnf("job %s skipped: no database connection (%s)", job, e.getMessage());
            return null;
        }
        try (connection) {
            if (!lock(connection, "select pg_try_advisory_lock(?, ?)", job)) {
                LOG.debugf("job %s skipped: it runs on another instance", job);
                return null;
            }
            try {
                return work.get();
            } finally {
                if (!lock(connection, "select pg_advisory_unlock(?, ?)", job)) {
                    LOG.warnf("job %s: its lock was not held any more when the run ended", job);
                }
            }
        } catch (SQLException e) {
            LOG.warnf("job %s: advisory lock failed (%s)", job, e.getMessage());
            return null;
        }
    }

    private static boolean lock(Connection connection, String sql, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, JOB_LOCK_CLASS);
            statement.setInt(2, job.hashCode());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
