package vn.cchc.dossiers.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.dossiers.domain.Dossier;

/**
 * The erasure of dossiers received in error (docs/domain/dossier-erasure.md), set-based: one statement per table for
 * a whole request, whatever its size (at most 1,000 dossiers).
 */
@ApplicationScoped
public class ErasureRepository {

    /** The child tables of a dossier (each has {@code dossier_id}), deleted before it. */
    private static final List<String> CHILDREN = List.of(
            "dossier_history",
            "dossier_pause",
            "dossier_handover",
            "dossier_notice",
            "apology_letter",
            "dossier_rating",
            "dossier_book_entry",
            "notification");

    private final EntityManager em;

    public ErasureRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The dossiers of these codes, locked until commit in id order (two erasures, or an erasure and a lifecycle action,
     * never deadlock and never both win); unknown codes are absent.
     */
    public List<Dossier> lock(List<String> codes) {
        return em.createQuery("from Dossier where code in :codes order by id", Dossier.class)
                .setParameter("codes", codes)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Per dossier id: {letters (Mẫu 02–05), hand-overs and pauses, ratings}. */
    public Map<Long, long[]> children(List<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id,
                               (select count(*) from dossier_notice n where n.dossier_id = d.id)
                                 + (select count(*) from apology_letter a where a.dossier_id = d.id),
                               (select count(*) from dossier_handover h where h.dossier_id = d.id)
                                 + (select count(*) from dossier_pause p where p.dossier_id = d.id),
                               (select count(*) from dossier_rating r where r.dossier_id = d.id)
                        from dossier d where d.id in (:ids)""").setParameter("ids", ids).getResultList();
        Map<Long, long[]> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put(
                    ((Number) r[0]).longValue(),
                    new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue()});
        }
        return out;
    }

    /** Writes the erasure log of these dossiers (before they are deleted: it reads them and their book entries). */
    public int log(List<Long> ids, String reason, String erasedBy, OffsetDateTime at) {
        return em.createNativeQuery("""
                        insert into dossier_erasure (code, last_version, status, procedure_code, receiving_unit_code,
                            receiving_unit_path, channel, received_at, book_volume, book_entry, receipt_no, reason,
                            erased_by, erased_at)
                        select d.code, d.version, d.status, d.procedure_code, d.receiving_unit_code, d.receiving_unit_path,
                               d.channel, d.received_at, b.volume, b.entry, b.receipt_no, :reason, :by, :at
                        from dossier d left join dossier_book_entry b on b.dossier_id = d.id
                        where d.id in (:ids) order by d.id""")
                .setParameter("ids", ids)
                .setParameter("reason", reason)
                .setParameter("by", erasedBy)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** Deletes the dossiers and their child rows; returns how many dossiers. The entities must not be used after. */
    public int delete(List<Dossier> dossiers) {
        List<Long> ids = dossiers.stream().map(Dossier::getId).toList();
        em.flush();
        for (String table : CHILDREN) {
            em.createNativeQuery("delete from " + table + " where dossier_id in (:ids)")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        int n = em.createNativeQuery("delete from dossier where id in (:ids)")
                .setParameter("ids", ids)
                .executeUpdate();
        dossiers.forEach(em::detach);
        return n;
    }
}
