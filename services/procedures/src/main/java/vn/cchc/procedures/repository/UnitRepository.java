package vn.cchc.procedures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.procedures.domain.AdminUnit;
import vn.cchc.procedures.domain.UnitKind;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.text.WordFilter;

@ApplicationScoped
public class UnitRepository implements PanacheRepository<AdminUnit> {

    public Optional<AdminUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The root units (a province, or the national root), merged or not. */
    public List<AdminUnit> roots() {
        return list("parentCode is null");
    }

    /** Code → path of every unit. */
    public Map<String, String> pathsByCode() {
        return getEntityManager()
                .createQuery("select u.code, u.path from AdminUnit u", Object[].class)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    public Map<String, AdminUnit> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return list("code in ?1", codes).stream().collect(Collectors.toMap(AdminUnit::getCode, Function.identity()));
    }

    /** Units matching the filters; {@code asOf} null means all, including those no longer valid. */
    public Page<AdminUnit> search(
            String q, UnitKind kind, String level, String parent, LocalDate asOf, PageRequest page) {
        if (Queries.matchesNothing(q)) {
            return Page.of(List.of(), page, 0);
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (level != null) {
            where.append(" and level = :level");
            params.and("level", level);
        }
        if (parent != null) {
            where.append(" and parentCode = :parent");
            params.and("parent", parent);
        }
        if (asOf != null) {
            where.append(" and validFrom <= :asOf and (validTo is null or validTo >= :asOf)");
            params.and("asOf", asOf);
        }
        WordFilter.allWords(where, params, "searchText", q);
        return Page.of(find(where.toString(), Sort.by("path"), params), page);
    }

    /**
     * The unit and everything below it, in tree order. The pattern escapes '%' and '_' (codes may hold '_') with
     * a backslash, named explicitly: HQL does not assume PostgreSQL's default escape character.
     */
    public List<AdminUnit> subtree(String path) {
        return list("path like ?1 escape '\\' order by path", Jurisdiction.subtreePattern(path));
    }

    /** Receiving points (units that must post procedures) in a subtree, valid on {@code asOf}. */
    public List<AdminUnit> receivingPoints(String path, LocalDate asOf) {
        return list(
                "path like ?1 escape '\\' and receivesDossiers = true and validFrom <= ?2 and (validTo is null or validTo >= ?2)"
                        + " order by path",
                Jurisdiction.subtreePattern(path),
                asOf);
    }

    /** One page of {@link #receivingPoints}, in the same order (path: unique, so pages never overlap). */
    public Page<AdminUnit> receivingPoints(String path, LocalDate asOf, PageRequest page) {
        return Page.of(
                find(
                        "path like ?1 escape '\\' and receivesDossiers = true and validFrom <= ?2"
                                + " and (validTo is null or validTo >= ?2) order by path",
                        Jurisdiction.subtreePattern(path),
                        asOf),
                page);
    }

    public List<AdminUnit> children(String code) {
        return list("parentCode = ?1 order by code", code);
    }
}
