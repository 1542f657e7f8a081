package vn.cchc.shared.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The {@code idempotency_key} table (db/shared/V0_3__idempotency.sql): every query of it, run in the caller's
 * transaction. The HTTP side is {@code vn.cchc.shared.http.Idempotency}; the purge job {@link IdempotencyPurge}.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** The classid of the per-key advisory locks ("CCHI"); distinct from the job locks' ("CCHJ"). */
    public static final int KEY_LOCK_CLASS = 0x43434849;

    /** A stored answer. */
    public record Stored(String requestHash, int status, String location, String contentType, String body) {}

    private final EntityManager em;

    public IdempotencyKeys(EntityManager em) {
        this.em = em;
    }

    /**
     * Takes the key's transaction-scoped advisory lock without waiting; false when another transaction holds it (the
     * first request with this key still runs). Released at commit or rollback.
     */
    public boolean tryLock(String scope, String key) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(:c, hashtext(:k))")
                .setParameter("c", KEY_LOCK_CLASS)
                .setParameter("k", lockName(scope, key))
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /** The text whose {@code hashtext} names the key's lock. */
    public static String lockName(String scope, String key) {
        return scope + "\n" + key;
    }

    /** The live (not expired) answer stored for the key. */
    public Optional<Stored> find(String scope, String key, OffsetDateTime now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select request_hash, status, location, content_type, body from idempotency_key
                        where scope = :s and key = :k and expires_at > :now""")
                .setParameter("s", scope)
                .setParameter("k", key)
                .setParameter("now", now)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Stored(
                        (String) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4]));
    }

    /** Stores the answer (replacing an expired row of the same key). Call while holding the key's lock. */
    public void store(String scope, String key, Stored answer, OffsetDateTime now, OffsetDateTime expiresAt) {
        em.createNativeQuery("delete from idempotency_key where scope = :s and key = :k")
                .setParameter("s", scope)
                .setParameter("k", key)
                .executeUpdate();
        em.createNativeQuery("""
                        insert into idempotency_key
                            (scope, key, request_hash, status, location, content_type, body, created_at, expires_at)
                        values (:s, :k, :h, :st, :l, :ct, :b, :now, :exp)""")
                .setParameter("s", scope)
                .setParameter("k", key)
                .setParameter("h", answer.requestHash())
                .setParameter("st", (short) answer.status())
                .setParameter("l", answer.location())
                .setParameter("ct", answer.contentType())
                .setParameter("b", answer.body())
                .setParameter("now", now)
                .setParameter("exp", expiresAt)
                .executeUpdate();
    }

    /** Deletes at most {@code limit} rows expired at {@code now}; yields how many. */
    public int deleteExpired(OffsetDateTime now, int limit) {
        return em.createNativeQuery("""
                        delete from idempotency_key where ctid in (
                            select ctid from idempotency_key where expires_at <= :now limit :n)""")
                .setParameter("now", now)
                .setParameter("n", limit)
                .executeUpdate();
    }
}
