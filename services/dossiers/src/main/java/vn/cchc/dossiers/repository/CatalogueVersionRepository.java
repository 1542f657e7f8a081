package vn.cchc.dossiers.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.cchc.dossiers.domain.CatalogueProcedureVersion;

/** The versions of the catalogue copy, by (code, content version). */
@ApplicationScoped
public class CatalogueVersionRepository
        implements PanacheRepositoryBase<CatalogueProcedureVersion, CatalogueProcedureVersion.Key> {

    /** Every version of a procedure known here, oldest first. */
    public List<CatalogueProcedureVersion> ofProcedure(String code) {
        return list("code = ?1 order by contentVersion", code);
    }

    public Optional<CatalogueProcedureVersion> version(String code, int contentVersion) {
        return findByIdOptional(new CatalogueProcedureVersion.Key(code, contentVersion));
    }
}
