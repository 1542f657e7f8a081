package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionStatus;

/**
 * Inspections, always filtered by what the caller may see: the province of an inspector, the plans whose team
 * lists the user, or the subtree of a leader's unit (path prefix, served by {@code inspection_unit_path}).
 */
@ApplicationScoped
public class InspectionRepository implements PanacheRepositoryBase<Inspection, UUID> {

    public List<Inspection> ofPlan(UUID planId) {
        return list("planId = ?1 order by scheduledFrom, unitCode", planId);
    }

    public long countOfPlan(UUID planId) {
        return count("planId", planId);
    }

    public boolean inPlan(UUID planId, String unitCode) {
        return count("planId = ?1 and unitCode = ?2", planId, unitCode) > 0;
    }

    public PanacheQuery<Inspection> visible(
            String province, String username, String leaderPathPattern, UUID planId, InspectionStatus status) {
        return find(
                """
                        (planId in (select p.id from InspectionPlan p where p.provinceCode = :province)
                           or planId in (select t.planId from TeamMember t where t.username = :user)
                           or unitPath like :leader escape '\\')
                        and (:plan is null or planId = :plan) and (:status is null or status = :status)
                        order by scheduledFrom, unitCode, id""",
                Parameters.with("province", province == null ? "" : province)
                        .and("user", username == null ? "" : username)
                        .and("leader", leaderPathPattern == null ? "" : leaderPathPattern)
                        .and("plan", planId)
                        .and("status", status));
    }
}
