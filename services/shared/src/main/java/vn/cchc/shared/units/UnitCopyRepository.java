package vn.cchc.shared.units;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The service's {@code unit_copy}: lookups by code, by codes and by subtree. */
@ApplicationScoped
public class UnitCopyRepository implements PanacheRepositoryBase<UnitCopy, String> {

    /** Longest unit code the source (procedures) accepts; a longer one names no unit. */
    public static final int MAX_CODE_LENGTH = 60;

    /** The unit {@code code} names (as given, not trimmed); empty for null, blank, over-long or unknown codes. */
    public Optional<UnitCopy> byCode(String code) {
        if (code == null || code.isBlank() || code.length() > MAX_CODE_LENGTH) {
            return Optional.empty();
        }
        return findByIdOptional(code);
    }

    /** The path of the unit {@code code} names ({@code /H99/H99.X01/}), empty when unknown. */
    public Optional<String> pathOf(String code) {
        return byCode(code).map(UnitCopy::getPath);
    }

    /** The known units among {@code codes} (at most a few thousand: an import's distinct unit codes). */
    public List<UnitCopy> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return list("code in ?1", codes);
    }

    /** The codes of the unit at {@code path} and of every unit below it, in path order. */
    public List<String> codesInSubtree(String path) {
        return getEntityManager()
                .createQuery(
                        "select u.code from UnitCopy u where u.path like :p escape '\\' order by u.path", String.class)
                .setParameter("p", vn.cchc.shared.security.Jurisdiction.subtreePattern(path))
                .getResultList();
    }
}
