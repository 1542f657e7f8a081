package vn.cchc.procedures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import vn.cchc.procedures.domain.PublicationDecision;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;

@ApplicationScoped
public class DecisionRepository implements PanacheRepository<PublicationDecision> {

    public Page<PublicationDecision> newestFirst(PageRequest page) {
        return Page.of(findAll(Sort.descending("decisionDate", "id")), page);
    }

    public List<PublicationDecision> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
