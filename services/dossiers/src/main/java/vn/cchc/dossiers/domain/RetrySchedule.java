package vn.cchc.dossiers.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed webhook delivery is tried again: the n-th failure waits the n-th delay of the schedule (by default
 * 30 s, 2 min, 10 min, 1 h, 3 h, 6 h, 12 h: about 22 h in all) plus up to 10 % jitter, so receivers coming back
 * after an outage are not hit by every delivery at once; after the last delay the delivery is given up (FAILED).
 */
public record RetrySchedule(List<Duration> delays) {

    public static final RetrySchedule DEFAULT = parse("PT30S,PT2M,PT10M,PT1H,PT3H,PT6H,PT12H");

    public RetrySchedule {
        if (delays == null || delays.isEmpty() || delays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("a retry schedule needs at least one positive delay");
        }
        delays = List.copyOf(delays);
    }

    /** {@code "PT30S,PT2M"} (ISO-8601 durations, comma separated). */
    public static RetrySchedule parse(String text) {
        return new RetrySchedule(List.of(text.split(" *, *")).stream()
                .map(String::trim)
                .map(Duration::parse)
                .toList());
    }

    /** Attempts in all: the first one and one per delay. */
    public int maxAttempts() {
        return delays.size() + 1;
    }

    /**
     * The wait after the {@code failures}-th failed attempt since the delivery was queued (1 = the first), with
     * jitter from {@code random} (0 to 1); empty when it is given up.
     */
    public Optional<Duration> after(int failures, DoubleSupplier random) {
        if (failures < 1 || failures > delays.size()) {
            return Optional.empty();
        }
        Duration base = delays.get(failures - 1);
        long jitter = (long) (base.toMillis() * 0.1 * Math.max(0, Math.min(1, random.getAsDouble())));
        return Optional.of(base.plusMillis(jitter));
    }
}
