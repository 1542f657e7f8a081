package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NotificationTest {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 22, 8, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void failedSendsBackOffAndGiveUpAfterEightAttempts() {
        Notification n = new Notification(1L, "SMS", "0912345678", "RECEIPT", "s", "b", T0);
        n.failed("gateway down", T0);
        assertEquals("PENDING", n.getStatus());
        assertEquals(1, n.getAttempts());
        for (int i = 2; i <= Notification.MAX_ATTEMPTS; i++) {
            n.failed("gateway down", T0);
        }
        assertEquals("FAILED", n.getStatus());
        assertEquals(8, n.getAttempts());
    }

    @Test
    void aSentMessageIsDone() {
        Notification n = new Notification(1L, "EMAIL", "a@b.vn", "RESULT", "s", "b", T0);
        n.failed("timeout", T0);
        n.sent(T0.plusMinutes(1));
        assertEquals("SENT", n.getStatus());
        assertEquals(2, n.getAttempts());
    }
}
