package vn.cchc.dossiers.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers behind the dossiers' business gauges (docs/observability.md). Read once a minute by
 * {@code DossierGauges}, never by a scrape.
 */
@ApplicationScoped
public class DossierGaugeQueries {

    /** Open and overdue (open, due before now) dossiers of one province (the root of the receiving unit's path). */
    public record ProvinceCounts(String province, long open, long overdue) {}

    private final EntityManager em;

    public DossierGaugeQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * An index-only scan of {@code dossier_open_overdue} (open dossiers only, with due_at and the receiving unit's
     * path included): its cost grows with the open dossiers, not with the 10 M closed ones; bounded by a statement
     * timeout.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ProvinceCounts> openAndOverdueByProvince(OffsetDateTime now) {
        em.createNativeQuery("set local statement_timeout = '30s'").executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select split_part(receiving_unit_path, '/', 2) as province, count(*),
                               count(*) filter (where due_at < :now)
                        from dossier where closed_at is null
                        group by 1 order by 1""").setParameter("now", now).getResultList();
        List<ProvinceCounts> counts = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            counts.add(new ProvinceCounts((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return counts;
    }
}
