package vn.cchc.parindex.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The local unit tree (cchc.units.v1). */
@ApplicationScoped
public class UnitRepository {

    public record Unit(String code, String name, String kind, String level, String parentCode, String path) {
    }

    private final EntityManager em;

    public UnitRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Unit> find(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, name, kind, level, parent_code, path from unit_copy where code = :c")
                .setParameter("c", code).getResultList();
        return rows.stream().findFirst().map(r -> new Unit((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5]));
    }

    /** The known units among {@code codes} (at most a few thousand: an import's distinct unit codes). */
    public List<Unit> findAll(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, name, kind, level, parent_code, path from unit_copy where code in (:c)")
                .setParameter("c", codes).getResultList();
        return rows.stream().map(r -> new Unit((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5])).toList();
    }

    /** Applies a newer version of a unit; an older or equal version changes nothing (late or replayed events). */
    public void upsert(String code, String name, String kind, String level, String parentCode, String path,
                       java.time.LocalDate validTo, long version, OffsetDateTime now) {
        em.createNativeQuery("""
                        insert into unit_copy (code, name, kind, level, parent_code, path, valid_to, version, updated_at)
                        values (:code, :name, :kind, :level, :parent, :path, :validTo, :version, :now)
                        on conflict (code) do update set name = excluded.name, kind = excluded.kind, level = excluded.level,
                          parent_code = excluded.parent_code, path = excluded.path, valid_to = excluded.valid_to,
                          version = excluded.version, updated_at = excluded.updated_at
                        where unit_copy.version < excluded.version""")
                .setParameter("code", code).setParameter("name", name).setParameter("kind", kind)
                .setParameter("level", level).setParameter("parent", parentCode).setParameter("path", path)
                .setParameter("validTo", validTo).setParameter("version", version).setParameter("now", now)
                .executeUpdate();
    }
}
