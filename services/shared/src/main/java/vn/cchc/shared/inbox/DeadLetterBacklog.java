package vn.cchc.shared.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Dead letters not replayed yet, for the backlog gauges ({@code vn.cchc.shared.metrics.BacklogGauges}). */
@ApplicationScoped
public class DeadLetterBacklog {

    private final EntityManager em;

    public DeadLetterBacklog(EntityManager em) {
        this.em = em;
    }

    /** Rows of {@code dead_letter} with {@code replayed_at is null}, counted up to {@code cap}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long pending(int cap) {
        em.createNativeQuery("set local statement_timeout = '5s'").executeUpdate();
        return ((Number) em.createNativeQuery(
                                "select count(*) from (select 1 from dead_letter where replayed_at is null limit :cap) r")
                        .setParameter("cap", cap)
                        .getSingleResult())
                .longValue();
    }
}
