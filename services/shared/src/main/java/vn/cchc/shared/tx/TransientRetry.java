package vn.cchc.shared.tx;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a unit of work that starts its own transaction again when PostgreSQL aborted it for a transient
 * reason — a deadlock (40P01) or a serialization failure (40001) — which happens when two transactions
 * update the same aggregate rows in different orders. The aborted transaction has rolled back entirely,
 * so running it again is safe; anything else is rethrown at once. Call it outside any transaction
 * (the REST layer), around a {@code @Transactional} use case.
 */
public final class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class);
    static final int ATTEMPTS = 4;

    private TransientRetry() {}

    public static <T> T call(Supplier<T> work) {
        return call(ATTEMPTS, 25, work);
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    static <T> T call(int attempts, long backoffMillis, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                String state = transientState(e);
                if (state == null || attempt >= attempts) {
                    throw e;
                }
                LOG.warnf(
                        "transaction aborted by the database (SQLState %s), attempt %d/%d; running it again",
                        state, attempt, attempts);
                sleep(backoffMillis * attempt + ThreadLocalRandom.current().nextLong(backoffMillis + 1));
            }
        }
    }

    /** The SQLState of a deadlock or serialization failure somewhere in the causes, else null. */
    static String transientState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to run a transaction again", e);
        }
    }
}
