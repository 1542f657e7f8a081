package vn.cchc.dossiers.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.dossiers.domain.CalendarDecision;

@ApplicationScoped
public class CalendarDecisionRepository implements PanacheRepository<CalendarDecision> {

    /** National ('VN') and the province's own decisions. */
    public List<CalendarDecision> forProvince(String province) {
        return list("provinceCode in ?1 order by day", List.of("VN", province));
    }

    /** The province's own decisions (only its own: 'VN' for the national ones) of a year, by date. */
    public List<CalendarDecision> ofYear(String province, int year) {
        return list(
                "provinceCode = ?1 and day >= ?2 and day < ?3 order by day",
                province,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1));
    }

    public boolean exists(String province, LocalDate day) {
        return count("provinceCode = ?1 and day = ?2", province, day) > 0;
    }
}
