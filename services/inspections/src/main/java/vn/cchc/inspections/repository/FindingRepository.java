package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.cchc.inspections.domain.Finding;

@ApplicationScoped
public class FindingRepository implements PanacheRepositoryBase<Finding, UUID> {

    public List<Finding> ofInspection(UUID inspectionId) {
        return list("inspectionId = ?1 order by createdAt, id", inspectionId);
    }

    public long countOfInspection(UUID inspectionId) {
        return count("inspectionId", inspectionId);
    }
}
