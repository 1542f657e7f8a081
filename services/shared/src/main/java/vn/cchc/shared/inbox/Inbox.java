package vn.cchc.shared.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.cchc.shared.event.EventEnvelope;

/**
 * Idempotent consumption: the id of an applied event is recorded in the same transaction as its
 * effect. A redelivered event finds its id and is skipped, so a broker or service restart applies
 * no event twice. Two concurrent deliveries of one event serialise on the primary key.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;
    private final Clock clock;

    public Inbox(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Runs {@code effect} unless {@code consumer} already applied this event.
     *
     * @return true when the effect ran, false when the event was a duplicate
     */
    @Transactional
    public boolean applyOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
        int inserted = em.createNativeQuery("""
                        insert into inbox_event (consumer, event_id, event_type, applied_at)
                        values (:consumer, :id, :type, :at) on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("at", OffsetDateTime.now(clock))
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        effect.accept(event);
        return true;
    }

    /**
     * Runs {@code work} in one transaction: {@link #applyOnce} calls inside it join that transaction, so a batch of
     * events is recorded and applied together, or (on any failure) not at all.
     */
    @Transactional
    public <T> T inOneTransaction(Supplier<T> work) {
        return work.get();
    }
}
