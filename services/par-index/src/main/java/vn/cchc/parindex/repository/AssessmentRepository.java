package vn.cchc.parindex.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.parindex.domain.Assessment;
import vn.cchc.parindex.domain.AssessmentFilter;
import vn.cchc.parindex.domain.AssessmentStatus;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;

/**
 * Assessments, always filtered by what the caller may see ({@link Scope}, decided by the AccessPolicy): published
 * ones, those of the caller's own unit, and for appraisers/admins/inspectors those of their province.
 */
@ApplicationScoped
public class AssessmentRepository implements PanacheRepository<Assessment> {

    /**
     * @param unitCode assessments of exactly this unit (a leader's or specialist's own), may be null
     * @param province assessments of this province (appraisers, admins, inspectors), may be null
     */
    public record Scope(String unitCode, String province, boolean includePublished) {}

    /** One step of an assessment's workflow in {@code assessment_history} ({@code from} null for the first). */
    public void recordTransition(
            long assessmentId, AssessmentStatus from, AssessmentStatus to, String actor, OffsetDateTime at) {
        getEntityManager()
                .createNativeQuery("""
                        insert into assessment_history (assessment_id, from_status, to_status, actor, at)
                        values (:a, :f, :t, :actor, :at)""")
                .setParameter("a", assessmentId)
                .setParameter("f", from == null ? null : from.name())
                .setParameter("t", to.name())
                .setParameter("actor", actor)
                .setParameter("at", at)
                .executeUpdate();
    }

    public Optional<Assessment> findBySetAndUnit(long setId, String unitCode) {
        return find("setId = ?1 and unitCode = ?2", setId, unitCode).firstResultOptional();
    }

    public Page<Assessment> search(Scope scope, AssessmentFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String q = where(scope, filter, params);
        return Page.of(find(q, Sort.descending("year").and("unitCode"), params), page);
    }

    /** How many assessments {@link #search} finds: the total of its list (the appraiser's work counts). */
    public long count(Scope scope, AssessmentFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return count(where(scope, filter, params), params);
    }

    /** The one predicate of the list and its counts: the scope, then each filter given. */
    private static String where(Scope scope, AssessmentFilter filter, Map<String, Object> params) {
        StringBuilder q = new StringBuilder("(" + scopeClause(scope, params) + ")");
        if (filter.year() != null) {
            q.append(" and year = :year");
            params.put("year", filter.year());
        }
        if (filter.status() != null) {
            q.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.unitCode() != null) {
            q.append(" and unitCode = :unit");
            params.put("unit", filter.unitCode());
        }
        if (filter.criteriaSetId() != null) {
            q.append(" and setId = :setId");
            params.put("setId", filter.criteriaSetId());
        }
        if (filter.level() != null) {
            q.append(" and level = :level");
            params.put("level", filter.level());
        }
        return q.toString();
    }

    /** Finalised or published assessments of a year and level for a ranking, within the scope. */
    public List<Assessment> ranked(Scope scope, String province, int year, String level, boolean finalisedToo) {
        Map<String, Object> params = new HashMap<>();
        String clause = scopeClause(scope, params);
        params.put("year", year);
        params.put("level", level);
        params.put("rankProvince", province);
        params.put(
                "states",
                finalisedToo
                        ? List.of(AssessmentStatus.FINALISED, AssessmentStatus.PUBLISHED)
                        : List.of(AssessmentStatus.PUBLISHED));
        return list(
                "(" + clause
                        + ") and province = :rankProvince and year = :year and level = :level and status in :states and percent is not null",
                Sort.descending("percent").and("unitCode"),
                params);
    }

    /** A unit's finalised or published results across years (newest first), within the scope. */
    public List<Assessment> history(Scope scope, String unitCode, boolean finalisedToo) {
        Map<String, Object> params = new HashMap<>();
        String clause = scopeClause(scope, params);
        params.put("unit", unitCode);
        params.put(
                "states",
                finalisedToo
                        ? List.of(AssessmentStatus.FINALISED, AssessmentStatus.PUBLISHED)
                        : List.of(AssessmentStatus.PUBLISHED));
        return list("(" + clause + ") and unitCode = :unit and status in :states", Sort.descending("year"), params);
    }

    /** Unfinished assessments of a unit subtree and year: their automatic values still follow events. */
    public long countOpen(String unitCode, int year) {
        return count(
                "unitCode = ?1 and year = ?2 and status not in ?3",
                unitCode,
                year,
                List.of(AssessmentStatus.FINALISED, AssessmentStatus.PUBLISHED));
    }

    private static String scopeClause(Scope scope, Map<String, Object> params) {
        StringBuilder c = new StringBuilder("1 = 0");
        if (scope.includePublished()) {
            c.append(" or status = :published");
            params.put("published", AssessmentStatus.PUBLISHED);
        }
        if (scope.unitCode() != null) {
            c.append(" or unitCode = :ownUnit");
            params.put("ownUnit", scope.unitCode());
        }
        if (scope.province() != null) {
            c.append(" or province = :province");
            params.put("province", scope.province());
        }
        return c.toString();
    }
}
