package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * The caller as {@link vn.cchc.dossiers.security.AccessPolicy} sees it: roles, and the unit with its path from this
 * service's unit copy. A unit code the copy does not know counts as no unit (the service has a unit copy, so there is
 * no fallback to the code's first part).
 */
@ApplicationScoped
public class Subjects {

    private final UnitCopyRepository units;

    public Subjects(UnitCopyRepository units) {
        this.units = units;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Subject of(Caller caller) {
        String unit = caller.unitCode().map(String::trim).orElse(null);
        String path = unit == null || unit.length() > 60
                ? null
                : units.findByIdOptional(unit).map(UnitCopy::getPath).orElse(null);
        return new Subject(caller.username(), caller.roles(), unit, path);
    }

    /** A subject for work the service does itself (demo data), acting with the given unit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Subject system(String name, String unitCode, String... roles) {
        String path = units.findByIdOptional(unitCode).map(UnitCopy::getPath).orElse(null);
        return new Subject(name, java.util.Set.of(roles), unitCode, path);
    }
}
