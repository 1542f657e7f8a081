package vn.cchc.shared.inbox;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;
import vn.cchc.shared.event.MalformedEventException;
import vn.cchc.shared.problem.DatabaseFailures;

/**
 * Sorts a failure to apply an event. Transient: the database or broker cannot be reached or timed out, a deadlock,
 * a serialization failure, a lock or statement timeout, a concurrent update — trying again later succeeds, so the
 * consumer retries without limit and never dead-letters. Permanent: the record can never be applied as it is (not an
 * envelope, an invalid payload) — dead-lettered at once. Unexpected: anything else (a bug, a constraint the data
 * breaks) — retried a few times, then dead-lettered with the reason, to be replayed once fixed.
 */
public enum FailureKind {
    TRANSIENT,
    PERMANENT,
    UNEXPECTED;

    public static FailureKind of(Throwable failure) {
        if (DatabaseFailures.classify(failure) == DatabaseFailures.Kind.UNAVAILABLE) {
            return TRANSIENT;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MalformedEventException) {
                return PERMANENT;
            }
            if (t instanceof SQLTransientException
                    || t instanceof TimeoutException
                    || t instanceof java.net.SocketTimeoutException
                    || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.StaleStateException
                    || t instanceof jakarta.persistence.QueryTimeoutException) {
                return TRANSIENT;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 40001 serialization failure, 40P01 deadlock, 55P03 lock not available, 53xxx insufficient
                // resources, 58xxx system error (I/O), 08xxx connection, 57xxx operator intervention (restart)
                if (state.startsWith("40")
                        || state.equals("55P03")
                        || state.startsWith("53")
                        || state.startsWith("58")
                        || state.startsWith("08")
                        || state.startsWith("57")) {
                    return TRANSIENT;
                }
            }
        }
        return UNEXPECTED;
    }
}
