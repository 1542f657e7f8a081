package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cchc.inspections.domain.RemediationItem;
import vn.cchc.inspections.domain.RemediationStatus;

@ApplicationScoped
public class RemediationRepository implements PanacheRepositoryBase<RemediationItem, UUID> {

    public List<RemediationItem> ofInspection(UUID inspectionId) {
        return list("inspectionId = ?1 order by deadline, createdAt", inspectionId);
    }

    public long countOfInspection(UUID inspectionId) {
        return count("inspectionId", inspectionId);
    }

    /** The items of a plan by deadline; with {@code overdueOn} only those open and past their deadline that day. */
    public PanacheQuery<RemediationItem> ofPlan(UUID planId, LocalDate overdueOn) {
        if (overdueOn == null) {
            return find(
                    "inspectionId in (select i.id from Inspection i where i.planId = ?1) order by deadline, createdAt, id",
                    planId);
        }
        return find("""
                inspectionId in (select i.id from Inspection i where i.planId = ?1) and status = ?2 and deadline < ?3
                order by deadline, createdAt, id""", planId, RemediationStatus.OPEN, overdueOn);
    }

    /** Open items past their deadline not announced yet (partial index {@code remediation_watch}). */
    public List<RemediationItem> newlyOverdue(LocalDate today, int limit) {
        return find(
                        "status = ?1 and overdueAnnouncedAt is null and deadline < ?2 order by deadline",
                        RemediationStatus.OPEN,
                        today)
                .page(0, limit)
                .list();
    }
}
