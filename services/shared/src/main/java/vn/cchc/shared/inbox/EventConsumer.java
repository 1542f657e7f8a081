package vn.cchc.shared.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventContracts;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.EventMetrics;
import vn.cchc.shared.event.EventTracing;
import vn.cchc.shared.event.MalformedEventException;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.problem.DatabaseFailures;

/**
 * Glue for {@code @Incoming} methods (docs/adr/0006-event-delivery.md):
 *
 * <ol>
 *   <li>reads the envelope; a record that is not one is parked ({@link DeadLetters});
 *   <li>checks it against its topic's contract ({@link EventContracts}): an unknown {@code type} is skipped (logged and
 *       counted, never applied), a {@code schemaversion} newer than this build reads is parked;
 *   <li>applies it once through the {@link Inbox}. A transient failure (database or broker unreachable, a timeout, a
 *       deadlock, a concurrent update: {@link FailureKind#TRANSIENT}) is retried without limit with a growing backoff,
 *       holding the channel (the connector pauses the partitions when its queue is full, so the consumer stays in its
 *       group and nothing is skipped); a permanent one (an invalid payload) is parked at once; an unexpected one after
 *       {@code cchc.consumer.attempts} attempts.
 * </ol>
 *
 * A batch of records (a channel with {@code batch=true}: the records of one poll, {@link #consumeAll}) is applied in
 * one transaction, each record still through the inbox and in the order of its partition, which spares a transaction
 * and a commit per record; when any record of it is not a plain event to apply (malformed, of an unknown type or
 * version) or the transaction fails for any reason, nothing of it is kept and its records go through the steps above
 * one at a time, each with its own outcome.
 *
 * <p>A parked record is announced on {@code cchc.dlq.v1} with its consumer group and reason and can be replayed once
 * fixed ({@link DeadLetterReplayer}). During shutdown a retry stops by throwing {@link ConsumerStoppedException}: the
 * channel's {@code fail} strategy then stops it without committing the offset, so the record is read again after the
 * restart.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    /** What became of one record. */
    public enum Outcome {
        APPLIED,
        DUPLICATE,
        SKIPPED_UNKNOWN_TYPE,
        DEAD_LETTERED
    }

    private final EventCodec codec;
    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final EventTracing tracing;
    private final EventMetrics metrics;
    private final int attempts;
    private final Duration backoff;
    private final Duration maxBackoff;
    private final AtomicLong unknownTypes = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong batchFallbacks = new AtomicLong();
    private volatile boolean stopping;

    public EventConsumer(
            EventCodec codec,
            Inbox inbox,
            DeadLetters deadLetters,
            EventTracing tracing,
            EventMetrics metrics,
            @ConfigProperty(name = "cchc.consumer.attempts", defaultValue = "3") int attempts,
            @ConfigProperty(name = "cchc.consumer.backoff", defaultValue = "PT0.5S") Duration backoff,
            @ConfigProperty(name = "cchc.consumer.max-backoff", defaultValue = "PT30S") Duration maxBackoff) {
        this.codec = codec;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.tracing = tracing;
        this.metrics = metrics;
        this.attempts = attempts;
        this.backoff = backoff;
        this.maxBackoff = maxBackoff;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Applies one record read from Kafka by the inbox consumer {@code consumer} of {@code handlers}. */
    public Outcome consume(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        return process(consumer, sourceOf(record), effectOf(consumer, handlers), true);
    }

    /**
     * Applies the records of one poll read by the inbox consumer {@code consumer} of {@code handlers}, in their order
     * (see the class comment).
     *
     * @return the outcome of each record, in the order of {@code records}
     */
    public List<Outcome> consumeAll(
            String consumer, Iterable<ConsumerRecord<String, String>> records, EventHandlers handlers) {
        Consumer<EventEnvelope> effect = effectOf(consumer, handlers);
        List<DeadLetters.Source> sources = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            sources.add(sourceOf(r));
        }
        if (sources.size() > 1) {
            List<EventEnvelope> events = plainEvents(sources);
            if (events != null) {
                try {
                    return inbox.inOneTransaction(() -> {
                        List<Outcome> outcomes = new ArrayList<>(events.size());
                        for (EventEnvelope event : events) {
                            boolean applied = tracing.inConsumerSpan(
                                    consumer, event, () -> inbox.applyOnce(consumer, event, effect));
                            outcomes.add(applied ? Outcome.APPLIED : Outcome.DUPLICATE);
                        }
                        return outcomes;
                    });
                } catch (RuntimeException e) {
                    batchFallbacks.incrementAndGet();
                    metrics.batchFellBack(consumer);
                    LOG.infof(
                            "%s applies a batch of %d records one at a time (%s: %s)",
                            consumer, sources.size(), FailureKind.of(e), DatabaseFailures.rootMessage(e));
                }
            }
        }
        List<Outcome> outcomes = new ArrayList<>(sources.size());
        for (DeadLetters.Source source : sources) {
            outcomes.add(process(consumer, source, effect, true));
        }
        return outcomes;
    }

    private static DeadLetters.Source sourceOf(ConsumerRecord<String, String> r) {
        return new DeadLetters.Source(r.topic(), r.partition(), r.offset(), r.key(), r.value());
    }

    /** The envelopes of {@code sources} when every one is a readable event of a known type and version, else null. */
    private List<EventEnvelope> plainEvents(List<DeadLetters.Source> sources) {
        List<EventEnvelope> events = new ArrayList<>(sources.size());
        for (DeadLetters.Source source : sources) {
            if (source.value() == null) {
                return null;
            }
            EventEnvelope event;
            try {
                event = codec.read(source.value());
            } catch (MalformedEventException e) {
                return null;
            }
            var contract = EventContracts.forTopic(source.topic()).orElse(null);
            if (contract == null || !contract.knows(event.type()) || !contract.supports(event.schemaVersion())) {
                return null;
            }
            events.add(event);
        }
        return events;
    }

    static Consumer<EventEnvelope> effectOf(String consumer, EventHandlers handlers) {
        Consumer<EventEnvelope> effect = handlers.handlers().get(consumer);
        if (effect == null) {
            throw new IllegalStateException(handlers.getClass().getName() + " has no handler for " + consumer);
        }
        return effect;
    }

    /**
     * One record through the steps above. {@code park} false (a replay): a record that still fails is not parked
     * again here; the failure is thrown as {@link StillFailingException} for the replayer to record.
     */
    Outcome process(String consumer, DeadLetters.Source source, Consumer<EventEnvelope> effect, boolean park) {
        EventEnvelope event;
        try {
            event = codec.read(source.value() == null ? "" : source.value());
        } catch (MalformedEventException e) {
            return deadLetter(consumer, source, null, "malformed", e.getMessage(), park);
        }
        var contract = EventContracts.forTopic(source.topic()).orElse(null);
        if (contract == null) {
            return deadLetter(
                    consumer, source, event, "no-contract", "no event contract for topic " + source.topic(), park);
        }
        if (!contract.knows(event.type())) {
            unknownTypes.incrementAndGet();
            metrics.unknownType(consumer, event.type());
            LOG.warnf(
                    "%s skipped event %s of unknown type '%s' on %s (not applied)",
                    consumer, event.id(), event.type(), source.topic());
            return Outcome.SKIPPED_UNKNOWN_TYPE;
        }
        if (!contract.supports(event.schemaVersion())) {
            return deadLetter(
                    consumer,
                    source,
                    event,
                    "unsupported-version",
                    "unsupported schemaversion " + event.schemaVersion() + " of " + event.type()
                            + " (this build reads 1.." + contract.maxSchemaVersion() + ")",
                    park);
        }
        int unexpected = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied =
                        tracing.inConsumerSpan(consumer, event, () -> inbox.applyOnce(consumer, event, effect));
                if (attempt > 1) {
                    LOG.infof("%s applied event %s after %d attempts", consumer, event.id(), attempt);
                }
                return applied ? Outcome.APPLIED : Outcome.DUPLICATE;
            } catch (RuntimeException e) {
                FailureKind kind = FailureKind.of(e);
                String reason = kind + ": " + DatabaseFailures.rootMessage(e);
                if (kind == FailureKind.PERMANENT) {
                    return deadLetter(consumer, source, event, "permanent", reason, park);
                }
                if (kind == FailureKind.UNEXPECTED && ++unexpected >= attempts) {
                    return deadLetter(
                            consumer,
                            source,
                            event,
                            "unexpected",
                            reason + " (after " + unexpected + " attempts)",
                            park);
                }
                retries.incrementAndGet();
                metrics.retried(consumer);
                if (attempt <= 3 || Long.bitCount(attempt) == 1) {
                    LOG.warnf(
                            "%s could not apply event %s yet (attempt %d): %s", consumer, event.id(), attempt, reason);
                }
                pause(attempt);
            }
        }
    }

    /** @param kind a short code for the metric label (malformed, unsupported-version, permanent, unexpected, ...) */
    private Outcome deadLetter(
            String consumer, DeadLetters.Source source, EventEnvelope event, String kind, String reason, boolean park) {
        if (!park) {
            throw new StillFailingException(reason);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                deadLetters.park(
                        consumer,
                        source,
                        event == null ? null : event.id(),
                        event == null ? null : event.type(),
                        reason);
                parked.incrementAndGet();
                metrics.deadLettered(consumer, kind);
                LOG.errorf(
                        "%s parked the record at %s/%d@%d in dead_letter and %s: %s",
                        consumer, source.topic(), source.partition(), source.offset(), Topics.DEAD_LETTER, reason);
                return Outcome.DEAD_LETTERED;
            } catch (RuntimeException e) {
                retries.incrementAndGet();
                LOG.warnf(
                        "%s could not park a record yet (attempt %d): %s",
                        consumer, attempt, DatabaseFailures.rootMessage(e));
                pause(attempt);
            }
        }
    }

    private void pause(int attempt) {
        if (stopping) {
            throw new ConsumerStoppedException();
        }
        long base = backoff.toMillis() << Math.min(attempt - 1, 16);
        long millis = Math.min(base, maxBackoff.toMillis());
        millis += ThreadLocalRandom.current().nextLong(millis / 4 + 1);
        long until = System.currentTimeMillis() + millis;
        try {
            while (System.currentTimeMillis() < until) {
                if (stopping) {
                    throw new ConsumerStoppedException();
                }
                Thread.sleep(Math.min(200, Math.max(1, until - System.currentTimeMillis())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsumerStoppedException();
        }
    }

    /** Records skipped because their type is not in the topic's contract, since start. */
    public long unknownTypes() {
        return unknownTypes.get();
    }

    /** Failed attempts that were retried, since start. */
    public long retries() {
        return retries.get();
    }

    /** Records parked in dead_letter, since start. */
    public long parked() {
        return parked.get();
    }

    /** Batches applied one record at a time because their one-transaction attempt failed, since start. */
    public long batchFallbacks() {
        return batchFallbacks.get();
    }

    /** Thrown to leave a retry loop when the application stops: the record is not acknowledged. */
    public static class ConsumerStoppedException extends RuntimeException {
        ConsumerStoppedException() {
            super("consumer stopping: the record will be read again after the restart", null, false, false);
        }
    }

    /** A replayed record failed again. */
    public static class StillFailingException extends RuntimeException {
        StillFailingException(String reason) {
            super(reason, null, false, false);
        }
    }
}
