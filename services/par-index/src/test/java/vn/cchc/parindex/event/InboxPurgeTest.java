package vn.cchc.parindex.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.inbox.InboxPurge;

/**
 * With {@code cchc.inbox.retention} set (30 days in the test profile; off by default), the inbox keeps the ids of
 * applied events that long only: older ones go, in
 * batches (the test profile uses batches of 10, so 25 expired ids take three), the recent ones stay.
 */
@QuarkusTest
class InboxPurgeTest {

    @Inject
    InboxPurge purge;

    @Inject
    EntityManager em;

    @Test
    void idsOlderThanTheRetentionGoInBatchesAndRecentOnesStay() {
        String consumer = "purge-test-" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 25; i++) {
                insert(consumer, now.minusDays(31 + i));
            }
            insert(consumer, now.minusDays(29));
            insert(consumer, now.minusHours(1));
        });

        long removed = purge.purge();

        assertTrue(removed >= 25, "removed " + removed);
        long left = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from inbox_event where consumer = :c")
                                .setParameter("c", consumer)
                                .getSingleResult())
                        .longValue());
        assertEquals(2, left, "the ids applied within the retention stay");
        assertEquals(0, purge.purge(), "nothing left to remove");
        assertEquals(
                0L,
                QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em.createNativeQuery(
                                                "select count(*) from inbox_event where consumer = :c and applied_at < :t")
                                        .setParameter("c", consumer)
                                        .setParameter("t", now.minusDays(30))
                                        .getSingleResult())
                                .longValue()));
    }

    private void insert(String consumer, OffsetDateTime at) {
        em.createNativeQuery("insert into inbox_event (consumer, event_id, event_type, applied_at) values (:c, :id,"
                        + " 'test', :at)")
                .setParameter("c", consumer)
                .setParameter("id", UUID.randomUUID().toString())
                .setParameter("at", at)
                .executeUpdate();
    }
}
