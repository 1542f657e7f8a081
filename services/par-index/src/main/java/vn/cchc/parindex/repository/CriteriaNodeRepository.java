package vn.cchc.parindex.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cchc.parindex.domain.CriteriaNode;

@ApplicationScoped
public class CriteriaNodeRepository implements PanacheRepository<CriteriaNode> {

    public List<CriteriaNode> ofSet(long setId) {
        return list("setId", Sort.by("depth").and("position"), setId);
    }

    public void deleteOfSet(long setId) {
        // children first is not needed: parent_id cascades
        delete("setId = ?1 and parentId is null", setId);
        getEntityManager().flush();
    }
}
