package vn.cchc.shared.inbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import vn.cchc.shared.event.EventEnvelope;

/**
 * Replays parked records once an operator asked for it ({@code select request_dead_letter_replay(...)}, which
 * {@code deploy/local/cchc dlq replay} runs): each requested record goes through the same path as a record read
 * from Kafka (envelope, contract, inbox, the consumer's effect). Applied (or found applied already) → marked replayed;
 * still failing → stays parked with the new reason and one more attempt. Several instances share the work: a record
 * is claimed by one of them ({@code FOR UPDATE SKIP LOCKED}).
 */
@ApplicationScoped
public class DeadLetterReplayer {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplayer.class);
    private static final int PER_TICK = 200;

    private final DeadLetters deadLetters;
    private final EventConsumer consumer;
    private final Instance<EventHandlers> handlerBeans;

    public DeadLetterReplayer(DeadLetters deadLetters, EventConsumer consumer, Instance<EventHandlers> handlerBeans) {
        this.deadLetters = deadLetters;
        this.consumer = consumer;
        this.handlerBeans = handlerBeans;
    }

    /** Counts of one pass. */
    public record Pass(int replayed, int stillFailing) {}

    @Scheduled(
            every = "${cchc.dead-letters.replay-interval:5s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        try {
            Pass p = replayRequested();
            if (p.replayed() + p.stillFailing() > 0) {
                LOG.infof("dead letters: %d replayed, %d still failing", p.replayed(), p.stillFailing());
            }
        } catch (RuntimeException e) {
            LOG.warnf("dead-letter replay failed: %s", e.getMessage());
        }
    }

    /** Replays up to one batch of requested records. */
    public Pass replayRequested() {
        Map<String, Consumer<EventEnvelope>> effects = new HashMap<>();
        handlerBeans.forEach(h -> effects.putAll(h.handlers()));
        int replayed = 0;
        int failing = 0;
        for (int i = 0; i < PER_TICK; i++) {
            var claimed = deadLetters.claimRequested();
            if (claimed.isEmpty()) {
                break;
            }
            DeadLetters.Parked p = claimed.get();
            Consumer<EventEnvelope> effect = effects.get(p.consumer());
            if (effect == null) {
                deadLetters.stillFailing(p.id(), "no consumer named " + p.consumer() + " in this service");
                failing++;
                continue;
            }
            try {
                var outcome = consumer.process(p.consumer(), p.source(), effect, false);
                deadLetters.markReplayed(p.id());
                replayed++;
                LOG.infof("dead letter %s of %s replayed: %s", p.id(), p.consumer(), outcome);
            } catch (EventConsumer.StillFailingException e) {
                deadLetters.stillFailing(p.id(), e.getMessage());
                failing++;
            }
        }
        return new Pass(replayed, failing);
    }
}
