package vn.cchc.shared.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransientRetryTest {

    private static RuntimeException wrapped(String sqlState) {
        return new IllegalStateException(
                "commit failed",
                new RuntimeException("JDBC exception", new SQLException("ERROR: deadlock detected", sqlState)));
    }

    @Test
    void aDeadlockedTransactionRunsAgainUntilItSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        String result = TransientRetry.call(4, 1, () -> {
            if (calls.incrementAndGet() < 3) {
                throw wrapped("40P01");
            }
            return "committed";
        });
        assertEquals("committed", result);
        assertEquals(3, calls.get());
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheDatabaseError() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException failure = wrapped("40001");
        RuntimeException thrown = assertThrows(
                RuntimeException.class,
                () -> TransientRetry.call(3, 1, () -> {
                    calls.incrementAndGet();
                    throw failure;
                }));
        assertSame(failure, thrown);
        assertEquals(3, calls.get());
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(
                RuntimeException.class,
                () -> TransientRetry.call(4, 1, () -> {
                    calls.incrementAndGet();
                    throw wrapped("23505"); // a unique violation is an answer, not bad luck
                }));
        assertEquals(1, calls.get());
        assertNull(TransientRetry.transientState(new IllegalArgumentException("bad input")));
        assertEquals("40P01", TransientRetry.transientState(wrapped("40P01")));
    }
}
