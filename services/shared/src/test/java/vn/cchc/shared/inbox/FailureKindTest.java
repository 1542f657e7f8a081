package vn.cchc.shared.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.event.MalformedEventException;

class FailureKindTest {

    static RuntimeException wrapped(Throwable cause) {
        return new jakarta.persistence.PersistenceException("could not execute statement", cause);
    }

    @Test
    void anUnreachableOrBusyDatabaseIsTransient() {
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(wrapped(new SQLTransientConnectionException("pool"))));
        for (String state : new String[] {"08006", "57P01", "57P03", "40001", "40P01", "55P03", "53300", "58030"}) {
            assertEquals(FailureKind.TRANSIENT, FailureKind.of(wrapped(new SQLException("x", state))), state);
        }
        assertEquals(
                FailureKind.TRANSIENT,
                FailureKind.of(new IllegalStateException(new java.util.concurrent.TimeoutException())));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(new jakarta.persistence.OptimisticLockException("v")));
    }

    @Test
    void anInvalidRecordIsPermanent() {
        assertEquals(FailureKind.PERMANENT, FailureKind.of(new MalformedEventException("no code", null)));
        assertEquals(FailureKind.PERMANENT, FailureKind.of(wrapped(new MalformedEventException("bad", null))));
    }

    @Test
    void anythingElseIsUnexpected() {
        assertEquals(FailureKind.UNEXPECTED, FailureKind.of(new NullPointerException()));
        assertEquals(FailureKind.UNEXPECTED, FailureKind.of(wrapped(new SQLException("dup", "23505"))));
        assertEquals(FailureKind.UNEXPECTED, FailureKind.of(new IllegalArgumentException("outside 2026")));
    }
}
