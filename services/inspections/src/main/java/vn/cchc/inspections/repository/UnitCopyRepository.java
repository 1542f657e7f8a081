package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.inspections.domain.UnitCopy;


@ApplicationScoped
public class UnitCopyRepository implements PanacheRepositoryBase<UnitCopy, String> {
}
