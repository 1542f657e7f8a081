package vn.cchc.dossiers.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.cchc.dossiers.domain.WebhookAttempt;
import vn.cchc.dossiers.domain.WebhookDelivery;
import vn.cchc.dossiers.domain.WebhookSubscription;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.security.Jurisdiction;

/** {@code webhook_subscription}, {@code webhook_delivery}, {@code webhook_attempt} (V13). */
@ApplicationScoped
public class WebhookRepository {

    private final EntityManager em;

    public WebhookRepository(EntityManager em) {
        this.em = em;
    }

    public void persist(WebhookSubscription s) {
        em.persist(s);
    }

    public Optional<WebhookSubscription> subscription(UUID id) {
        return Optional.ofNullable(em.find(WebhookSubscription.class, id));
    }

    /** Removes the deliveries (and with them the attempts) of a deleted subscription. */
    public int deleteDeliveries(UUID subscriptionId) {
        return em.createQuery("delete from WebhookDelivery d where d.subscriptionId = ?1")
                .setParameter(1, subscriptionId)
                .executeUpdate();
    }

    public long countByOwner(String owner) {
        return em.createQuery(
                        "select count(s) from WebhookSubscription s where s.owner = ?1 and s.deletedAt is null",
                        Long.class)
                .setParameter(1, owner)
                .getSingleResult();
    }

    /** Subscriptions of units in the subtree of {@code unitPath}, newest first. */
    public Page<WebhookSubscription> subscriptionsUnder(String unitPath, PageRequest page) {
        String pattern = Jurisdiction.subtreePattern(unitPath);
        List<WebhookSubscription> items = em.createQuery(
                        "from WebhookSubscription s where s.unitPath like ?1 escape '\\' and s.deletedAt is null "
                                + "order by s.createdAt desc, s.id",
                        WebhookSubscription.class)
                .setParameter(1, pattern)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery(
                        "select count(s) from WebhookSubscription s where s.unitPath like ?1 escape '\\' and s.deletedAt is null",
                        Long.class)
                .setParameter(1, pattern)
                .getSingleResult();
        return Page.of(items, page, total);
    }

    /**
     * Subscriptions whose subtree holds one of the paths (a unit's path starts with its ancestors' paths): the
     * candidates for an event, before its type is compared.
     */
    @SuppressWarnings("unchecked")
    public List<WebhookSubscription> subscriptionsAbove(String receivingUnitPath, String decidingUnitPath) {
        // Native SQL: the same condition in JPQL (locate(s.unitPath, ?1) = 1) was translated to SQL again on every
        // call (Hibernate did not reuse the plan), about 5 % of the service's CPU per intake (issue 16), since every
        // dossier event is fanned out here.
        return em.createNativeQuery("""
                        select * from webhook_subscription
                        where deleted_at is null and (starts_with(:r, unit_path) or starts_with(:d, unit_path))
                        limit 10000""", WebhookSubscription.class)
                .setParameter("r", receivingUnitPath == null ? "" : receivingUnitPath)
                .setParameter("d", decidingUnitPath == null ? "" : decidingUnitPath)
                .getResultList();
    }

    /** A delivery row unless this subscription has one for this event already; whether it was added. */
    public boolean addDelivery(
            UUID subscriptionId, String eventId, String eventType, String subject, String payload, OffsetDateTime now) {
        return em.createNativeQuery("""
                        insert into webhook_delivery (id, subscription_id, event_id, event_type, subject, payload,
                                                      status, attempts, failures, next_attempt_at, created_at)
                        values (:id, :s, :e, :t, :subject, :p, 'PENDING', 0, 0, :now, :now)
                        on conflict (subscription_id, event_id) do nothing""")
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("s", subscriptionId)
                        .setParameter("e", eventId)
                        .setParameter("t", eventType)
                        .setParameter("subject", subject)
                        .setParameter("p", payload)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    /**
     * Claims up to {@code limit} due deliveries: locked with SKIP LOCKED (a concurrent sender takes others) and
     * moved to {@code leaseUntil}, so a sender that dies mid-send leaves them due again after the lease.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        List<UUID> ids = em.createNativeQuery("""
                        select id from webhook_delivery
                        where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at limit :limit for update skip locked""", UUID.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("update webhook_delivery set next_attempt_at = :lease where id in (:ids)")
                    .setParameter("lease", leaseUntil)
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return ids;
    }

    public Optional<WebhookDelivery> delivery(UUID id) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, id));
    }

    public Page<WebhookDelivery> deliveries(UUID subscriptionId, PageRequest page) {
        List<WebhookDelivery> items = em.createQuery(
                        "from WebhookDelivery d where d.subscriptionId = ?1 order by d.createdAt desc, d.id",
                        WebhookDelivery.class)
                .setParameter(1, subscriptionId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(d) from WebhookDelivery d where d.subscriptionId = ?1", Long.class)
                .setParameter(1, subscriptionId)
                .getSingleResult();
        return Page.of(items, page, total);
    }

    /** The attempts of the given deliveries, newest first. */
    public List<WebhookAttempt> attempts(List<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "from WebhookAttempt a where a.deliveryId in ?1 order by a.attemptedAt desc, a.id desc",
                        WebhookAttempt.class)
                .setParameter(1, deliveryIds)
                .getResultList();
    }

    /** Records an attempt and drops all but the last {@value WebhookAttempt#KEPT} of its delivery. */
    public void addAttempt(WebhookAttempt attempt) {
        em.persist(attempt);
        em.flush();
        em.createNativeQuery("""
                        delete from webhook_attempt where delivery_id = :d and id not in
                          (select id from webhook_attempt where delivery_id = :d
                           order by attempted_at desc, id desc limit :kept)""")
                .setParameter("d", attempt.getDeliveryId())
                .setParameter("kept", WebhookAttempt.KEPT)
                .executeUpdate();
    }

    /** Deletes up to {@code limit} finished deliveries created before {@code before}; how many. */
    public int purgeFinished(OffsetDateTime before, int limit) {
        return em.createNativeQuery("""
                        delete from webhook_delivery where id in (select id from webhook_delivery
                          where status <> 'PENDING' and created_at < :before limit :limit)""")
                .setParameter("before", before)
                .setParameter("limit", limit)
                .executeUpdate();
    }
}
