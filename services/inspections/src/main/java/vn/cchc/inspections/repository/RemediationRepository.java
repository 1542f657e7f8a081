package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.inspections.domain.RemediationItem;
import vn.cchc.inspections.domain.RemediationStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RemediationRepository implements PanacheRepositoryBase<RemediationItem, UUID> {

    public List<RemediationItem> ofInspection(UUID inspectionId) {
        return list("inspectionId = ?1 order by deadline, createdAt", inspectionId);
    }

    public List<RemediationItem> ofPlan(UUID planId) {
        return list("inspectionId in (select i.id from Inspection i where i.planId = ?1) order by deadline, createdAt", planId);
    }

    /** Open items past their deadline not announced yet (partial index {@code remediation_watch}). */
    public List<RemediationItem> newlyOverdue(LocalDate today, int limit) {
        return find("status = ?1 and overdueAnnouncedAt is null and deadline < ?2 order by deadline",
                RemediationStatus.OPEN, today).page(0, limit).list();
    }
}
