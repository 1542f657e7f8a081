package vn.cchc.dossiers.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** {@code idempotency_record}: the Idempotency-Key of each integration client's request and the dossier it made. */
@ApplicationScoped
public class IdempotencyRepository {

    /** A key already used: the hash of the request it came with and the dossier that request created. */
    public record Seen(String requestHash, String dossierCode) {}

    private final EntityManager em;

    public IdempotencyRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Seen> find(String client, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> seen = em.createNativeQuery(
                        "select request_hash, dossier_code from idempotency_record where client_id = :c and key = :k")
                .setParameter("c", client)
                .setParameter("k", key)
                .getResultList();
        return seen.stream().findFirst().map(r -> new Seen((String) r[0], (String) r[1]));
    }

    public void record(String client, String key, String requestHash, String dossierCode, OffsetDateTime at) {
        em.createNativeQuery("""
                        insert into idempotency_record (client_id, key, request_hash, dossier_code, created_at)
                        values (:c, :k, :h, :d, :t)""")
                .setParameter("c", client)
                .setParameter("k", key)
                .setParameter("h", requestHash)
                .setParameter("d", dossierCode)
                .setParameter("t", at)
                .executeUpdate();
    }
}
