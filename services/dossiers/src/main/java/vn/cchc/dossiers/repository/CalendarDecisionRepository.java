package vn.cchc.dossiers.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.dossiers.domain.CalendarDecision;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class CalendarDecisionRepository implements PanacheRepository<CalendarDecision> {

    /** National ('VN') and the province's own decisions. */
    public List<CalendarDecision> forProvince(String province) {
        return list("provinceCode in ?1 order by day", List.of("VN", province));
    }

    public boolean exists(String province, LocalDate day) {
        return count("provinceCode = ?1 and day = ?2", province, day) > 0;
    }
}
