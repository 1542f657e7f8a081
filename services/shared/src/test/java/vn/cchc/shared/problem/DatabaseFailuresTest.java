package vn.cchc.shared.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void connectionFailuresAreUnavailableAndDataExceptionsAreBadInput() {
        assertEquals(
                DatabaseFailures.Kind.UNAVAILABLE,
                DatabaseFailures.classify(new RuntimeException(new SQLException("Connection refused", "08001"))));
        assertEquals(
                DatabaseFailures.Kind.UNAVAILABLE,
                DatabaseFailures.classify(
                        new SQLException("terminating connection due to administrator command", "57P01")));
        assertEquals(
                DatabaseFailures.Kind.UNAVAILABLE,
                DatabaseFailures.classify(new SQLException("Sorry, acquisition timeout!")));
        assertEquals(
                DatabaseFailures.Kind.DATA_OUT_OF_RANGE,
                DatabaseFailures.classify(new RuntimeException(new SQLException("numeric field overflow", "22003"))));
        assertEquals(
                DatabaseFailures.Kind.DATA_OUT_OF_RANGE,
                DatabaseFailures.classify(
                        new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        assertEquals(DatabaseFailures.Kind.OTHER, DatabaseFailures.classify(new IllegalStateException("bug")));
        assertEquals(DatabaseFailures.Kind.OTHER, DatabaseFailures.classify(new SQLException("syntax", "42601")));
    }
}
