package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.cchc.inspections.domain.InspectionPlan;

/** Plans, always read within the caller's province or team membership. */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<InspectionPlan, UUID> {

    /** Plans of a province (inspectors) or with the user in the team; {@code year} optional. */
    public PanacheQuery<InspectionPlan> visible(String province, String username, Integer year) {
        return find(
                """
                        (provinceCode = :province or id in (select t.planId from TeamMember t where t.username = :user))
                        and (:year is null or year = :year) order by year desc, planDate desc, id""",
                io.quarkus.panache.common.Parameters.with("province", province == null ? "" : province)
                        .and("user", username == null ? "" : username)
                        .and("year", year));
    }

    public boolean exists(String province, int year, String number) {
        return count("provinceCode = ?1 and year = ?2 and number = ?3", province, year, number) > 0;
    }

    public boolean numberTaken(String province, int year, String number, UUID except) {
        return count(
                        "provinceCode = ?1 and year = ?2 and number = ?3 and id <> ?4",
                        province,
                        year,
                        number,
                        except == null ? new UUID(0, 0) : except)
                > 0;
    }
}
