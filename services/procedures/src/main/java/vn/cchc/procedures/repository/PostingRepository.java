package vn.cchc.procedures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.cchc.procedures.domain.Posting;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;

@ApplicationScoped
public class PostingRepository implements PanacheRepository<Posting> {

    public List<Posting> ofUnit(String unitCode) {
        return list(
                "select p from Posting p join fetch p.procedure pr where p.unitCode = ?1 order by pr.code", unitCode);
    }

    /** One page of {@link #ofUnit} (by procedure code: unique per unit, so pages never overlap) and the count. */
    public Page<Posting> ofUnit(String unitCode, PageRequest page) {
        List<Posting> items = getEntityManager()
                .createQuery(
                        "select p from Posting p join fetch p.procedure pr where p.unitCode = ?1 order by pr.code",
                        Posting.class)
                .setParameter(1, unitCode)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return Page.of(items, page, count("unitCode", unitCode));
    }

    public Optional<Posting> find(String unitCode, long procedureId) {
        return find("unitCode = ?1 and procedure.id = ?2", unitCode, procedureId)
                .firstResultOptional();
    }

    /** Units that post any of these procedures (their compliance may change with a decision). */
    public List<String> unitsPosting(List<Long> procedureIds) {
        if (procedureIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("select distinct p.unitCode from Posting p where p.procedure.id in ?1", String.class)
                .setParameter(1, procedureIds)
                .getResultList();
    }
}
