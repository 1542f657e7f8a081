package vn.cchc.dossiers.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import vn.cchc.dossiers.domain.CatalogueProcedureVersion;

/** The versions of the catalogue copy, by (code, content version). */
@ApplicationScoped
public class CatalogueVersionRepository
        implements PanacheRepositoryBase<CatalogueProcedureVersion, CatalogueProcedureVersion.Key> {

    /**
     * Every version of a procedure known here, oldest first, loaded read-only: for choosing the version in force on a
     * day (every intake does) and for showing them. Read-only entities take no snapshot and are not dirty-checked at
     * flush, which for the JSON columns (steps, fees) meant a copy through Jackson on load and a comparison at every
     * flush of the intake's transaction (about 4 % of the service's CPU per intake, issue 16). Never change what this
     * returns: the catalogue copy is written only by the catalogue consumer ({@link #version} loads one to change).
     */
    public List<CatalogueProcedureVersion> ofProcedure(String code) {
        return find("code = ?1 order by contentVersion", code)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }

    public Optional<CatalogueProcedureVersion> version(String code, int contentVersion) {
        return findByIdOptional(new CatalogueProcedureVersion.Key(code, contentVersion));
    }
}
