package vn.cchc.procedures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cchc.procedures.domain.DecisionItem;

@ApplicationScoped
public class DecisionItemRepository implements PanacheRepository<DecisionItem> {

    public List<DecisionItem> ofDecision(long decisionId) {
        return list("decisionId = ?1 order by id", decisionId);
    }

    /** The item of a decision that published this version of a procedure, or null. */
    public DecisionItem of(long decisionId, long procedureId, int version) {
        return find("decisionId = ?1 and procedureId = ?2 and version = ?3", decisionId, procedureId, version)
                .firstResult();
    }

    public List<DecisionItem> ofProcedure(long procedureId) {
        return list("procedureId = ?1 order by id", procedureId);
    }
}
