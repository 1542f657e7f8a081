package vn.cchc.dossiers.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.cchc.dossiers.domain.ApologyLetter;
import vn.cchc.dossiers.domain.DossierHistory;
import vn.cchc.dossiers.domain.DossierNotice;
import vn.cchc.dossiers.domain.DossierPause;
import vn.cchc.dossiers.domain.DossierRating;
import vn.cchc.dossiers.domain.Handover;

/** The parts of a dossier that hang off it: history, pauses, hand-overs, letters, notices, notifications, rating. */
@ApplicationScoped
public class DossierPartsRepository {

    private final EntityManager em;

    public DossierPartsRepository(EntityManager em) {
        this.em = em;
    }

    public void persist(Object part) {
        em.persist(part);
    }

    /** Ids of the notifications waiting to be sent at {@code now}, oldest first, at most {@code limit}. */
    public List<Long> pendingNotificationIds(OffsetDateTime now, int limit) {
        return em.createQuery(
                        "select n.id from Notification n where n.status = 'PENDING' and n.nextAttemptAt <= ?1 order by n.nextAttemptAt, n.id",
                        Long.class)
                .setParameter(1, now)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<DossierHistory> history(long dossierId) {
        return em.createQuery("from DossierHistory where dossierId = ?1 order by at, id", DossierHistory.class)
                .setParameter(1, dossierId)
                .getResultList();
    }

    public List<DossierPause> pauses(long dossierId) {
        return em.createQuery("from DossierPause where dossierId = ?1 order by fromAt", DossierPause.class)
                .setParameter(1, dossierId)
                .getResultList();
    }

    public Optional<DossierPause> openPause(long dossierId) {
        return em.createQuery("from DossierPause where dossierId = ?1 and toAt is null", DossierPause.class)
                .setParameter(1, dossierId)
                .getResultStream()
                .findFirst();
    }

    public List<Handover> handovers(long dossierId) {
        return em.createQuery("from Handover where dossierId = ?1 order by stepNo", Handover.class)
                .setParameter(1, dossierId)
                .getResultList();
    }

    public Optional<ApologyLetter> apology(long dossierId) {
        return Optional.ofNullable(em.find(ApologyLetter.class, dossierId));
    }

    public List<DossierNotice> notices(long dossierId, String form) {
        return em.createQuery(
                        "from DossierNotice where dossierId = ?1 and form = ?2 order by issuedAt desc",
                        DossierNotice.class)
                .setParameter(1, dossierId)
                .setParameter(2, form)
                .getResultList();
    }

    /** Every notice of a dossier (Mẫu 02, 03, 05), in the order issued. */
    public List<DossierNotice> notices(long dossierId) {
        return em.createQuery("from DossierNotice where dossierId = ?1 order by issuedAt, id", DossierNotice.class)
                .setParameter(1, dossierId)
                .getResultList();
    }

    public Optional<DossierRating> rating(long dossierId) {
        return Optional.ofNullable(em.find(DossierRating.class, dossierId));
    }

    /** Which of these dossiers have been rated (one query for a list of them). */
    public java.util.Set<Long> rated(java.util.Collection<Long> dossierIds) {
        if (dossierIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(
                em.createQuery("select r.dossierId from DossierRating r where r.dossierId in ?1", Long.class)
                        .setParameter(1, dossierIds)
                        .getResultList());
    }

    /** Next number in a deciding unit's daily sequence (atomic, also under concurrent intake). */
    public int nextSequence(String unitCode, java.time.LocalDate day) {
        Object n = em.createNativeQuery("""
                        insert into dossier_counter (unit_code, day, last) values (:u, :d, 1)
                        on conflict (unit_code, day) do update set last = dossier_counter.last + 1
                        returning last""")
                .setParameter("u", unitCode)
                .setParameter("d", day)
                .getSingleResult();
        return ((Number) n).intValue();
    }
}
