package vn.cchc.procedures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.cchc.procedures.domain.PublicationDecision;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;

@ApplicationScoped
public class DecisionRepository implements PanacheRepository<PublicationDecision> {

    /**
     * Filters of the decision list; null = any. {@code effectiveFrom}/{@code effectiveTo}: the effective date lies
     * in that range (both inclusive); {@code catalogue}: the decision changes at least one procedure of it.
     */
    public record Filter(LocalDate effectiveFrom, LocalDate effectiveTo, String catalogue) {

        public static final Filter NONE = new Filter(null, null, null);
    }

    public Page<PublicationDecision> newestFirst(PageRequest page) {
        return newestFirst(Filter.NONE, page);
    }

    public Page<PublicationDecision> newestFirst(Filter f, PageRequest page) {
        Parameters params = new Parameters();
        return Page.of(find(where(f, params) + " order by d.decisionDate desc, d.id desc", params), page);
    }

    /** The total of {@link #newestFirst(Filter, PageRequest)} (the home page's count of that list). */
    public long count(Filter f) {
        Parameters params = new Parameters();
        return count(where(f, params), params);
    }

    private static String where(Filter f, Parameters params) {
        List<String> clauses = new ArrayList<>();
        if (f.effectiveFrom() != null) {
            clauses.add("d.effectiveDate >= :from");
            params.and("from", f.effectiveFrom());
        }
        if (f.effectiveTo() != null) {
            clauses.add("d.effectiveDate <= :to");
            params.and("to", f.effectiveTo());
        }
        if (f.catalogue() != null && !f.catalogue().isBlank()) {
            clauses.add("exists (select 1 from DecisionItem i, Procedure p where i.decisionId = d.id"
                    + " and p.id = i.procedureId and p.catalogue = :catalogue)");
            params.and("catalogue", f.catalogue().trim());
        }
        return "from PublicationDecision d" + (clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses));
    }

    public List<PublicationDecision> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
