package vn.cchc.dossiers.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.dossiers.domain.UnitCopy;

@ApplicationScoped
public class UnitCopyRepository implements PanacheRepositoryBase<UnitCopy, String> {
}
