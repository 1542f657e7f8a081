package vn.cchc.dossiers.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Throttles the client that guesses, never the dossier: wrong (code, last 4 phone digits) pairs are counted per client
 * address and code ({@value #MAX_PER_CODE} per {@link #WINDOW}) and per client address over all codes
 * ({@value #MAX_PER_CLIENT}); a client over either limit is refused (429 with Retry-After) whatever it sends, so the
 * refusal says nothing about the pair. Other clients, the dossier's owner among them, are never affected by someone
 * else's guesses. Memory is bounded: at most {@value #MAX_ENTRIES} entries per map, each dropped
 * {@link #WINDOW} after its last change (Caffeine), so invented codes cannot grow it.
 */
@jakarta.inject.Singleton
public class TrackingThrottle {

    public static final int MAX_PER_CODE = 5;
    public static final int MAX_PER_CLIENT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final long MAX_ENTRIES = 50_000;

    /** Wrong answers counted since {@code since} (a fixed window from the first one). */
    private record Failures(int count, Instant since) {}

    private final Clock clock;
    private final Cache<String, Failures> byClient;
    private final Cache<String, Failures> byClientAndCode;

    public TrackingThrottle(Clock clock) {
        this.clock = clock;
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        this.byClient = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterWrite(WINDOW)
                .ticker(ticker)
                .build();
        this.byClientAndCode = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterWrite(WINDOW)
                .ticker(ticker)
                .build();
    }

    /** Seconds the client must wait before trying {@code code} again, or 0 when it may try now. */
    public long retryAfterSeconds(String client, String code) {
        Instant now = clock.instant();
        long wait = Math.max(
                wait(byClient.getIfPresent(client), MAX_PER_CLIENT, now),
                wait(byClientAndCode.getIfPresent(key(client, code)), MAX_PER_CODE, now));
        return wait;
    }

    /** A wrong pair from {@code client}. */
    public void failed(String client, String code) {
        Instant now = clock.instant();
        byClient.asMap().compute(client, (k, old) -> next(old, now));
        byClientAndCode.asMap().compute(key(client, code), (k, old) -> next(old, now));
    }

    /** A right pair: the client's count on this code starts again (its count over all codes stays). */
    public void succeeded(String client, String code) {
        byClientAndCode.invalidate(key(client, code));
    }

    /** Entries held now (for tests and metrics). */
    public long size() {
        byClient.cleanUp();
        byClientAndCode.cleanUp();
        return byClient.estimatedSize() + byClientAndCode.estimatedSize();
    }

    private static Failures next(Failures old, Instant now) {
        return old == null || !old.since().plus(WINDOW).isAfter(now)
                ? new Failures(1, now)
                : new Failures(old.count() + 1, old.since());
    }

    private static long wait(Failures f, int max, Instant now) {
        if (f == null || f.count() < max) {
            return 0;
        }
        Instant until = f.since().plus(WINDOW);
        if (!until.isAfter(now)) {
            return 0;
        }
        long millis = Duration.between(now, until).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** Client and code; a code is at most 80 characters in the key (longer ones never exist), so keys stay small. */
    private static String key(String client, String code) {
        String c = code == null ? "" : code.length() > 80 ? code.substring(0, 80) : code;
        return client + '\n' + c;
    }
}
