package vn.cchc.shared.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.EventTracing;
import vn.cchc.shared.event.MalformedEventException;

/**
 * Glue for {@code @Incoming} methods: parses the envelope, applies it once through the
 * {@link Inbox}, and retries transient failures (a database restart) a few times with backoff.
 * A malformed event, or one that still fails, is rethrown: the channel's dead-letter strategy
 * then moves it to {@code cchc.dlq.v1} with the reason, and the partition goes on.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventCodec codec;
    private final Inbox inbox;
    private final EventTracing tracing;
    private final int attempts;
    private final Duration backoff;

    public EventConsumer(
            EventCodec codec,
            Inbox inbox,
            EventTracing tracing,
            @ConfigProperty(name = "cchc.consumer.attempts", defaultValue = "5") int attempts,
            @ConfigProperty(name = "cchc.consumer.backoff", defaultValue = "PT0.5S") Duration backoff) {
        this.codec = codec;
        this.inbox = inbox;
        this.tracing = tracing;
        this.attempts = attempts;
        this.backoff = backoff;
    }

    /** @return true when applied, false when it was a duplicate */
    public boolean consume(String consumer, String json, Consumer<EventEnvelope> effect) {
        EventEnvelope event = codec.read(json);
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied =
                        tracing.inConsumerSpan(consumer, event, () -> inbox.applyOnce(consumer, event, effect));
                LOG.debugf(
                        "%s %s event %s (%s)",
                        consumer, applied ? "applied" : "skipped duplicate", event.id(), event.type());
                return applied;
            } catch (MalformedEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                LOG.warnf(
                        "%s failed to apply event %s (attempt %d/%d): %s",
                        consumer, event.id(), attempt, attempts, e.getMessage());
                sleep(backoff.multipliedBy(attempt));
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }
}
