package vn.cchc.gateway.ratelimit;

/** Outcome of taking one token: allowed, or refused with the seconds to wait (≥ 1) for the next token. */
public record RateLimitDecision(boolean allowed, long remaining, long retryAfterSeconds) {

    public static final RateLimitDecision UNLIMITED = new RateLimitDecision(true, Long.MAX_VALUE, 0);

    static long secondsToWait(long nanos) {
        long seconds = (nanos + 999_999_999L) / 1_000_000_000L;
        return Math.max(1, seconds);
    }
}
