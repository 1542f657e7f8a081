package vn.cchc.parindex.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.parindex.domain.CriteriaSet;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;

import java.util.Optional;

/** Criteria sets are reference data readable by every authenticated user; no jurisdiction filter needed. */
@ApplicationScoped
public class CriteriaSetRepository implements PanacheRepository<CriteriaSet> {

    public boolean existsByCode(String code) {
        return count("code", code) > 0;
    }

    public Optional<CriteriaSet> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Page<CriteriaSet> search(Integer year, PageRequest page) {
        var found = year == null
                ? findAll(Sort.descending("year").and("code"))
                : find("year = :year", Sort.by("code"), Parameters.with("year", year));
        return Page.of(found, page);
    }
}
