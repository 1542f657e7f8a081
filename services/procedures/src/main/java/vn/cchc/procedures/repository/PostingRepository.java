package vn.cchc.procedures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.cchc.procedures.domain.Posting;

@ApplicationScoped
public class PostingRepository implements PanacheRepository<Posting> {

    public List<Posting> ofUnit(String unitCode) {
        return list(
                "select p from Posting p join fetch p.procedure pr where p.unitCode = ?1 order by pr.code", unitCode);
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
