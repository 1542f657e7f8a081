package vn.cchc.shared.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * How far the relay is behind, for the backlog gauges ({@code vn.cchc.shared.metrics.BacklogGauges}): both queries
 * read the partial index {@code outbox_event_pending} (unsent rows only), bounded by a statement timeout.
 */
@ApplicationScoped
public class OutboxBacklog {

    private final EntityManager em;

    public OutboxBacklog(EntityManager em) {
        this.em = em;
    }

    /** Unsent rows, counted up to {@code cap}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long pending(int cap) {
        em.createNativeQuery("set local statement_timeout = '5s'").executeUpdate();
        return ((Number) em.createNativeQuery(
                                "select count(*) from (select 1 from outbox_event where sent_at is null limit :cap) r")
                        .setParameter("cap", cap)
                        .getSingleResult())
                .longValue();
    }

    /** Seconds since the oldest unsent row was written; 0 when every row is sent. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public double oldestPendingAgeSeconds() {
        em.createNativeQuery("set local statement_timeout = '5s'").executeUpdate();
        List<?> rows = em.createNativeQuery("""
                        select greatest(0, extract(epoch from (now() - created_at)))
                        from outbox_event where sent_at is null order by seq limit 1""").getResultList();
        return rows.isEmpty() ? 0.0 : ((Number) rows.get(0)).doubleValue();
    }
}
