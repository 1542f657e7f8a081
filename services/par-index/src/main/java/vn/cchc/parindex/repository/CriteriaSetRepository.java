package vn.cchc.parindex.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.cchc.parindex.domain.CriteriaSet;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;

/**
 * Criteria sets in force (ACTIVE, RETIRED) are reference data every reader sees; DRAFT sets only within the
 * {@link Scope} (the province of an admin or appraiser).
 */
@ApplicationScoped
public class CriteriaSetRepository implements PanacheRepository<CriteriaSet> {

    /** @param draftsOfProvince the province whose DRAFT sets the caller may see too, or null */
    public record Scope(String draftsOfProvince) {}

    public boolean existsByCode(String code) {
        return count("code", code) > 0;
    }

    public Optional<CriteriaSet> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Page<CriteriaSet> search(Integer year, Scope scope, PageRequest page) {
        Parameters params = Parameters.with("draft", "DRAFT");
        StringBuilder q = new StringBuilder("(status <> :draft");
        if (scope.draftsOfProvince() != null) {
            q.append(" or province = :province");
            params.and("province", scope.draftsOfProvince());
        }
        q.append(")");
        if (year != null) {
            q.append(" and year = :year");
            params.and("year", year);
        }
        var found = find(q.toString(), year == null ? Sort.descending("year").and("code") : Sort.by("code"), params);
        return Page.of(found, page);
    }
}
