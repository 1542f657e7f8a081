package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import vn.cchc.inspections.domain.ChecklistItem;

@ApplicationScoped
public class ChecklistItemRepository implements PanacheRepositoryBase<ChecklistItem, Long> {

    public List<ChecklistItem> validOn(Collection<String> groups, LocalDate date) {
        return list(
                "groupCode in ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2) order by groupCode, sortOrder",
                groups,
                date);
    }

    /** All items of a group, valid or not, in their order. */
    public List<ChecklistItem> ofGroup(String groupCode) {
        return list("groupCode = ?1 order by sortOrder", groupCode);
    }

    public boolean exists(String groupCode, String code) {
        return count("groupCode = ?1 and code = ?2", groupCode, code) > 0;
    }
}
