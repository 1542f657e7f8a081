package vn.cchc.dossiers.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The guessing client is throttled, never the dossier; memory stays bounded. */
class TrackingThrottleTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-05T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovingClock clock = new MovingClock();
    final TrackingThrottle throttle = new TrackingThrottle(clock);

    @Test
    void fiveWrongGuessesBlockOnlyTheGuessingClientOnThatCode() {
        for (int i = 0; i < TrackingThrottle.MAX_PER_CODE; i++) {
            assertEquals(0, throttle.retryAfterSeconds("10.0.0.66", "H99.X01-261205-0001"));
            throttle.failed("10.0.0.66", "H99.X01-261205-0001");
        }
        assertEquals(15 * 60, throttle.retryAfterSeconds("10.0.0.66", "H99.X01-261205-0001"));
        assertEquals(
                0, throttle.retryAfterSeconds("10.0.0.7", "H99.X01-261205-0001"), "the owner elsewhere is answered");
        assertEquals(
                0,
                throttle.retryAfterSeconds("10.0.0.66", "H99.X01-261205-0002"),
                "another code, under the client limit");
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertEquals(5 * 60, throttle.retryAfterSeconds("10.0.0.66", "H99.X01-261205-0001"), "Retry-After counts down");
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertEquals(0, throttle.retryAfterSeconds("10.0.0.66", "H99.X01-261205-0001"), "the window is over");
    }

    @Test
    void aClientGuessingAcrossCodesIsStoppedToo() {
        for (int i = 0; i < TrackingThrottle.MAX_PER_CLIENT; i++) {
            throttle.failed("10.0.0.66", "CODE-" + i);
        }
        assertTrue(throttle.retryAfterSeconds("10.0.0.66", "CODE-NEW") > 0);
        assertEquals(0, throttle.retryAfterSeconds("10.0.0.67", "CODE-NEW"));
    }

    @Test
    void aRightAnswerClearsTheCodeButNotTheClientsTotal() {
        for (int i = 0; i < TrackingThrottle.MAX_PER_CODE - 1; i++) {
            throttle.failed("10.0.0.8", "C1");
        }
        throttle.succeeded("10.0.0.8", "C1");
        throttle.failed("10.0.0.8", "C1");
        assertEquals(0, throttle.retryAfterSeconds("10.0.0.8", "C1"), "counting starts again on the code");
    }

    @Test
    void inventedCodesDoNotGrowMemoryWithoutBound() {
        for (int i = 0; i < 3 * TrackingThrottle.MAX_ENTRIES; i++) {
            throttle.failed("10.1." + (i % 250) + "." + (i / 250 % 250), "INVENTED-" + i);
        }
        assertTrue(throttle.size() <= 2 * TrackingThrottle.MAX_ENTRIES, "entries: " + throttle.size());
        clock.now = clock.now.plus(TrackingThrottle.WINDOW).plusSeconds(1);
        assertEquals(0, throttle.size(), "everything expires after the window");
    }

    @Test
    void longCodesAreCutInTheKey() {
        String huge = "X".repeat(5000);
        for (int i = 0; i < TrackingThrottle.MAX_PER_CODE; i++) {
            throttle.failed("10.0.0.9", huge);
        }
        assertTrue(throttle.retryAfterSeconds("10.0.0.9", huge) > 0);
    }
}
