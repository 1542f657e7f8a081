package vn.cchc.shared.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.outbox.Outbox;

/**
 * The consumer's parked records (table {@code dead_letter}, db/shared V0_2). Parking a record writes the row and its
 * announcement on {@code cchc.dlq.v1} (through the outbox: key and value of the original record, headers naming the
 * consumer group, the consumer, the reason and the origin) in one transaction.
 */
@ApplicationScoped
public class DeadLetters {

    /** Header names of a record on {@code cchc.dlq.v1}. */
    public static final String REASON = "dead-letter-reason";

    public static final String GROUP = "dead-letter-group";
    public static final String CONSUMER = "dead-letter-consumer";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String EVENT_ID = "dead-letter-event-id";

    private static final int MAX_REASON = 2000;

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;

    public DeadLetters(EntityManager em, Outbox outbox, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The consumer group of an inbox consumer: {@code cchc-<consumer>} (the channels' group.id follow it). */
    public static String groupOf(String consumer) {
        return "cchc-" + consumer;
    }

    /** Where a record came from and what it held. */
    public record Source(String topic, int partition, long offset, String key, String value) {}

    /** A parked record asked to be replayed. */
    public record Parked(UUID id, String consumer, Source source) {}

    /** Parks {@code source} (again, if it was already parked: the reason and the attempts are updated). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void park(String consumer, Source source, String eventId, String eventType, String reason) {
        String why = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        UUID id = UUID.randomUUID();
        Object inserted = em.createNativeQuery("""
                        insert into dead_letter (id, consumer, group_id, topic, partition, record_offset, record_key,
                                                 event_id, event_type, reason, record, dead_lettered_at)
                        values (:id, :consumer, :group, :topic, :partition, :offset, :key,
                                :eventId, :eventType, :reason, :record, :at)
                        on conflict (group_id, topic, partition, record_offset) do update
                        set reason = excluded.reason, attempts = dead_letter.attempts + 1,
                            dead_lettered_at = excluded.dead_lettered_at, replay_requested_at = null
                        returning (xmax = 0)""")
                .setParameter("id", id)
                .setParameter("consumer", consumer)
                .setParameter("group", groupOf(consumer))
                .setParameter("topic", source.topic())
                .setParameter("partition", source.partition())
                .setParameter("offset", source.offset())
                .setParameter("key", source.key())
                .setParameter("eventId", eventId)
                .setParameter("eventType", eventType)
                .setParameter("reason", why)
                .setParameter("record", source.value())
                .setParameter("at", OffsetDateTime.now(clock))
                .getSingleResult();
        if (!Boolean.TRUE.equals(inserted)) {
            return; // parked before (a redelivery): announced then
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(REASON, why);
        headers.put(GROUP, groupOf(consumer));
        headers.put(CONSUMER, consumer);
        headers.put(TOPIC, source.topic());
        headers.put(PARTITION, Integer.toString(source.partition()));
        headers.put(OFFSET, Long.toString(source.offset()));
        if (eventId != null) {
            headers.put(EVENT_ID, eventId);
        }
        outbox.enqueueRecord(
                Topics.DEAD_LETTER,
                source.key(),
                eventType == null ? "unreadable" : eventType,
                source.value(),
                headers);
    }

    /**
     * Claims one record whose replay was asked and that no live instance has taken, oldest position first. A claim older
     * than five minutes (its instance died) is taken again; replaying twice is harmless (inbox).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Parked> claimRequested() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        update dead_letter set replay_claimed_at = :now
                        where id = (select id from dead_letter
                                    where replay_requested_at is not null and replayed_at is null
                                      and (replay_claimed_at is null or replay_claimed_at < :stale)
                                    order by topic, partition, record_offset limit 1 for update skip locked)
                        returning id, consumer, topic, partition, record_offset, record_key, record""")
                .setParameter("now", OffsetDateTime.now(clock))
                .setParameter("stale", OffsetDateTime.now(clock).minusMinutes(5))
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Parked(
                        (UUID) r[0],
                        (String) r[1],
                        new Source(
                                (String) r[2],
                                ((Number) r[3]).intValue(),
                                ((Number) r[4]).longValue(),
                                (String) r[5],
                                (String) r[6])));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markReplayed(UUID id) {
        em.createNativeQuery("""
                        update dead_letter set replayed_at = :at, replay_requested_at = null, replay_claimed_at = null
                        where id = :id""")
                .setParameter("at", OffsetDateTime.now(clock))
                .setParameter("id", id)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void stillFailing(UUID id, String reason) {
        em.createNativeQuery("""
                        update dead_letter set attempts = attempts + 1, reason = :reason,
                                               replay_requested_at = null, replay_claimed_at = null
                        where id = :id""")
                .setParameter("reason", reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Parked records not replayed yet, of all consumers of this service. */
    public long pending() {
        return ((Number) em.createNativeQuery("select count(*) from dead_letter where replayed_at is null")
                        .getSingleResult())
                .longValue();
    }
}
