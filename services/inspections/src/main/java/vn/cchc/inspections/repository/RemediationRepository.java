package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cchc.inspections.domain.RemediationItem;
import vn.cchc.inspections.domain.RemediationStatus;

@ApplicationScoped
public class RemediationRepository implements PanacheRepositoryBase<RemediationItem, UUID> {

    /**
     * {@link vn.cchc.inspections.domain.rules.RemediationRules#isOverdue} as JPQL over {@code RemediationItem}: open (not
     * reported yet) and the deadline passed; parameters {@code :open} and {@code :today}. The plan's tracker, the
     * province's remediation list and the inspector's work count read it (served by V9 {@code remediation_open}).
     */
    static final String OVERDUE = "status = :open and deadline < :today";

    private static final String ORDER = " order by deadline, createdAt, id";

    public List<RemediationItem> ofInspection(UUID inspectionId) {
        return list("inspectionId = ?1 order by deadline, createdAt", inspectionId);
    }

    public long countOfInspection(UUID inspectionId) {
        return count("inspectionId", inspectionId);
    }

    /** The items of a plan by deadline; with {@code overdueOn} only those overdue that day ({@link #OVERDUE}). */
    public PanacheQuery<RemediationItem> ofPlan(UUID planId, LocalDate overdueOn) {
        String where = "inspectionId in (select i.id from Inspection i where i.planId = :plan)";
        Parameters p = Parameters.with("plan", planId);
        return find(overdue(where, p, overdueOn) + ORDER, p);
    }

    /**
     * The items of every inspection the scope sees ({@link InspectionRepository#visible(String)}) by deadline; with
     * {@code overdueOn} only those overdue that day ({@link #OVERDUE}).
     */
    public PanacheQuery<RemediationItem> visible(InspectionRepository.Scope scope, LocalDate overdueOn) {
        String where =
                "inspectionId in (select i.id from Inspection i where " + InspectionRepository.visible("i.") + ")";
        Parameters p = scope.parameters();
        return find(overdue(where, p, overdueOn) + ORDER, p);
    }

    private static String overdue(String where, Parameters p, LocalDate overdueOn) {
        if (overdueOn == null) {
            return where;
        }
        p.and("open", RemediationStatus.OPEN).and("today", overdueOn);
        return where + " and " + OVERDUE;
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
