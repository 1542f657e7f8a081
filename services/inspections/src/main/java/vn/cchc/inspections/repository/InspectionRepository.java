package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.cchc.inspections.domain.ConclusionQueue;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionStatus;

/**
 * Inspections, always filtered by what the caller may see: the province of an inspector, the plans whose team
 * lists the user, or the subtree of a leader's unit (path prefix, served by {@code inspection_unit_path}).
 */
@ApplicationScoped
public class InspectionRepository implements PanacheRepositoryBase<Inspection, UUID> {

    /**
     * Who sees which inspections: the plans of the inspector's province, the plans whose team lists the user, the
     * subtree of the leader's unit (each null when the caller is not that kind of caller).
     */
    public record Scope(String province, String username, String leaderPattern) {

        Parameters parameters() {
            return Parameters.with("province", province == null ? "" : province)
                    .and("user", username == null ? "" : username)
                    .and("leader", leaderPattern == null ? "" : leaderPattern);
        }
    }

    /**
     * The inspections a {@link Scope} sees, as JPQL over {@code Inspection} with the alias {@code a} ("" for none, else
     * "i."); parameters {@code :province}, {@code :user}, {@code :leader}. The inspection list and the remediation list
     * ({@link RemediationRepository#visible}) both read it.
     */
    static String visible(String a) {
        return "(" + a + "planId in (select p.id from InspectionPlan p where p.provinceCode = :province)"
                + " or " + a + "planId in (select t.planId from TeamMember t where t.username = :user)"
                + " or " + a + "unitPath like :leader escape '\\')";
    }

    /**
     * The one predicate of each conclusion queue (JPQL over {@code Inspection}, parameters {@code :ended} and
     * {@code :today}): the list's {@code conclusion} filter, whose totals are the inspector's work counts.
     */
    static String predicate(ConclusionQueue q) {
        return switch (q) {
            // issuing the notice concludes the inspection: ENDED is "the visit ended, no notice yet"
            case DUE -> "status = :ended";
            // WorkingDays.isLate without a notice: today after the due date
            case OVERDUE -> "status = :ended and conclusionDue < :today";
        };
    }

    public List<Inspection> ofPlan(UUID planId) {
        return list("planId = ?1 order by scheduledFrom, unitCode", planId);
    }

    public List<Inspection> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public long countOfPlan(UUID planId) {
        return count("planId", planId);
    }

    public boolean inPlan(UUID planId, String unitCode) {
        return count("planId = ?1 and unitCode = ?2", planId, unitCode) > 0;
    }

    /**
     * The inspections the scope sees, by visit date; optionally of one plan, in one status, in one conclusion queue
     * ({@code today} is then the day it is read on).
     */
    public PanacheQuery<Inspection> visible(
            Scope scope, UUID planId, InspectionStatus status, ConclusionQueue conclusion, LocalDate today) {
        StringBuilder where = new StringBuilder(visible(""));
        Parameters p = scope.parameters();
        if (planId != null) {
            where.append(" and planId = :plan");
            p.and("plan", planId);
        }
        if (status != null) {
            where.append(" and status = :status");
            p.and("status", status);
        }
        if (conclusion != null) {
            String q = predicate(conclusion);
            where.append(" and ").append(q);
            p.and("ended", InspectionStatus.ENDED);
            if (q.contains(":today")) {
                p.and("today", today);
            }
        }
        return find(where + " order by scheduledFrom, unitCode, id", p);
    }
}
