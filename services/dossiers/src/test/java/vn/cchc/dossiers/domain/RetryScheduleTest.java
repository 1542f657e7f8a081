package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = RetrySchedule.DEFAULT;

    @Test
    void backsOffExponentiallyAndGivesUpAfterAboutADay() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), schedule.after(1, () -> 0));
        assertEquals(Optional.of(Duration.ofMinutes(2)), schedule.after(2, () -> 0));
        assertEquals(Optional.of(Duration.ofMinutes(10)), schedule.after(3, () -> 0));
        assertEquals(Optional.of(Duration.ofHours(1)), schedule.after(4, () -> 0));
        assertEquals(Optional.of(Duration.ofHours(12)), schedule.after(7, () -> 0));
        assertEquals(Optional.empty(), schedule.after(8, () -> 0));
        assertEquals(8, schedule.maxAttempts());
        Duration total = schedule.delays().stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(
                total.compareTo(Duration.ofHours(20)) > 0 && total.compareTo(Duration.ofHours(26)) < 0,
                total.toString());
    }

    @Test
    void jitterAddsAtMostTenPercent() {
        assertEquals(Optional.of(Duration.ofSeconds(33)), schedule.after(1, () -> 1.0));
        assertEquals(Optional.of(Duration.ofMinutes(66)), schedule.after(4, () -> 1.0));
        assertEquals(Optional.of(Duration.ofMillis(31_500)), schedule.after(1, () -> 0.5));
    }

    @Test
    void parsesAndRejectsEmptyOrNonPositiveSchedules() {
        assertEquals(2, RetrySchedule.parse("PT1S, PT2S").delays().size());
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("PT0S"));
        assertThrows(RuntimeException.class, () -> RetrySchedule.parse(""));
    }

    @Test
    void aDeliveryEndsDeliveredOnA2xxAndFailedWhenTheScheduleIsSpent() {
        OffsetDateTime t = OffsetDateTime.parse("2026-12-06T08:00:00+07:00");
        var d = new TestDelivery();
        assertTrue(d.attempted(new WebhookDelivery.Outcome(500, null), t, schedule.after(1, () -> 0)));
        assertEquals(t.plusSeconds(30), d.getNextAttemptAt());
        assertTrue(d.attempted(new WebhookDelivery.Outcome(null, "timeout"), t, schedule.after(2, () -> 0)));
        assertEquals(false, d.attempted(new WebhookDelivery.Outcome(204, null), t, schedule.after(3, () -> 0)));
        assertEquals(WebhookDelivery.DELIVERED, d.getStatus());
        assertEquals(3, d.getAttempts());
        d.requeue(t);
        assertEquals(WebhookDelivery.PENDING, d.getStatus());
        assertEquals(0, d.getFailures());
        assertEquals(false, d.attempted(new WebhookDelivery.Outcome(302, null), t, Optional.empty()));
        assertEquals(WebhookDelivery.FAILED, d.getStatus());
    }

    private static final class TestDelivery extends WebhookDelivery {}
}
