package vn.cchc.dossiers.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.cchc.shared.security.Jurisdiction;

/**
 * What the QĐ 766 publisher works from (V9): the units whose figures may have changed from a day on
 * ({@code service_index_pending}, written with every dossier event), and per unit and period what was last sent
 * ({@code service_index_published}).
 */
@ApplicationScoped
public class ServiceIndexStore {

    /** The figures of {@code unitCode}'s subtree may have changed from {@code day} on. */
    public record Pending(String unitCode, String unitPath, LocalDate day) {}

    /** What was last published for a unit and period. */
    public record Published(long sequence, String fingerprint) {}

    private final EntityManager em;

    public ServiceIndexStore(EntityManager em) {
        this.em = em;
    }

    /**
     * In the caller's transaction: the unit's figures may have changed from {@code day} on. A plain append (no unique
     * key), so a writer never waits for another one's mark and no order of marks can deadlock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mark(String unitCode, String unitPath, LocalDate day) {
        em.createNativeQuery("insert into service_index_pending (unit_code, unit_path, day) values (:u, :p, :d)")
                .setParameter("u", unitCode)
                .setParameter("p", unitPath)
                .setParameter("d", day)
                .executeUpdate();
    }

    /** Marks every unit of the subtree of {@code unitPath} from {@code day} on; returns how many. */
    @Transactional
    public int markSubtree(String unitPath, LocalDate day) {
        return em.createNativeQuery("""
                        insert into service_index_pending (unit_code, unit_path, day)
                        select code, path, :d from unit_copy where path like :p""")
                .setParameter("p", Jurisdiction.subtreePattern(unitPath))
                .setParameter("d", day)
                .executeUpdate();
    }

    /**
     * Takes the marks (at most {@code limit}) and commits at once, so that no writer waits on them while the figures
     * are computed; a change committed later marks again and is taken by the next run.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Pending> claim(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        delete from service_index_pending where id in
                          (select id from service_index_pending order by id limit :n)
                        returning unit_code, unit_path, day""").setParameter("n", limit).getResultList();
        return rows.stream()
                .map(r -> new Pending((String) r[0], (String) r[1], date(r[2])))
                .toList();
    }

    /** Puts back marks whose figures could not be published (the next run tries again). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void restore(List<Pending> marks) {
        for (Pending p : marks) {
            mark(p.unitCode(), p.unitPath(), p.day());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<Published> published(String unitCode, String period) {
        List<Object[]> rows = em.createNativeQuery("""
                        select sequence, fingerprint from service_index_published where unit_code = :u and period = :p
                        for update""")
                .setParameter("u", unitCode)
                .setParameter("p", period)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Published(((Number) r[0]).longValue(), (String) r[1]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void savePublished(String unitCode, String period, Published p, OffsetDateTime at) {
        em.createNativeQuery("""
                        insert into service_index_published (unit_code, period, sequence, fingerprint, published_at)
                        values (:u, :p, :s, :f, :at)
                        on conflict (unit_code, period) do update set sequence = excluded.sequence,
                          fingerprint = excluded.fingerprint, published_at = excluded.published_at""")
                .setParameter("u", unitCode)
                .setParameter("p", period)
                .setParameter("s", p.sequence())
                .setParameter("f", p.fingerprint())
                .setParameter("at", at)
                .executeUpdate();
    }

    private static LocalDate date(Object o) {
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }
}
