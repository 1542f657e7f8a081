package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.inspections.domain.ContentGroup;

@ApplicationScoped
public class ContentGroupRepository implements PanacheRepositoryBase<ContentGroup, String> {

    public List<ContentGroup> validOn(LocalDate date) {
        return list("validFrom <= ?1 and (validTo is null or validTo >= ?1) order by sortOrder", date);
    }
}
